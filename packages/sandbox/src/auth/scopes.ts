/** Every scope the sandbox knows; a token minted without `scopes` gets them all. */
export const ALL_SCOPES = [
  "quality-on-demand:sessions:create",
  "quality-on-demand:sessions:read",
  "quality-on-demand:sessions:update",
  "quality-on-demand:sessions:delete",
  "quality-on-demand:sessions:retrieve-by-device",
  "qos-profiles:read",
  "qos-provisioning:qos-assignments:create",
  "qos-provisioning:qos-assignments:read",
  "qos-provisioning:qos-assignments:delete",
  "qos-provisioning:qos-assignments:read-by-device",
] as const;

export type Scope = (typeof ALL_SCOPES)[number];
