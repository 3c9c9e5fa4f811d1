import { PROFILES_VERSIONS, PROVISIONING_VERSION, QOD_VERSIONS } from "../api/versions.js";

/** One API version the sandbox serves (the contract's ServedApi). */
export interface ServedApi {
  name: string;
  version: string;
  basePath: string;
}

/** Every API version the sandbox serves, read from the version table the routes are built from. */
export function servedApis(): ServedApi[] {
  return [
    ...QOD_VERSIONS.map((v) => ({
      name: v.dialect ? "Quality on Demand (Network as Code)" : "Quality on Demand",
      version: v.version,
      basePath: v.base,
    })),
    ...PROFILES_VERSIONS.map((v) => ({ name: "QoS Profiles", version: v.version, basePath: v.base })),
    { name: "QoS Provisioning", version: PROVISIONING_VERSION.version, basePath: PROVISIONING_VERSION.base },
  ];
}
