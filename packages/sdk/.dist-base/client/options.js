/** Defaults of the optional settings. */
export const DEFAULTS = {
  auth: "bearer",
  timeout: 30_000,
  maxRetries: 2,
};
/** `https://x/quality-on-demand/v1` → `https://x/qos-profiles/v1`, or undefined when the path differs. */
export function deriveProfilesBaseUrl(baseUrl) {
  const suffix = "/quality-on-demand/v1";
  return baseUrl.endsWith(suffix) ? `${baseUrl.slice(0, -suffix.length)}/qos-profiles/v1` : undefined;
}
//# sourceMappingURL=options.js.map
