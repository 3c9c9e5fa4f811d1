/** One deliberate difference between an SDK schema and the contract. */
export interface SchemaDifference {
  /** A stable name. */
  id: string;
  /** `stricter`: the SDK refuses some values the contract accepts. `looser`: the SDK accepts some values the contract refuses, and sends a normalised, valid value instead. */
  kind: "stricter" | "looser";
  /** Whether it concerns what the SDK sends (`request`) or what it reads (`response`). */
  scope: readonly ("request" | "response")[];
  /** Where in the contract: a schema name (`PortRange`) or a schema's property (`CreateSession.duration`). */
  where: readonly string[];
  /** Why the SDK differs. */
  reason: string;
  /** True when the difference concerns this value, found at `where` (one of the places listed). */
  applies(value: unknown, where: string): boolean;
}
/** Every deliberate difference between the SDK's schemas and the contract. */
export declare const schemaDifferences: readonly SchemaDifference[];
//# sourceMappingURL=differences.d.ts.map
