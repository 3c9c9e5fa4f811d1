/** Every scope the sandbox knows; a token minted without `scopes` gets them all. */
export const ALL_SCOPES = [
  "quality-on-demand:sessions:create",
  "quality-on-demand:sessions:read",
  "quality-on-demand:sessions:update",
  "quality-on-demand:sessions:delete",
  "quality-on-demand:sessions:retrieve-by-device",
  "qos-profiles:read",
] as const;

export type Scope = (typeof ALL_SCOPES)[number];
