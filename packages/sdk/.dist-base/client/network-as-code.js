// Network as Code (Nokia) serves the QoD v1 paths behind a RapidAPI gateway, authenticated with
// an application key (X-RapidAPI-Key) and the gateway's host name (X-RapidAPI-Host). The hosts
// are the ones Nokia's own SDKs use.
/** Gateway URL and X-RapidAPI-Host of each environment. */
export const networkAsCodeEnvironments = {
  prod: {
    apiRoot: "https://network-as-code.p-eu.rapidapi.com",
    rapidApiHost: "network-as-code.nokia.rapidapi.com",
  },
  dev: {
    apiRoot: "https://network-as-code1.p-eu.rapidapi.com",
    rapidApiHost: "network-as-code1.nokia-dev.rapidapi.com",
  },
};
//# sourceMappingURL=network-as-code.js.map
