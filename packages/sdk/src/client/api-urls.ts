// One rule for base URLs: a client is given the API root (`https://host[:port][/prefix]`) and
// each API's base is the root plus that API's path and version. A full API base is accepted too
// and recognised by its ending, so both spellings of the same provider work everywhere.

/** The CAMARA APIs the SDK can address: the path each lives under, and the version it speaks. */
export const camaraApis = {
  qod: { path: "quality-on-demand", version: "v1" },
  qosProfiles: { path: "qos-profiles", version: "v1" },
} as const satisfies Record<string, { path: string; version: string }>;

/** An API of {@link camaraApis}. */
export type CamaraApi = keyof typeof camaraApis;

// Paths of CAMARA APIs that a base URL may end in, including ones the SDK does not call yet, so
// their base URLs are recognised rather than taken for a root prefix.
const RECOGNISED_PATHS: ReadonlySet<string> = new Set([
  ...Object.values(camaraApis).map((api) => api.path),
  "qos-provisioning",
]);

// CAMARA URL versions: v1, v0.11, v1alpha2, v1rc1, vwip.
const API_ENDING = /\/([a-z][a-z0-9-]*)\/(v\d+(?:\.\d+)?(?:(?:alpha|beta|rc)\d+)?|vwip)$/;

/** A base URL split into the API root and, when it ends in one, the API path and version. */
export interface SplitApiUrl {
  /** The API root, without a trailing slash. */
  root: string;
  /** The API path the URL ended in (`quality-on-demand`), if any. */
  apiPath?: string;
  /** The version it ended in (`v1`), if any. */
  version?: string;
}

/** Splits `https://x/p/quality-on-demand/v1` into `https://x/p` + `quality-on-demand` + `v1`. */
export function splitApiUrl(url: string): SplitApiUrl {
  const trimmed = url.replace(/\/+$/, "");
  const match = API_ENDING.exec(trimmed);
  if (!match || !RECOGNISED_PATHS.has(match[1] as string)) return { root: trimmed };
  return { root: trimmed.slice(0, match.index), apiPath: match[1] as string, version: match[2] as string };
}

/** The base URL of one API under a root: `apiUrl("https://x", "qod")` is `https://x/quality-on-demand/v1`. */
export function apiUrl(root: string, api: CamaraApi, version: string = camaraApis[api].version): string {
  return `${root.replace(/\/+$/, "")}/${camaraApis[api].path}/${version}`;
}

/** The root and the base of each API, from a base URL and an optional separate QoS Profiles URL. */
export interface ApiUrls {
  /** The API root every base below is derived from. */
  root: string;
  /** The Quality on Demand base (`…/quality-on-demand/v1`). */
  qod: string;
  /** The QoS Profiles base (`…/qos-profiles/v1`). */
  qosProfiles: string;
}

/** The base of `api` given a URL that is either a root or that API's full base. */
function baseOf(url: string, api: CamaraApi): { root: string; base: string } {
  const split = splitApiUrl(url);
  if (split.apiPath === camaraApis[api].path)
    return { root: split.root, base: `${split.root}/${split.apiPath}/${split.version}` };
  return { root: split.root, base: apiUrl(split.root, api) };
}

/**
 * Applies the rule: `baseUrl` is the API root or the QoD base; `profilesBaseUrl` (when the
 * profiles API lives elsewhere) is a root or the QoS Profiles base.
 */
export function apiUrls(baseUrl: string, profilesBaseUrl?: string): ApiUrls {
  const qod = baseOf(baseUrl, "qod");
  const qosProfiles = baseOf(profilesBaseUrl ?? qod.root, "qosProfiles");
  return { root: qod.root, qod: qod.base, qosProfiles: qosProfiles.base };
}
