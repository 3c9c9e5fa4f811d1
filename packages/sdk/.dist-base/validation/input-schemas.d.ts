import * as z from "zod/mini";
/** How the network sees the device over IPv4. */
export declare const deviceIpv4InputSchema: z.ZodMiniPipe<
  z.ZodMiniObject<
    {
      publicAddress: z.ZodMiniString<string>;
      privateAddress: z.ZodMiniOptional<z.ZodMiniString<string>>;
      publicPort: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    },
    z.core.$strict
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
>;
/** A device, by at least one of its identifiers. */
export declare const deviceInputSchema: z.ZodMiniObject<
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
          z.core.$strict
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
  z.core.$strict
>;
/** A port range, `{from, to}` as on the wire or `{start, end}` as in other SDKs. */
export declare const portRangeInputSchema: z.ZodMiniPipe<
  z.ZodMiniObject<
    {
      from: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
      to: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
      start: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
      end: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
    },
    z.core.$strict
  >,
  z.ZodMiniTransform<
    {
      from: number;
      to: number;
    },
    {
      from?: number | undefined;
      to?: number | undefined;
      start?: number | undefined;
      end?: number | undefined;
    }
  >
>;
/** Ports as single ports, ranges or both. */
export declare const portsInputSchema: z.ZodMiniObject<
  {
    ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
    ranges: z.ZodMiniOptional<
      z.ZodMiniArray<
        z.ZodMiniPipe<
          z.ZodMiniObject<
            {
              from: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
              to: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
              start: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
              end: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
            },
            z.core.$strict
          >,
          z.ZodMiniTransform<
            {
              from: number;
              to: number;
            },
            {
              from?: number | undefined;
              to?: number | undefined;
              start?: number | undefined;
              end?: number | undefined;
            }
          >
        >
      >
    >;
  },
  z.core.$strict
>;
/** Where session notifications go: an https URL. */
export declare const sinkInputSchema: z.ZodMiniString<string>;
/** How the provider authenticates to the sink: a bearer access token and when it expires. */
export declare const sinkCredentialInputSchema: z.ZodMiniPipe<
  z.ZodMiniObject<
    {
      credentialType: z.ZodMiniOptional<z.ZodMiniLiteral<"ACCESSTOKEN">>;
      accessToken: z.ZodMiniString<string>;
      accessTokenExpiresUtc: z.ZodMiniUnion<readonly [z.ZodMiniDate<Date>, z.ZodMiniString<string>]>;
      accessTokenType: z.ZodMiniOptional<z.ZodMiniLiteral<"bearer">>;
    },
    z.core.$strict
  >,
  z.ZodMiniTransform<
    {
      credentialType: "ACCESSTOKEN";
      accessToken: string;
      accessTokenExpiresUtc: string;
      accessTokenType: "bearer";
    },
    {
      accessToken: string;
      accessTokenExpiresUtc: string | Date;
      credentialType?: "ACCESSTOKEN" | undefined;
      accessTokenType?: "bearer" | undefined;
    }
  >
>;
/** A session request; the profile must be in the known catalogue. Outputs the wire body. */
export declare const createSessionInputSchema: z.ZodMiniPipe<
  z.ZodMiniObject<
    {
      profile: z.ZodMiniString<string>;
      serviceIpv4: z.ZodMiniOptional<z.ZodMiniString<string>>;
      serviceIpv6: z.ZodMiniOptional<z.ZodMiniString<string>>;
      servicePorts: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
            ranges: z.ZodMiniOptional<
              z.ZodMiniArray<
                z.ZodMiniPipe<
                  z.ZodMiniObject<
                    {
                      from: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      to: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      start: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      end: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                    },
                    z.core.$strict
                  >,
                  z.ZodMiniTransform<
                    {
                      from: number;
                      to: number;
                    },
                    {
                      from?: number | undefined;
                      to?: number | undefined;
                      start?: number | undefined;
                      end?: number | undefined;
                    }
                  >
                >
              >
            >;
          },
          z.core.$strict
        >
      >;
      devicePorts: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
            ranges: z.ZodMiniOptional<
              z.ZodMiniArray<
                z.ZodMiniPipe<
                  z.ZodMiniObject<
                    {
                      from: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      to: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      start: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      end: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                    },
                    z.core.$strict
                  >,
                  z.ZodMiniTransform<
                    {
                      from: number;
                      to: number;
                    },
                    {
                      from?: number | undefined;
                      to?: number | undefined;
                      start?: number | undefined;
                      end?: number | undefined;
                    }
                  >
                >
              >
            >;
          },
          z.core.$strict
        >
      >;
      duration: z.ZodMiniDefault<z.ZodMiniNumber<number>>;
      sink: z.ZodMiniOptional<z.ZodMiniString<string>>;
      sinkCredential: z.ZodMiniOptional<
        z.ZodMiniPipe<
          z.ZodMiniObject<
            {
              credentialType: z.ZodMiniOptional<z.ZodMiniLiteral<"ACCESSTOKEN">>;
              accessToken: z.ZodMiniString<string>;
              accessTokenExpiresUtc: z.ZodMiniUnion<readonly [z.ZodMiniDate<Date>, z.ZodMiniString<string>]>;
              accessTokenType: z.ZodMiniOptional<z.ZodMiniLiteral<"bearer">>;
            },
            z.core.$strict
          >,
          z.ZodMiniTransform<
            {
              credentialType: "ACCESSTOKEN";
              accessToken: string;
              accessTokenExpiresUtc: string;
              accessTokenType: "bearer";
            },
            {
              accessToken: string;
              accessTokenExpiresUtc: string | Date;
              credentialType?: "ACCESSTOKEN" | undefined;
              accessTokenType?: "bearer" | undefined;
            }
          >
        >
      >;
    },
    z.core.$strict
  >,
  z.ZodMiniTransform<
    {
      sinkCredential?:
        | {
            credentialType: "ACCESSTOKEN";
            accessToken: string;
            accessTokenExpiresUtc: string;
            accessTokenType: "bearer";
          }
        | undefined;
      sink?: string | undefined;
      duration: number;
      applicationServerPorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      devicePorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      qosProfile: string;
      applicationServer: {
        ipv6Address?: string | undefined;
        ipv4Address?: string | undefined;
      };
    },
    {
      profile: string;
      duration: number;
      serviceIpv4?: string | undefined;
      serviceIpv6?: string | undefined;
      servicePorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      devicePorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      sink?: string | undefined;
      sinkCredential?:
        | {
            credentialType: "ACCESSTOKEN";
            accessToken: string;
            accessTokenExpiresUtc: string;
            accessTokenType: "bearer";
          }
        | undefined;
    }
  >
>;
/** A session request that accepts any profile name of the wire's shape (`allowUnknownProfiles`). */
export declare const createSessionInputSchemaAnyProfile: z.ZodMiniPipe<
  z.ZodMiniObject<
    {
      profile: z.ZodMiniString<string>;
      serviceIpv4: z.ZodMiniOptional<z.ZodMiniString<string>>;
      serviceIpv6: z.ZodMiniOptional<z.ZodMiniString<string>>;
      servicePorts: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
            ranges: z.ZodMiniOptional<
              z.ZodMiniArray<
                z.ZodMiniPipe<
                  z.ZodMiniObject<
                    {
                      from: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      to: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      start: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      end: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                    },
                    z.core.$strict
                  >,
                  z.ZodMiniTransform<
                    {
                      from: number;
                      to: number;
                    },
                    {
                      from?: number | undefined;
                      to?: number | undefined;
                      start?: number | undefined;
                      end?: number | undefined;
                    }
                  >
                >
              >
            >;
          },
          z.core.$strict
        >
      >;
      devicePorts: z.ZodMiniOptional<
        z.ZodMiniObject<
          {
            ports: z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniNumber<number>>>;
            ranges: z.ZodMiniOptional<
              z.ZodMiniArray<
                z.ZodMiniPipe<
                  z.ZodMiniObject<
                    {
                      from: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      to: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      start: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                      end: z.ZodMiniOptional<z.ZodMiniNumber<number>>;
                    },
                    z.core.$strict
                  >,
                  z.ZodMiniTransform<
                    {
                      from: number;
                      to: number;
                    },
                    {
                      from?: number | undefined;
                      to?: number | undefined;
                      start?: number | undefined;
                      end?: number | undefined;
                    }
                  >
                >
              >
            >;
          },
          z.core.$strict
        >
      >;
      duration: z.ZodMiniDefault<z.ZodMiniNumber<number>>;
      sink: z.ZodMiniOptional<z.ZodMiniString<string>>;
      sinkCredential: z.ZodMiniOptional<
        z.ZodMiniPipe<
          z.ZodMiniObject<
            {
              credentialType: z.ZodMiniOptional<z.ZodMiniLiteral<"ACCESSTOKEN">>;
              accessToken: z.ZodMiniString<string>;
              accessTokenExpiresUtc: z.ZodMiniUnion<readonly [z.ZodMiniDate<Date>, z.ZodMiniString<string>]>;
              accessTokenType: z.ZodMiniOptional<z.ZodMiniLiteral<"bearer">>;
            },
            z.core.$strict
          >,
          z.ZodMiniTransform<
            {
              credentialType: "ACCESSTOKEN";
              accessToken: string;
              accessTokenExpiresUtc: string;
              accessTokenType: "bearer";
            },
            {
              accessToken: string;
              accessTokenExpiresUtc: string | Date;
              credentialType?: "ACCESSTOKEN" | undefined;
              accessTokenType?: "bearer" | undefined;
            }
          >
        >
      >;
    },
    z.core.$strict
  >,
  z.ZodMiniTransform<
    {
      sinkCredential?:
        | {
            credentialType: "ACCESSTOKEN";
            accessToken: string;
            accessTokenExpiresUtc: string;
            accessTokenType: "bearer";
          }
        | undefined;
      sink?: string | undefined;
      duration: number;
      applicationServerPorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      devicePorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      qosProfile: string;
      applicationServer: {
        ipv6Address?: string | undefined;
        ipv4Address?: string | undefined;
      };
    },
    {
      profile: string;
      duration: number;
      serviceIpv4?: string | undefined;
      serviceIpv6?: string | undefined;
      servicePorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      devicePorts?:
        | {
            ports?: number[] | undefined;
            ranges?:
              | {
                  from: number;
                  to: number;
                }[]
              | undefined;
          }
        | undefined;
      sink?: string | undefined;
      sinkCredential?:
        | {
            credentialType: "ACCESSTOKEN";
            accessToken: string;
            accessTokenExpiresUtc: string;
            accessTokenType: "bearer";
          }
        | undefined;
    }
  >
>;
/** Filters for listing QoS profiles. */
export declare const profileFilterInputSchema: z.ZodMiniObject<
  {
    name: z.ZodMiniOptional<z.ZodMiniString<string>>;
    status: z.ZodMiniOptional<
      z.ZodMiniEnum<{
        ACTIVE: "ACTIVE";
        INACTIVE: "INACTIVE";
        DEPRECATED: "DEPRECATED";
      }>
    >;
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
                z.core.$strict
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
        z.core.$strict
      >
    >;
  },
  z.core.$strict
>;
//# sourceMappingURL=input-schemas.d.ts.map
