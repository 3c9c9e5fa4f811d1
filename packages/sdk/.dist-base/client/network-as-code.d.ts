/** The Network as Code environments. */
export type NetworkAsCodeEnvironment = "prod" | "dev";
/** Gateway URL and X-RapidAPI-Host of each environment. */
export declare const networkAsCodeEnvironments: {
  readonly prod: {
    readonly apiRoot: "https://network-as-code.p-eu.rapidapi.com";
    readonly rapidApiHost: "network-as-code.nokia.rapidapi.com";
  };
  readonly dev: {
    readonly apiRoot: "https://network-as-code1.p-eu.rapidapi.com";
    readonly rapidApiHost: "network-as-code1.nokia-dev.rapidapi.com";
  };
};
//# sourceMappingURL=network-as-code.d.ts.map
