// One rule for base URLs: a client is given the API root (`https://host[:port][/prefix]`) and
// each API's base is the root plus that API's path and version. A full API base is accepted too
// and recognised by its ending, so both spellings of the same provider work everywhere.

/** The CAMARA APIs the SDK can address: the path each lives under, and the version it speaks. */
export const camaraApis = {
  qod: { path: "quality-on-demand", version: "v1" },
  qosProfiles: { path: "qos-profiles", version: "v1" },
  qosProvisioning: { path: "qos-provisioning", version: "v0.4rc1" },
} as const satisfies Record<string, { path: string; version: string }>;

/** The QoD (and QoS Profiles) versions the SDK speaks; the first is the stable default. */
export const qodApiVersions = ["1.1.0", "1.2.0-rc.3"] as const;

/** A version of {@link qodApiVersions}. */
export type QodApiVersion = (typeof qodApiVersions)[number];

/** The URL version of QoD and QoS Profiles for each API version (QoS Provisioning has one). */
const URL_VERSIONS: Record<QodApiVersion, string> = { "1.1.0": "v1", "1.2.0-rc.3": "v1rc3" };

/** An API of {@link camaraApis}. */
export type CamaraApi = keyof typeof camaraApis;

// Paths of CAMARA APIs that a base URL may end in, including ones the SDK does not call yet, so
// their base URLs are recognised rather than taken for a root prefix.
const RECOGNISED_PATHS: ReadonlySet<string> = new Set(Object.values(camaraApis).map((api) => api.path));

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
  /** The QoS Provisioning base (`…/qos-provisioning/v0.4rc1`). */
  qosProvisioning: string;
}

/** The base of `api` given a URL that is either a root or that API's full base. */
function baseOf(url: string, api: CamaraApi, version: string): { root: string; base: string } {
  const split = splitApiUrl(url);
  if (split.apiPath === camaraApis[api].path)
    return { root: split.root, base: `${split.root}/${split.apiPath}/${split.version}` };
  return { root: split.root, base: apiUrl(split.root, api, version) };
}

/**
 * Applies the rule: `baseUrl` is the API root or the QoD base; `profilesBaseUrl` (when the
 * profiles API lives elsewhere) is a root or the QoS Profiles base. Bases derived from a root
 * carry the URL version of `apiVersion` (`v1` for 1.1.0, `v1rc3` for 1.2.0-rc.3).
 */
export function apiUrls(baseUrl: string, profilesBaseUrl?: string, apiVersion: QodApiVersion = "1.1.0"): ApiUrls {
  const version = URL_VERSIONS[apiVersion];
  const qod = baseOf(baseUrl, "qod", version);
  const qosProfiles = baseOf(profilesBaseUrl ?? qod.root, "qosProfiles", version);
  return {
    root: qod.root,
    qod: qod.base,
    qosProfiles: qosProfiles.base,
    qosProvisioning: apiUrl(qod.root, "qosProvisioning"),
  };
}
