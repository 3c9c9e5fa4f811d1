import * as z from "zod/mini";
/** A device as providers send it back (usually the one identifier they used). */
export declare const wireDeviceSchema: z.ZodMiniObject<
  {
    phoneNumber: z.ZodMiniOptional<z.ZodMiniString<string>>;
    networkAccessIdentifier: z.ZodMiniOptional<z.ZodMiniString<string>>;
    ipv4Address: z.ZodMiniOptional<
      z.ZodMiniPipe<
        z.ZodMiniObject<
          {
            publicAddress: z.ZodMiniString<string>;
            privateAddress: z.ZodMiniOptional<z.ZodMiniString<string>>;
            publicPort: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
          },
          z.core.$strip
        >,
        z.ZodMiniTransform<
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort?: import("@qod/api-client").QodComponents["schemas"]["Port"];
            }
          | {
              publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              privateAddress?: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
              publicPort: import("@qod/api-client").QodComponents["schemas"]["Port"];
            },
          {
            publicAddress: string;
            privateAddress?: string | undefined;
            publicPort?: number | undefined;
          }
        >
      >
    >;
    ipv6Address: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
>;
/** Ports as providers send them back. */
export declare const wirePortsSchema: z.ZodMiniObject<
  {
    ranges: z.ZodMiniOptional<
      z.ZodMiniArray<
        z.ZodMiniObject<
          {
            from: z.ZodMiniNumber<number>;
            to: z.ZodMiniNumber<number>;
          },
          z.core.$strip
        >
      >
    >;
    ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
  },
  z.core.$strip
>;
/** One QoS session (`SessionInfo`). */
export declare const sessionInfoSchema: z.ZodMiniObject<
  {
    sessionId: z.ZodMiniString<string>;
    device: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          phoneNumber: z.ZodMiniOptional<z.ZodMiniString<string>>;
          networkAccessIdentifier: z.ZodMiniOptional<z.ZodMiniString<string>>;
          ipv4Address: z.ZodMiniOptional<
            z.ZodMiniPipe<
              z.ZodMiniObject<
                {
                  publicAddress: z.ZodMiniString<string>;
                  privateAddress: z.ZodMiniOptional<z.ZodMiniString<string>>;
                  publicPort: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                },
                z.core.$strip
              >,
              z.ZodMiniTransform<
                | {
                    publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                    privateAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                    publicPort?: import("@qod/api-client").QodComponents["schemas"]["Port"];
                  }
                | {
                    publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                    privateAddress?: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                    publicPort: import("@qod/api-client").QodComponents["schemas"]["Port"];
                  },
                {
                  publicAddress: string;
                  privateAddress?: string | undefined;
                  publicPort?: number | undefined;
                }
              >
            >
          >;
          ipv6Address: z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >
    >;
    applicationServer: z.ZodMiniObject<
      {
        ipv4Address: z.ZodMiniOptional<z.ZodMiniString<string>>;
        ipv6Address: z.ZodMiniOptional<z.ZodMiniString<string>>;
      },
      z.core.$strip
    >;
    devicePorts: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          ranges: z.ZodMiniOptional<
            z.ZodMiniArray<
              z.ZodMiniObject<
                {
                  from: z.ZodMiniNumber<number>;
                  to: z.ZodMiniNumber<number>;
                },
                z.core.$strip
              >
            >
          >;
          ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
        },
        z.core.$strip
      >
    >;
    applicationServerPorts: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          ranges: z.ZodMiniOptional<
            z.ZodMiniArray<
              z.ZodMiniObject<
                {
                  from: z.ZodMiniNumber<number>;
                  to: z.ZodMiniNumber<number>;
                },
                z.core.$strip
              >
            >
          >;
          ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
        },
        z.core.$strip
      >
    >;
    qosProfile: z.ZodMiniString<string>;
    sink: z.ZodMiniOptional<z.ZodMiniString<string>>;
    duration: z.ZodMiniNumber<number>;
    startedAt: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<Date, string>>>;
    expiresAt: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<Date, string>>>;
    qosStatus: z.ZodMiniEnum<{
      REQUESTED: "REQUESTED";
      AVAILABLE: "AVAILABLE";
      UNAVAILABLE: "UNAVAILABLE";
    }>;
    statusInfo: z.ZodMiniOptional<
      z.ZodMiniEnum<{
        DURATION_EXPIRED: "DURATION_EXPIRED";
        NETWORK_TERMINATED: "NETWORK_TERMINATED";
        DELETE_REQUESTED: "DELETE_REQUESTED";
      }>
    >;
  },
  z.core.$strip
>;
/** A device's sessions. */
export declare const sessionListSchema: z.ZodMiniArray<
  z.ZodMiniObject<
    {
      sessionId: z.ZodMiniString<string>;
      device: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            phoneNumber: z.ZodMiniOptional<z.ZodMiniString<string>>;
            networkAccessIdentifier: z.ZodMiniOptional<z.ZodMiniString<string>>;
            ipv4Address: z.ZodMiniOptional<
              z.ZodMiniPipe<
                z.ZodMiniObject<
                  {
                    publicAddress: z.ZodMiniString<string>;
                    privateAddress: z.ZodMiniOptional<z.ZodMiniString<string>>;
                    publicPort: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                  },
                  z.core.$strip
                >,
                z.ZodMiniTransform<
                  | {
                      publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                      privateAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                      publicPort?: import("@qod/api-client").QodComponents["schemas"]["Port"];
                    }
                  | {
                      publicAddress: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                      privateAddress?: import("@qod/api-client").QodComponents["schemas"]["SingleIpv4Addr"];
                      publicPort: import("@qod/api-client").QodComponents["schemas"]["Port"];
                    },
                  {
                    publicAddress: string;
                    privateAddress?: string | undefined;
                    publicPort?: number | undefined;
                  }
                >
              >
            >;
            ipv6Address: z.ZodMiniOptional<z.ZodMiniString<string>>;
          },
          z.core.$strip
        >
      >;
      applicationServer: z.ZodMiniObject<
        {
          ipv4Address: z.ZodMiniOptional<z.ZodMiniString<string>>;
          ipv6Address: z.ZodMiniOptional<z.ZodMiniString<string>>;
        },
        z.core.$strip
      >;
      devicePorts: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            ranges: z.ZodMiniOptional<
              z.ZodMiniArray<
                z.ZodMiniObject<
                  {
                    from: z.ZodMiniNumber<number>;
                    to: z.ZodMiniNumber<number>;
                  },
                  z.core.$strip
                >
              >
            >;
            ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
          },
          z.core.$strip
        >
      >;
      applicationServerPorts: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            ranges: z.ZodMiniOptional<
              z.ZodMiniArray<
                z.ZodMiniObject<
                  {
                    from: z.ZodMiniNumber<number>;
                    to: z.ZodMiniNumber<number>;
                  },
                  z.core.$strip
                >
              >
            >;
            ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
          },
          z.core.$strip
        >
      >;
      qosProfile: z.ZodMiniString<string>;
      sink: z.ZodMiniOptional<z.ZodMiniString<string>>;
      duration: z.ZodMiniNumber<number>;
      startedAt: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<Date, string>>>;
      expiresAt: z.ZodMiniOptional<z.ZodMiniPipe<z.ZodMiniString<string>, z.ZodMiniTransform<Date, string>>>;
      qosStatus: z.ZodMiniEnum<{
        REQUESTED: "REQUESTED";
        AVAILABLE: "AVAILABLE";
        UNAVAILABLE: "UNAVAILABLE";
      }>;
      statusInfo: z.ZodMiniOptional<
        z.ZodMiniEnum<{
          DURATION_EXPIRED: "DURATION_EXPIRED";
          NETWORK_TERMINATED: "NETWORK_TERMINATED";
          DELETE_REQUESTED: "DELETE_REQUESTED";
        }>
      >;
    },
    z.core.$strip
  >
>;
/** The body of an error response. */
export declare const errorInfoSchema: z.ZodMiniObject<
  {
    status: z.ZodMiniNumber<number>;
    code: z.ZodMiniString<string>;
    message: z.ZodMiniString<string>;
  },
  z.core.$strip
>;
/** A QoS profile and its limits. */
export declare const qosProfileSchema: z.ZodMiniObject<
  {
    name: z.ZodMiniString<string>;
    description: z.ZodMiniOptional<z.ZodMiniString<string>>;
    status: z.ZodMiniEnum<{
      ACTIVE: "ACTIVE";
      INACTIVE: "INACTIVE";
      DEPRECATED: "DEPRECATED";
    }>;
    targetMinUpstreamRate: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            bps: "bps";
            kbps: "kbps";
            Mbps: "Mbps";
            Gbps: "Gbps";
            Tbps: "Tbps";
          }>;
        },
        z.core.$strip
      >
    >;
    maxUpstreamRate: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            bps: "bps";
            kbps: "kbps";
            Mbps: "Mbps";
            Gbps: "Gbps";
            Tbps: "Tbps";
          }>;
        },
        z.core.$strip
      >
    >;
    maxUpstreamBurstRate: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            bps: "bps";
            kbps: "kbps";
            Mbps: "Mbps";
            Gbps: "Gbps";
            Tbps: "Tbps";
          }>;
        },
        z.core.$strip
      >
    >;
    targetMinDownstreamRate: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            bps: "bps";
            kbps: "kbps";
            Mbps: "Mbps";
            Gbps: "Gbps";
            Tbps: "Tbps";
          }>;
        },
        z.core.$strip
      >
    >;
    maxDownstreamRate: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            bps: "bps";
            kbps: "kbps";
            Mbps: "Mbps";
            Gbps: "Gbps";
            Tbps: "Tbps";
          }>;
        },
        z.core.$strip
      >
    >;
    maxDownstreamBurstRate: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            bps: "bps";
            kbps: "kbps";
            Mbps: "Mbps";
            Gbps: "Gbps";
            Tbps: "Tbps";
          }>;
        },
        z.core.$strip
      >
    >;
    minDuration: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            Days: "Days";
            Hours: "Hours";
            Minutes: "Minutes";
            Seconds: "Seconds";
            Milliseconds: "Milliseconds";
            Microseconds: "Microseconds";
            Nanoseconds: "Nanoseconds";
          }>;
        },
        z.core.$strip
      >
    >;
    maxDuration: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            Days: "Days";
            Hours: "Hours";
            Minutes: "Minutes";
            Seconds: "Seconds";
            Milliseconds: "Milliseconds";
            Microseconds: "Microseconds";
            Nanoseconds: "Nanoseconds";
          }>;
        },
        z.core.$strip
      >
    >;
    priority: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    packetDelayBudget: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            Days: "Days";
            Hours: "Hours";
            Minutes: "Minutes";
            Seconds: "Seconds";
            Milliseconds: "Milliseconds";
            Microseconds: "Microseconds";
            Nanoseconds: "Nanoseconds";
          }>;
        },
        z.core.$strip
      >
    >;
    jitter: z.ZodMiniOptional<
      z.ZodMiniObject<
        {
          value: z.ZodMiniNumber<number>;
          unit: z.ZodMiniEnum<{
            Days: "Days";
            Hours: "Hours";
            Minutes: "Minutes";
            Seconds: "Seconds";
            Milliseconds: "Milliseconds";
            Microseconds: "Microseconds";
            Nanoseconds: "Nanoseconds";
          }>;
        },
        z.core.$strip
      >
    >;
    packetErrorLossRate: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    countryAvailability: z.ZodMiniOptional<
      z.ZodMiniArray<
        z.ZodMiniObject<
          {
            countryCode: z.ZodMiniString<string>;
            networks: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
          },
          z.core.$strip
        >
      >
    >;
  },
  z.core.$strip
>;
/** The profiles matching a filter. */
export declare const qosProfileListSchema: z.ZodMiniArray<
  z.ZodMiniObject<
    {
      name: z.ZodMiniString<string>;
      description: z.ZodMiniOptional<z.ZodMiniString<string>>;
      status: z.ZodMiniEnum<{
        ACTIVE: "ACTIVE";
        INACTIVE: "INACTIVE";
        DEPRECATED: "DEPRECATED";
      }>;
      targetMinUpstreamRate: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              bps: "bps";
              kbps: "kbps";
              Mbps: "Mbps";
              Gbps: "Gbps";
              Tbps: "Tbps";
            }>;
          },
          z.core.$strip
        >
      >;
      maxUpstreamRate: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              bps: "bps";
              kbps: "kbps";
              Mbps: "Mbps";
              Gbps: "Gbps";
              Tbps: "Tbps";
            }>;
          },
          z.core.$strip
        >
      >;
      maxUpstreamBurstRate: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              bps: "bps";
              kbps: "kbps";
              Mbps: "Mbps";
              Gbps: "Gbps";
              Tbps: "Tbps";
            }>;
          },
          z.core.$strip
        >
      >;
      targetMinDownstreamRate: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              bps: "bps";
              kbps: "kbps";
              Mbps: "Mbps";
              Gbps: "Gbps";
              Tbps: "Tbps";
            }>;
          },
          z.core.$strip
        >
      >;
      maxDownstreamRate: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              bps: "bps";
              kbps: "kbps";
              Mbps: "Mbps";
              Gbps: "Gbps";
              Tbps: "Tbps";
            }>;
          },
          z.core.$strip
        >
      >;
      maxDownstreamBurstRate: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              bps: "bps";
              kbps: "kbps";
              Mbps: "Mbps";
              Gbps: "Gbps";
              Tbps: "Tbps";
            }>;
          },
          z.core.$strip
        >
      >;
      minDuration: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              Days: "Days";
              Hours: "Hours";
              Minutes: "Minutes";
              Seconds: "Seconds";
              Milliseconds: "Milliseconds";
              Microseconds: "Microseconds";
              Nanoseconds: "Nanoseconds";
            }>;
          },
          z.core.$strip
        >
      >;
      maxDuration: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              Days: "Days";
              Hours: "Hours";
              Minutes: "Minutes";
              Seconds: "Seconds";
              Milliseconds: "Milliseconds";
              Microseconds: "Microseconds";
              Nanoseconds: "Nanoseconds";
            }>;
          },
          z.core.$strip
        >
      >;
      priority: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
      packetDelayBudget: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              Days: "Days";
              Hours: "Hours";
              Minutes: "Minutes";
              Seconds: "Seconds";
              Milliseconds: "Milliseconds";
              Microseconds: "Microseconds";
              Nanoseconds: "Nanoseconds";
            }>;
          },
          z.core.$strip
        >
      >;
      jitter: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            value: z.ZodMiniNumber<number>;
            unit: z.ZodMiniEnum<{
              Days: "Days";
              Hours: "Hours";
              Minutes: "Minutes";
              Seconds: "Seconds";
              Milliseconds: "Milliseconds";
              Microseconds: "Microseconds";
              Nanoseconds: "Nanoseconds";
            }>;
          },
          z.core.$strip
        >
      >;
      packetErrorLossRate: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
      countryAvailability: z.ZodMiniOptional<
        z.ZodMiniArray<
          z.ZodMiniObject<
            {
              countryCode: z.ZodMiniString<string>;
              networks: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString<string>>>;
            },
            z.core.$strip
          >
        >
      >;
    },
    z.core.$strip
  >
>;
//# sourceMappingURL=response-schemas.d.ts.map
