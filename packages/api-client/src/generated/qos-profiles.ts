// Generated from openapi/ by scripts/generate.mjs. Do not edit: run `pnpm generate`.

export interface paths {
    "/retrieve-qos-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List QoS profiles
         * @description Lists the profiles that match every filter given: `name`, `status`, and `device`
         *     (only the profiles that device may use; an ineligible device gets an empty list).
         *     An empty body lists every profile. With a 3-legged token the device comes from the
         *     token and `device` must be left out.
         */
        post: operations["retrieveQoSProfiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/qos-profiles/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a QoS profile
         * @description Returns one profile by name, whatever its status.
         */
        get: operations["getQosProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Correlation id of a request.
         * @example b4333c46-49c0-4f62-80d7-f0ef930f1c46
         */
        XCorrelator: string;
        /**
         * @description Name of a QoS profile.
         * @example QOS_L
         */
        QosProfileName: string;
        /**
         * @description `ACTIVE`: usable for new sessions. `INACTIVE`: not usable now.
         *     `DEPRECATED`: being withdrawn, not usable for new sessions.
         * @enum {string}
         */
        QosProfileStatusEnum: "ACTIVE" | "INACTIVE" | "DEPRECATED";
        /**
         * @description Unit of a rate.
         * @enum {string}
         */
        RateUnitEnum: "bps" | "kbps" | "Mbps" | "Gbps" | "Tbps";
        /** @description A bit rate. */
        Rate: {
            /**
             * Format: int32
             * @description How many units.
             * @example 10
             */
            value: number;
            unit: components["schemas"]["RateUnitEnum"];
        };
        /**
         * @description Unit of a duration.
         * @enum {string}
         */
        TimeUnitEnum: "Days" | "Hours" | "Minutes" | "Seconds" | "Milliseconds" | "Microseconds" | "Nanoseconds";
        /** @description A span of time. */
        Duration: {
            /**
             * Format: int32
             * @description How many units.
             * @example 12
             */
            value: number;
            unit: components["schemas"]["TimeUnitEnum"];
        };
        /** @description Where a profile is offered. */
        CountryAvailability: {
            /**
             * @description ISO 3166-1 alpha-2 country code.
             * @example HU
             */
            countryCode: string;
            /** @description The networks (MCC and MNC) offering it; all of the country's when absent. */
            networks?: string[];
        };
        /** @description A QoS profile and its limits. */
        QosProfile: {
            name: components["schemas"]["QosProfileName"];
            /** @description What the profile is for. */
            description?: string;
            status: components["schemas"]["QosProfileStatusEnum"];
            targetMinUpstreamRate?: components["schemas"]["Rate"];
            maxUpstreamRate?: components["schemas"]["Rate"];
            maxUpstreamBurstRate?: components["schemas"]["Rate"];
            targetMinDownstreamRate?: components["schemas"]["Rate"];
            maxDownstreamRate?: components["schemas"]["Rate"];
            maxDownstreamBurstRate?: components["schemas"]["Rate"];
            minDuration?: components["schemas"]["Duration"];
            maxDuration?: components["schemas"]["Duration"];
            /**
             * Format: int32
             * @description Scheduling priority; 1 is the highest.
             * @example 20
             */
            priority?: number;
            packetDelayBudget?: components["schemas"]["Duration"];
            jitter?: components["schemas"]["Duration"];
            /**
             * Format: int32
             * @description Packet error loss rate as the exponent n of 10^-n.
             * @example 3
             */
            packetErrorLossRate?: number;
            /** @description Where the profile is offered; everywhere the provider operates when absent. */
            countryAvailability?: components["schemas"]["CountryAvailability"][];
        };
        /**
         * @description E.164 phone number with a leading `+`, no spaces, dashes or parentheses.
         * @example +36721601234567
         */
        PhoneNumber: string;
        /**
         * @description Network access identifier of the subscription, `user@realm`.
         * @example device@testcsp.net
         */
        NetworkAccessIdentifier: string;
        /**
         * Format: ipv4
         * @description One IPv4 address, dotted decimal.
         * @example 233.252.0.2
         */
        SingleIpv4Addr: string;
        /**
         * @description A TCP or UDP port.
         * @example 443
         */
        Port: number;
        /**
         * @description How the network sees the device over IPv4. The public address alone does not
         *     identify a device behind NAT: give `privateAddress` or `publicPort` with it.
         */
        DeviceIpv4Addr: {
            publicAddress: components["schemas"]["SingleIpv4Addr"];
            privateAddress: components["schemas"]["SingleIpv4Addr"];
            publicPort?: components["schemas"]["Port"];
        } | {
            publicAddress: components["schemas"]["SingleIpv4Addr"];
            privateAddress?: components["schemas"]["SingleIpv4Addr"];
            publicPort: components["schemas"]["Port"];
        };
        /**
         * Format: ipv6
         * @description The device's IPv6 address, as allocated by the network.
         * @example 2001:db8:1234:5678:9abc:def0:fedc:ba98
         */
        DeviceIpv6Address: string;
        /** @description Identifies a device by one or more of its identifiers. */
        Device: {
            phoneNumber?: components["schemas"]["PhoneNumber"];
            networkAccessIdentifier?: components["schemas"]["NetworkAccessIdentifier"];
            ipv4Address?: components["schemas"]["DeviceIpv4Addr"];
            ipv6Address?: components["schemas"]["DeviceIpv6Address"];
        };
        /** @description Filters for listing profiles; all optional. */
        QosProfileDeviceRequest: {
            device?: components["schemas"]["Device"];
            name?: components["schemas"]["QosProfileName"];
            status?: components["schemas"]["QosProfileStatusEnum"];
        };
        /** @description The body of every error response. */
        ErrorInfo: {
            /** @description The HTTP status code. */
            status: number;
            /** @description A machine-readable error code. */
            code: string;
            /** @description What went wrong, for people. */
            message: string;
        };
    };
    responses: {
        /** @description The request is malformed or a value is out of range. */
        Generic400: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 400;
                    /** @enum {unknown} */
                    code?: "INVALID_ARGUMENT" | "OUT_OF_RANGE";
                };
            };
        };
        /** @description The credentials are missing, invalid or expired. */
        Generic401: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 401;
                    /** @enum {unknown} */
                    code?: "UNAUTHENTICATED";
                };
            };
        };
        /** @description The client may not do this. */
        Generic403: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 403;
                    /** @enum {unknown} */
                    code?: "PERMISSION_DENIED";
                };
            };
        };
        /** @description No such profile. */
        Generic404: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 404;
                    /** @enum {unknown} */
                    code?: "NOT_FOUND";
                };
            };
        };
        /** @description The device is not known to the network. */
        IdentifierNotFound404: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 404;
                    /** @enum {unknown} */
                    code?: "IDENTIFIER_NOT_FOUND";
                };
            };
        };
        /** @description The device cannot be identified as sent, or the service does not apply to it. */
        DeviceIdentification422: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 422;
                    /** @enum {unknown} */
                    code?: "SERVICE_NOT_APPLICABLE" | "UNSUPPORTED_IDENTIFIER" | "UNNECESSARY_IDENTIFIER";
                };
            };
        };
        /** @description Too many requests, or the quota is used up. `Retry-After` says when to try again. */
        Generic429: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 429;
                    /** @enum {unknown} */
                    code?: "QUOTA_EXCEEDED" | "TOO_MANY_REQUESTS";
                };
            };
        };
    };
    parameters: {
        /** @description Correlation id for the request, echoed on the response. */
        "x-correlator": components["schemas"]["XCorrelator"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's correlation id, echoed.
         * @example b4333c46-49c0-4f62-80d7-f0ef930f1c46
         */
        "x-correlator": components["schemas"]["XCorrelator"];
        /**
         * @description Seconds to wait before sending another request.
         * @example 30
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    retrieveQoSProfiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the request, echoed on the response. */
                "x-correlator"?: components["parameters"]["x-correlator"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Filters; all optional. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["QosProfileDeviceRequest"];
            };
        };
        responses: {
            /** @description The matching profiles; an empty list when none match. */
            200: {
                headers: {
                    "x-correlator": components["headers"]["x-correlator"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QosProfile"][];
                };
            };
            400: components["responses"]["Generic400"];
            401: components["responses"]["Generic401"];
            403: components["responses"]["Generic403"];
            404: components["responses"]["IdentifierNotFound404"];
            422: components["responses"]["DeviceIdentification422"];
            429: components["responses"]["Generic429"];
        };
    };
    getQosProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the request, echoed on the response. */
                "x-correlator"?: components["parameters"]["x-correlator"];
            };
            path: {
                /** @description The profile's name. */
                name: components["schemas"]["QosProfileName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    "x-correlator": components["headers"]["x-correlator"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QosProfile"];
                };
            };
            400: components["responses"]["Generic400"];
            401: components["responses"]["Generic401"];
            403: components["responses"]["Generic403"];
            404: components["responses"]["Generic404"];
            429: components["responses"]["Generic429"];
        };
    };
}
