// Generated from openapi/ by scripts/generate.mjs. Do not edit: run `pnpm generate`.

export interface paths {
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a QoS session
         * @description Creates a session that applies a QoS profile to the traffic between one device
         *     and one application server. The session starts in `REQUESTED` (or directly in
         *     `AVAILABLE`). When `sink` is given, status changes are POSTed there as
         *     CloudEvents (see the `notifications` callback).
         *
         *     The device is identified by the access token (3-legged) or by `device`
         *     (2-legged), never both. A flow that overlaps a live session of the same
         *     device is refused with `409 CONFLICT`.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a QoS session
         * @description Returns a session created by the same API client. A session that ended with
         *     `NETWORK_TERMINATED` stays readable for at least 360 seconds.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Delete a QoS session
         * @description Ends the session and releases its resources. When the session was `AVAILABLE`
         *     and has a sink, a notification with `DELETE_REQUESTED` is sent. Reading the
         *     session afterwards answers 404.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the duration of a QoS session
         * @description Adds `requestedAdditionalDuration` seconds to an `AVAILABLE` session. The new
         *     duration is capped at the profile's maximum duration: a request beyond the cap
         *     is not refused, the session is extended up to it. `expiresAt` moves
         *     accordingly. A session in any other status answers
         *     `409 QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED`.
         */
        post: operations["extendQosSessionDuration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/retrieve-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the QoS sessions of a device
         * @description Returns the sessions of one device that belong to the calling API client, as a
         *     list: an empty list when there are none. With a 3-legged token the device comes
         *     from the token and `device` must be left out.
         */
        post: operations["retrieveSessionsByDevice"];
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
         * Format: uuid
         * @description Identifier of a QoS session.
         * @example 3fa85f64-5717-4562-b3fc-2c963f66afa6
         */
        SessionId: string;
        /**
         * @description Name of a QoS profile. Any name of this shape may be sent; which ones a provider
         *     knows is listed by the QoS Profiles API. `KnownQosProfile` lists the common ones.
         * @example DOWNLINK_L_UPLINK_L
         */
        QosProfileName: string;
        /**
         * @description The QoS profile labels known across providers (CAMARA and Network as Code). Not used
         *     on the wire, where `qosProfile` is any `QosProfileName`.
         * @example QOS_L
         * @enum {string}
         */
        KnownQosProfile: "DOWNLINK_S_UPLINK_S" | "DOWNLINK_S_UPLINK_M" | "DOWNLINK_S_UPLINK_L" | "DOWNLINK_M_UPLINK_S" | "DOWNLINK_M_UPLINK_M" | "DOWNLINK_M_UPLINK_L" | "DOWNLINK_L_UPLINK_S" | "DOWNLINK_L_UPLINK_M" | "DOWNLINK_L_UPLINK_L" | "QOS_E" | "QOS_S" | "QOS_M" | "QOS_L";
        /**
         * @description E.164 phone number with a leading `+`, no spaces, dashes or parentheses.
         * @example +36721601234567
         */
        PhoneNumber: string;
        /**
         * @description Network access identifier of the subscription, `user@realm`. Accepted by Network as
         *     Code; CAMARA providers answer `422 UNSUPPORTED_IDENTIFIER` when it is the only one.
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
         * @example {
         *       "publicAddress": "233.252.0.2",
         *       "privateAddress": "192.0.2.25"
         *     }
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
        /**
         * @description Identifies a device by one or more of its identifiers. When several are sent the
         *     provider picks one, and responses carry only that one.
         * @example {
         *       "phoneNumber": "+36721601234567"
         *     }
         */
        Device: {
            phoneNumber?: components["schemas"]["PhoneNumber"];
            networkAccessIdentifier?: components["schemas"]["NetworkAccessIdentifier"];
            ipv4Address?: components["schemas"]["DeviceIpv4Addr"];
            ipv6Address?: components["schemas"]["DeviceIpv6Address"];
        };
        /**
         * @description An IPv4 address, optionally with a prefix length (`198.51.100.0/24`).
         * @example 233.252.0.2
         */
        ApplicationServerIpv4Address: string;
        /**
         * @description An IPv6 address, optionally with a prefix length (`2001:db8::/64`).
         * @example 2001:db8:85a3:8d3:1319:8a2e:370:7344
         */
        ApplicationServerIpv6Address: string;
        /**
         * @description The application server the device talks to; at least one address.
         * @example {
         *       "ipv4Address": "233.252.0.2"
         *     }
         */
        ApplicationServer: {
            ipv4Address?: components["schemas"]["ApplicationServerIpv4Address"];
            ipv6Address?: components["schemas"]["ApplicationServerIpv6Address"];
        };
        /**
         * @description An inclusive range of ports, `from` not above `to`.
         * @example {
         *       "from": 5010,
         *       "to": 5020
         *     }
         */
        PortRange: {
            from: components["schemas"]["Port"];
            to: components["schemas"]["Port"];
        };
        /**
         * @description Ports as ranges, single ports or both; at least one of the two lists.
         * @example {
         *       "ranges": [
         *         {
         *           "from": 5010,
         *           "to": 5020
         *         }
         *       ],
         *       "ports": [
         *         5060,
         *         5070
         *       ]
         *     }
         */
        PortsSpec: {
            /** @description Inclusive port ranges. */
            ranges?: components["schemas"]["PortRange"][];
            /** @description Single ports. */
            ports?: components["schemas"]["Port"][];
        };
        /**
         * Format: int32
         * @description Session duration in seconds. Network as Code allows at most 86400 (24 hours).
         * @example 3600
         */
        Duration: number;
        /**
         * Format: uri
         * @description HTTPS address that receives the session's status notifications.
         * @example https://application-server.example.com/notifications
         */
        Sink: string;
        /**
         * @description How the provider authenticates to the sink. Only `ACCESSTOKEN` with a bearer token
         *     is accepted; `PLAIN` and `REFRESHTOKEN` answer `400 INVALID_CREDENTIAL`.
         */
        SinkCredential: components["schemas"]["PlainCredential"] | components["schemas"]["AccessTokenCredential"] | components["schemas"]["RefreshTokenCredential"];
        /** @description A user name and secret (not accepted for notifications). */
        PlainCredential: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            credentialType: "PLAIN";
            /** @description The user name. */
            identifier: string;
            /** @description The secret. */
            secret: string;
        };
        /**
         * @description A bearer access token, sent as `Authorization` with every notification.
         * @example {
         *       "credentialType": "ACCESSTOKEN",
         *       "accessToken": "notification-token",
         *       "accessTokenExpiresUtc": "2026-12-01T00:00:00Z",
         *       "accessTokenType": "bearer"
         *     }
         */
        AccessTokenCredential: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            credentialType: "ACCESSTOKEN";
            /** @description The token. */
            accessToken: string;
            /**
             * Format: date-time
             * @description When the token expires, RFC 3339 with a time zone.
             */
            accessTokenExpiresUtc: string;
            /**
             * @description The token type; only `bearer`.
             * @enum {string}
             */
            accessTokenType: "bearer";
        };
        /** @description An access token with a refresh token (not accepted for notifications). */
        RefreshTokenCredential: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            credentialType: "REFRESHTOKEN";
            /** @description The token. */
            accessToken: string;
            /**
             * Format: date-time
             * @description When the token expires.
             */
            accessTokenExpiresUtc: string;
            /**
             * @description The token type.
             * @enum {string}
             */
            accessTokenType: "bearer";
            /** @description The refresh token. */
            refreshToken: string;
            /**
             * Format: uri
             * @description Where to refresh the token.
             */
            refreshTokenEndpoint: string;
        };
        /** @description A request for a QoS session. */
        CreateSession: {
            device?: components["schemas"]["Device"];
            applicationServer: components["schemas"]["ApplicationServer"];
            devicePorts?: components["schemas"]["PortsSpec"];
            applicationServerPorts?: components["schemas"]["PortsSpec"];
            qosProfile: components["schemas"]["QosProfileName"];
            duration: components["schemas"]["Duration"];
            sink?: components["schemas"]["Sink"];
            sinkCredential?: components["schemas"]["SinkCredential"];
        };
        /**
         * @description `REQUESTED`: being set up. `AVAILABLE`: the profile is applied.
         *     `UNAVAILABLE`: ended; `statusInfo` says why.
         * @enum {string}
         */
        QosStatus: "REQUESTED" | "AVAILABLE" | "UNAVAILABLE";
        /**
         * @description Why a session is `UNAVAILABLE`.
         * @enum {string}
         */
        StatusInfo: "DURATION_EXPIRED" | "NETWORK_TERMINATED" | "DELETE_REQUESTED";
        /**
         * @description A QoS session. `startedAt` and `expiresAt` are absent while `REQUESTED`; while
         *     `AVAILABLE`, `expiresAt` is `startedAt` plus `duration`; once `UNAVAILABLE`,
         *     `expiresAt` is when it ended. `statusInfo` is present only when `UNAVAILABLE`.
         */
        SessionInfo: {
            sessionId: components["schemas"]["SessionId"];
            device?: components["schemas"]["Device"];
            applicationServer: components["schemas"]["ApplicationServer"];
            devicePorts?: components["schemas"]["PortsSpec"];
            applicationServerPorts?: components["schemas"]["PortsSpec"];
            qosProfile: components["schemas"]["QosProfileName"];
            sink?: components["schemas"]["Sink"];
            duration: components["schemas"]["Duration"];
            /**
             * Format: date-time
             * @description When the session became `AVAILABLE`, RFC 3339 with a time zone.
             * @example 2026-11-21T10:00:00Z
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When the session ends or ended, RFC 3339 with a time zone.
             * @example 2026-11-21T11:00:00Z
             */
            expiresAt?: string;
            qosStatus: components["schemas"]["QosStatus"];
            statusInfo?: components["schemas"]["StatusInfo"];
        };
        /** @description Seconds to add to an `AVAILABLE` session. */
        ExtendSessionDuration: {
            /**
             * Format: int32
             * @description Seconds to add; the result is capped at the profile's maximum duration.
             * @example 3600
             */
            requestedAdditionalDuration: number;
        };
        /** @description The device whose sessions to return; left out with a 3-legged token. */
        RetrieveSessionsInput: {
            device?: components["schemas"]["Device"];
        };
        /** @description The sessions of a device. */
        RetrieveSessionsOutput: components["schemas"]["SessionInfo"][];
        /** @description A session status change, as a CloudEvents 1.0 event. */
        CloudEvent: {
            /** @description Unique per event. */
            id: string;
            /**
             * Format: uri-reference
             * @description Who sent the event.
             */
            source: string;
            /**
             * @description The event type.
             * @enum {string}
             */
            type: "org.camaraproject.quality-on-demand.v1.qos-status-changed";
            /**
             * @description The CloudEvents version.
             * @enum {string}
             */
            specversion: "1.0";
            /**
             * @description Media type of `data`.
             * @enum {string}
             */
            datacontenttype?: "application/json";
            /**
             * Format: date-time
             * @description When the status changed, RFC 3339.
             */
            time: string;
            data: components["schemas"]["QosStatusChangedData"];
        };
        /** @description The session and its new status. */
        QosStatusChangedData: {
            sessionId: components["schemas"]["SessionId"];
            /**
             * @description The new status.
             * @enum {string}
             */
            qosStatus: "AVAILABLE" | "UNAVAILABLE";
            statusInfo?: components["schemas"]["StatusInfo"];
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
        /** @description The request is malformed, a value is out of range, or the sink or its credential is not accepted. */
        CreateSession400: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 400;
                    /** @enum {unknown} */
                    code?: "INVALID_ARGUMENT" | "OUT_OF_RANGE" | "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE" | "INVALID_SINK" | "INVALID_CREDENTIAL" | "INVALID_TOKEN";
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
        /** @description The client may not do this (scope, or another client's session). */
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
        /** @description No such session. */
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
                    code?: "NOT_FOUND" | "IDENTIFIER_NOT_FOUND";
                };
            };
        };
        /** @description The flow overlaps a live session of the same device. */
        SessionConflict409: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "CONFLICT";
                };
            };
        };
        /** @description The session is not `AVAILABLE`, so it cannot be extended. */
        ExtensionNotAllowed409: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 409;
                    /** @enum {unknown} */
                    code?: "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED";
                };
            };
        };
        /** @description The device cannot be identified as sent, or the service or profile does not apply to it. */
        CreateSession422: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 422;
                    /** @enum {unknown} */
                    code?: "SERVICE_NOT_APPLICABLE" | "MISSING_IDENTIFIER" | "UNSUPPORTED_IDENTIFIER" | "UNNECESSARY_IDENTIFIER" | "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE";
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
                    code?: "SERVICE_NOT_APPLICABLE" | "MISSING_IDENTIFIER" | "UNSUPPORTED_IDENTIFIER" | "UNNECESSARY_IDENTIFIER";
                };
            };
        };
        /** @description The receiver is gone; stop sending notifications to it. */
        Generic410: {
            headers: {
                "x-correlator": components["headers"]["x-correlator"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorInfo"] & {
                    /** @enum {unknown} */
                    status?: 410;
                    /** @enum {unknown} */
                    code?: "GONE";
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
        /** @description The session's identifier, as returned by createSession. */
        sessionId: components["schemas"]["SessionId"];
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
    createSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the request, echoed on the response. */
                "x-correlator"?: components["parameters"]["x-correlator"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The flow to prioritise, the QoS profile and the duration. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSession"];
            };
        };
        responses: {
            /** @description The session was created. */
            201: {
                headers: {
                    "x-correlator": components["headers"]["x-correlator"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            400: components["responses"]["CreateSession400"];
            401: components["responses"]["Generic401"];
            403: components["responses"]["Generic403"];
            404: components["responses"]["IdentifierNotFound404"];
            409: components["responses"]["SessionConflict409"];
            422: components["responses"]["CreateSession422"];
            429: components["responses"]["Generic429"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the request, echoed on the response. */
                "x-correlator"?: components["parameters"]["x-correlator"];
            };
            path: {
                /** @description The session's identifier, as returned by createSession. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    "x-correlator": components["headers"]["x-correlator"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            400: components["responses"]["Generic400"];
            401: components["responses"]["Generic401"];
            403: components["responses"]["Generic403"];
            404: components["responses"]["Generic404"];
            429: components["responses"]["Generic429"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the request, echoed on the response. */
                "x-correlator"?: components["parameters"]["x-correlator"];
            };
            path: {
                /** @description The session's identifier, as returned by createSession. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was deleted. */
            204: {
                headers: {
                    "x-correlator": components["headers"]["x-correlator"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Generic400"];
            401: components["responses"]["Generic401"];
            403: components["responses"]["Generic403"];
            404: components["responses"]["Generic404"];
            429: components["responses"]["Generic429"];
        };
    };
    extendQosSessionDuration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the request, echoed on the response. */
                "x-correlator"?: components["parameters"]["x-correlator"];
            };
            path: {
                /** @description The session's identifier, as returned by createSession. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        /** @description How many seconds to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendSessionDuration"];
            };
        };
        responses: {
            /** @description The session with its new duration and expiry. */
            200: {
                headers: {
                    "x-correlator": components["headers"]["x-correlator"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            400: components["responses"]["Generic400"];
            401: components["responses"]["Generic401"];
            403: components["responses"]["Generic403"];
            404: components["responses"]["Generic404"];
            409: components["responses"]["ExtensionNotAllowed409"];
            429: components["responses"]["Generic429"];
        };
    };
    retrieveSessionsByDevice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Correlation id for the request, echoed on the response. */
                "x-correlator"?: components["parameters"]["x-correlator"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The device whose sessions to return. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetrieveSessionsInput"];
            };
        };
        responses: {
            /** @description The device's sessions; an empty list when it has none. */
            200: {
                headers: {
                    "x-correlator": components["headers"]["x-correlator"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrieveSessionsOutput"];
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
}
