/** The tokens this client has sent recently, so errors can be scrubbed of them. */
export declare class SecretStore {
  #private;
  constructor(limit?: number);
  /** Remembers a token (refreshed tokens push old ones out). */
  remember(value: string): void;
  /** The remembered tokens. */
  values(): readonly string[];
}
//# sourceMappingURL=secrets.d.ts.map
