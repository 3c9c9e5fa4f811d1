import type { Operation } from "./transport.js";
export declare const createSession: Operation<{
  sessionId: string;
  applicationServer: {
    ipv4Address?: string | undefined;
    ipv6Address?: string | undefined;
  };
  qosProfile: string;
  duration: number;
  qosStatus: "REQUESTED" | "AVAILABLE" | "UNAVAILABLE";
  device?:
    | {
        phoneNumber?: string | undefined;
        networkAccessIdentifier?: string | undefined;
        ipv4Address?:
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort?: import("@qod/api-client").QodComponents["schemas"]["Port"];
            }
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress?: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort: import("@qod/api-client").QodComponents["schemas"]["Port"];
            }
          | undefined;
        ipv6Address?: string | undefined;
      }
    | undefined;
  devicePorts?:
    | {
        ranges?:
          | {
              from: number;
              to: number;
            }[]
          | undefined;
        ports?: number[] | undefined;
      }
    | undefined;
  applicationServerPorts?:
    | {
        ranges?:
          | {
              from: number;
              to: number;
            }[]
          | undefined;
        ports?: number[] | undefined;
      }
    | undefined;
  sink?: string | undefined;
  startedAt?: Date | undefined;
  expiresAt?: Date | undefined;
  statusInfo?: "DURATION_EXPIRED" | "NETWORK_TERMINATED" | "DELETE_REQUESTED" | undefined;
}>;
export declare const extendSession: Operation<{
  sessionId: string;
  applicationServer: {
    ipv4Address?: string | undefined;
    ipv6Address?: string | undefined;
  };
  qosProfile: string;
  duration: number;
  qosStatus: "REQUESTED" | "AVAILABLE" | "UNAVAILABLE";
  device?:
    | {
        phoneNumber?: string | undefined;
        networkAccessIdentifier?: string | undefined;
        ipv4Address?:
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort?: import("@qod/api-client").QodComponents["schemas"]["Port"];
            }
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress?: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort: import("@qod/api-client").QodComponents["schemas"]["Port"];
            }
          | undefined;
        ipv6Address?: string | undefined;
      }
    | undefined;
  devicePorts?:
    | {
        ranges?:
          | {
              from: number;
              to: number;
            }[]
          | undefined;
        ports?: number[] | undefined;
      }
    | undefined;
  applicationServerPorts?:
    | {
        ranges?:
          | {
              from: number;
              to: number;
            }[]
          | undefined;
        ports?: number[] | undefined;
      }
    | undefined;
  sink?: string | undefined;
  startedAt?: Date | undefined;
  expiresAt?: Date | undefined;
  statusInfo?: "DURATION_EXPIRED" | "NETWORK_TERMINATED" | "DELETE_REQUESTED" | undefined;
}>;
export declare const getSession: Operation<{
  sessionId: string;
  applicationServer: {
    ipv4Address?: string | undefined;
    ipv6Address?: string | undefined;
  };
  qosProfile: string;
  duration: number;
  qosStatus: "REQUESTED" | "AVAILABLE" | "UNAVAILABLE";
  device?:
    | {
        phoneNumber?: string | undefined;
        networkAccessIdentifier?: string | undefined;
        ipv4Address?:
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort?: import("@qod/api-client").QodComponents["schemas"]["Port"];
            }
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress?: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort: import("@qod/api-client").QodComponents["schemas"]["Port"];
            }
          | undefined;
        ipv6Address?: string | undefined;
      }
    | undefined;
  devicePorts?:
    | {
        ranges?:
          | {
              from: number;
              to: number;
            }[]
          | undefined;
        ports?: number[] | undefined;
      }
    | undefined;
  applicationServerPorts?:
    | {
        ranges?:
          | {
              from: number;
              to: number;
            }[]
          | undefined;
        ports?: number[] | undefined;
      }
    | undefined;
  sink?: string | undefined;
  startedAt?: Date | undefined;
  expiresAt?: Date | undefined;
  statusInfo?: "DURATION_EXPIRED" | "NETWORK_TERMINATED" | "DELETE_REQUESTED" | undefined;
}>;
export declare const deleteSession: Operation<undefined>;
export declare const retrieveSessions: Operation<
  {
    sessionId: string;
    applicationServer: {
      ipv4Address?: string | undefined;
      ipv6Address?: string | undefined;
    };
    qosProfile: string;
    duration: number;
    qosStatus: "REQUESTED" | "AVAILABLE" | "UNAVAILABLE";
    device?:
      | {
          phoneNumber?: string | undefined;
          networkAccessIdentifier?: string | undefined;
          ipv4Address?:
            | {
                publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                privateAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                publicPort?: import("@qod/api-client").QodComponents["schemas"]["Port"];
              }
            | {
                publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                privateAddress?: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                publicPort: import("@qod/api-client").QodComponents["schemas"]["Port"];
              }
            | undefined;
          ipv6Address?: string | undefined;
        }
      | undefined;
    devicePorts?:
      | {
          ranges?:
            | {
                from: number;
                to: number;
              }[]
            | undefined;
          ports?: number[] | undefined;
        }
      | undefined;
    applicationServerPorts?:
      | {
          ranges?:
            | {
                from: number;
                to: number;
              }[]
            | undefined;
          ports?: number[] | undefined;
        }
      | undefined;
    sink?: string | undefined;
    startedAt?: Date | undefined;
    expiresAt?: Date | undefined;
    statusInfo?: "DURATION_EXPIRED" | "NETWORK_TERMINATED" | "DELETE_REQUESTED" | undefined;
  }[]
>;
export declare const retrieveProfiles: Operation<
  {
    name: string;
    status: "ACTIVE" | "INACTIVE" | "DEPRECATED";
    description?: string | undefined;
    targetMinUpstreamRate?:
      | {
          value: number;
          unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
        }
      | undefined;
    maxUpstreamRate?:
      | {
          value: number;
          unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
        }
      | undefined;
    maxUpstreamBurstRate?:
      | {
          value: number;
          unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
        }
      | undefined;
    targetMinDownstreamRate?:
      | {
          value: number;
          unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
        }
      | undefined;
    maxDownstreamRate?:
      | {
          value: number;
          unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
        }
      | undefined;
    maxDownstreamBurstRate?:
      | {
          value: number;
          unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
        }
      | undefined;
    minDuration?:
      | {
          value: number;
          unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
        }
      | undefined;
    maxDuration?:
      | {
          value: number;
          unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
        }
      | undefined;
    priority?: number | undefined;
    packetDelayBudget?:
      | {
          value: number;
          unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
        }
      | undefined;
    jitter?:
      | {
          value: number;
          unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
        }
      | undefined;
    packetErrorLossRate?: number | undefined;
    countryAvailability?:
      | {
          countryCode: string;
          networks?: string[] | undefined;
        }[]
      | undefined;
  }[]
>;
export declare const getProfile: Operation<{
  name: string;
  status: "ACTIVE" | "INACTIVE" | "DEPRECATED";
  description?: string | undefined;
  targetMinUpstreamRate?:
    | {
        value: number;
        unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
      }
    | undefined;
  maxUpstreamRate?:
    | {
        value: number;
        unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
      }
    | undefined;
  maxUpstreamBurstRate?:
    | {
        value: number;
        unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
      }
    | undefined;
  targetMinDownstreamRate?:
    | {
        value: number;
        unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
      }
    | undefined;
  maxDownstreamRate?:
    | {
        value: number;
        unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
      }
    | undefined;
  maxDownstreamBurstRate?:
    | {
        value: number;
        unit: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
      }
    | undefined;
  minDuration?:
    | {
        value: number;
        unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
      }
    | undefined;
  maxDuration?:
    | {
        value: number;
        unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
      }
    | undefined;
  priority?: number | undefined;
  packetDelayBudget?:
    | {
        value: number;
        unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
      }
    | undefined;
  jitter?:
    | {
        value: number;
        unit: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
      }
    | undefined;
  packetErrorLossRate?: number | undefined;
  countryAvailability?:
    | {
        countryCode: string;
        networks?: string[] | undefined;
      }[]
    | undefined;
}>;
//# sourceMappingURL=operations.d.ts.map
