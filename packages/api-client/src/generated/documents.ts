// Generated from openapi/ by scripts/generate.mjs. Do not edit: run `pnpm generate`.

/** An OpenAPI 3.0 document as parsed JSON. */
export type OpenApiDocument = { readonly [key: string]: unknown };

export const qualityOnDemandDocument: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "Quality on Demand",
    "version": "1.1.0",
    "description": "Ask the mobile network to prioritise the traffic between one device and one\napplication server, with a QoS profile, for a number of seconds.\n\nA session is created for a device and an application server. It starts in\n`REQUESTED`, becomes `AVAILABLE` once the network has applied the QoS profile,\nand ends in `UNAVAILABLE` when its duration runs out (`DURATION_EXPIRED`), when\nthe network ends it (`NETWORK_TERMINATED`) or when the client deletes it\n(`DELETE_REQUESTED`). While `AVAILABLE` it can be extended, up to the profile's\nmaximum duration.\n\nWire-compatible with CAMARA Quality on Demand 1.1.0 and with Network as Code,\nwhich also accepts its API-key headers (`X-RapidAPI-Key`, `X-RapidAPI-Host`).\n\nEvery operation accepts an optional `x-correlator` header and echoes it on the\nresponse, errors included. Errors share one body: `{status, code, message}`.\n",
    "license": {
      "name": "Apache 2.0",
      "url": "https://www.apache.org/licenses/LICENSE-2.0.html"
    },
    "contact": {
      "name": "QoD toolkit maintainers",
      "url": "https://github.com/qod-toolkit/qod-toolkit",
      "email": "qod-toolkit@example.com"
    }
  },
  "externalDocs": {
    "description": "CAMARA Quality on Demand",
    "url": "https://github.com/camaraproject/QualityOnDemand"
  },
  "servers": [
    {
      "url": "{apiRoot}/quality-on-demand/v1",
      "variables": {
        "apiRoot": {
          "default": "http://localhost:9091",
          "description": "Scheme, host and optional base path of the provider's API."
        }
      }
    }
  ],
  "tags": [
    {
      "name": "QoS Sessions",
      "description": "Create, read, extend and delete QoS sessions."
    }
  ],
  "security": [
    {
      "openId": []
    },
    {
      "rapidApiKey": [],
      "rapidApiHost": []
    }
  ],
  "paths": {
    "/sessions": {
      "post": {
        "tags": [
          "QoS Sessions"
        ],
        "operationId": "createSession",
        "summary": "Create a QoS session",
        "description": "Creates a session that applies a QoS profile to the traffic between one device\nand one application server. The session starts in `REQUESTED` (or directly in\n`AVAILABLE`). When `sink` is given, status changes are POSTed there as\nCloudEvents (see the `notifications` callback).\n\nThe device is identified by the access token (3-legged) or by `device`\n(2-legged), never both. A flow that overlaps a live session of the same\ndevice is refused with `409 CONFLICT`.\n",
        "security": [
          {
            "openId": [
              "quality-on-demand:sessions:create"
            ]
          },
          {
            "rapidApiKey": [],
            "rapidApiHost": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/x-correlator"
          }
        ],
        "requestBody": {
          "description": "The flow to prioritise, the QoS profile and the duration.",
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateSession"
              },
              "examples": {
                "MINIMAL": {
                  "$ref": "#/components/examples/CreateSessionMinimal"
                },
                "WITH_PORTS_AND_SINK": {
                  "$ref": "#/components/examples/CreateSessionWithPortsAndSink"
                }
              }
            }
          }
        },
        "callbacks": {
          "notifications": {
            "{$request.body#/sink}": {
              "post": {
                "operationId": "postNotification",
                "summary": "Session status notification",
                "description": "Sent to the session's `sink` when the session becomes `AVAILABLE`, when it\nbecomes `UNAVAILABLE`, and when an `AVAILABLE` session is deleted. The\nreceiver answers 204; 410 tells the provider to stop sending.\n",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/x-correlator"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/cloudevents+json": {
                      "schema": {
                        "$ref": "#/components/schemas/CloudEvent"
                      },
                      "examples": {
                        "AVAILABLE": {
                          "$ref": "#/components/examples/NotificationAvailable"
                        },
                        "DURATION_EXPIRED": {
                          "$ref": "#/components/examples/NotificationDurationExpired"
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "204": {
                    "description": "The notification was received.",
                    "headers": {
                      "x-correlator": {
                        "$ref": "#/components/headers/x-correlator"
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Generic400"
                  },
                  "401": {
                    "$ref": "#/components/responses/Generic401"
                  },
                  "403": {
                    "$ref": "#/components/responses/Generic403"
                  },
                  "410": {
                    "$ref": "#/components/responses/Generic410"
                  },
                  "429": {
                    "$ref": "#/components/responses/Generic429"
                  }
                },
                "security": [
                  {
                    "notificationsBearerAuth": []
                  }
                ]
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The session was created.",
            "headers": {
              "x-correlator": {
                "$ref": "#/components/headers/x-correlator"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionInfo"
                },
                "examples": {
                  "REQUESTED": {
                    "$ref": "#/components/examples/SessionRequested"
                  },
                  "AVAILABLE": {
                    "$ref": "#/components/examples/SessionAvailable"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/CreateSession400"
          },
          "401": {
            "$ref": "#/components/responses/Generic401"
          },
          "403": {
            "$ref": "#/components/responses/Generic403"
          },
          "404": {
            "$ref": "#/components/responses/IdentifierNotFound404"
          },
          "409": {
            "$ref": "#/components/responses/SessionConflict409"
          },
          "422": {
            "$ref": "#/components/responses/CreateSession422"
          },
          "429": {
            "$ref": "#/components/responses/Generic429"
          }
        }
      }
    },
    "/sessions/{sessionId}": {
      "get": {
        "tags": [
          "QoS Sessions"
        ],
        "operationId": "getSession",
        "summary": "Get a QoS session",
        "description": "Returns a session created by the same API client. A session that ended with\n`NETWORK_TERMINATED` stays readable for at least 360 seconds.\n",
        "security": [
          {
            "openId": [
              "quality-on-demand:sessions:read"
            ]
          },
          {
            "rapidApiKey": [],
            "rapidApiHost": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/sessionId"
          },
          {
            "$ref": "#/components/parameters/x-correlator"
          }
        ],
        "responses": {
          "200": {
            "description": "The session.",
            "headers": {
              "x-correlator": {
                "$ref": "#/components/headers/x-correlator"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionInfo"
                },
                "examples": {
                  "AVAILABLE": {
                    "$ref": "#/components/examples/SessionAvailable"
                  },
                  "NETWORK_TERMINATED": {
                    "$ref": "#/components/examples/SessionNetworkTerminated"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Generic400"
          },
          "401": {
            "$ref": "#/components/responses/Generic401"
          },
          "403": {
            "$ref": "#/components/responses/Generic403"
          },
          "404": {
            "$ref": "#/components/responses/Generic404"
          },
          "429": {
            "$ref": "#/components/responses/Generic429"
          }
        }
      },
      "delete": {
        "tags": [
          "QoS Sessions"
        ],
        "operationId": "deleteSession",
        "summary": "Delete a QoS session",
        "description": "Ends the session and releases its resources. When the session was `AVAILABLE`\nand has a sink, a notification with `DELETE_REQUESTED` is sent. Reading the\nsession afterwards answers 404.\n",
        "security": [
          {
            "openId": [
              "quality-on-demand:sessions:delete"
            ]
          },
          {
            "rapidApiKey": [],
            "rapidApiHost": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/sessionId"
          },
          {
            "$ref": "#/components/parameters/x-correlator"
          }
        ],
        "responses": {
          "204": {
            "description": "The session was deleted.",
            "headers": {
              "x-correlator": {
                "$ref": "#/components/headers/x-correlator"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Generic400"
          },
          "401": {
            "$ref": "#/components/responses/Generic401"
          },
          "403": {
            "$ref": "#/components/responses/Generic403"
          },
          "404": {
            "$ref": "#/components/responses/Generic404"
          },
          "429": {
            "$ref": "#/components/responses/Generic429"
          }
        }
      }
    },
    "/sessions/{sessionId}/extend": {
      "post": {
        "tags": [
          "QoS Sessions"
        ],
        "operationId": "extendQosSessionDuration",
        "summary": "Extend the duration of a QoS session",
        "description": "Adds `requestedAdditionalDuration` seconds to an `AVAILABLE` session. The new\nduration is capped at the profile's maximum duration: a request beyond the cap\nis not refused, the session is extended up to it. `expiresAt` moves\naccordingly. A session in any other status answers\n`409 QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED`.\n",
        "security": [
          {
            "openId": [
              "quality-on-demand:sessions:update"
            ]
          },
          {
            "rapidApiKey": [],
            "rapidApiHost": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/sessionId"
          },
          {
            "$ref": "#/components/parameters/x-correlator"
          }
        ],
        "requestBody": {
          "description": "How many seconds to add.",
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExtendSessionDuration"
              },
              "examples": {
                "ONE_HOUR": {
                  "summary": "Add one hour",
                  "value": {
                    "requestedAdditionalDuration": 3600
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The session with its new duration and expiry.",
            "headers": {
              "x-correlator": {
                "$ref": "#/components/headers/x-correlator"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SessionInfo"
                },
                "examples": {
                  "EXTENDED": {
                    "$ref": "#/components/examples/SessionExtended"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Generic400"
          },
          "401": {
            "$ref": "#/components/responses/Generic401"
          },
          "403": {
            "$ref": "#/components/responses/Generic403"
          },
          "404": {
            "$ref": "#/components/responses/Generic404"
          },
          "409": {
            "$ref": "#/components/responses/ExtensionNotAllowed409"
          },
          "429": {
            "$ref": "#/components/responses/Generic429"
          }
        }
      }
    },
    "/retrieve-sessions": {
      "post": {
        "tags": [
          "QoS Sessions"
        ],
        "operationId": "retrieveSessionsByDevice",
        "summary": "Get the QoS sessions of a device",
        "description": "Returns the sessions of one device that belong to the calling API client, as a\nlist: an empty list when there are none. With a 3-legged token the device comes\nfrom the token and `device` must be left out.\n",
        "security": [
          {
            "openId": [
              "quality-on-demand:sessions:retrieve-by-device"
            ]
          },
          {
            "rapidApiKey": [],
            "rapidApiHost": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/x-correlator"
          }
        ],
        "requestBody": {
          "description": "The device whose sessions to return.",
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RetrieveSessionsInput"
              },
              "examples": {
                "BY_PHONE_NUMBER": {
                  "summary": "Sessions of a device, by phone number",
                  "value": {
                    "device": {
                      "phoneNumber": "+36721601234567"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The device's sessions; an empty list when it has none.",
            "headers": {
              "x-correlator": {
                "$ref": "#/components/headers/x-correlator"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RetrieveSessionsOutput"
                },
                "examples": {
                  "ONE_SESSION": {
                    "summary": "The device has one session",
                    "value": [
                      {
                        "sessionId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                        "device": {
                          "phoneNumber": "+36721601234567"
                        },
                        "applicationServer": {
                          "ipv4Address": "233.252.0.2"
                        },
                        "qosProfile": "DOWNLINK_L_UPLINK_L",
                        "duration": 3600,
                        "qosStatus": "AVAILABLE",
                        "startedAt": "2026-11-21T10:00:00Z",
                        "expiresAt": "2026-11-21T11:00:00Z"
                      }
                    ]
                  },
                  "NONE": {
                    "summary": "The device has no session",
                    "value": []
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Generic400"
          },
          "401": {
            "$ref": "#/components/responses/Generic401"
          },
          "403": {
            "$ref": "#/components/responses/Generic403"
          },
          "404": {
            "$ref": "#/components/responses/IdentifierNotFound404"
          },
          "422": {
            "$ref": "#/components/responses/DeviceIdentification422"
          },
          "429": {
            "$ref": "#/components/responses/Generic429"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "openId": {
        "type": "openIdConnect",
        "description": "OpenID Connect access token as `Authorization: Bearer <token>`. A client-credentials\ntoken (2-legged) names no device; a token bound to a device (3-legged) does.\n",
        "openIdConnectUrl": "https://example.com/.well-known/openid-configuration"
      },
      "rapidApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-RapidAPI-Key",
        "description": "Network as Code application key."
      },
      "rapidApiHost": {
        "type": "apiKey",
        "in": "header",
        "name": "X-RapidAPI-Host",
        "description": "Network as Code API host, e.g. `quality-of-service-on-demand.nokia.rapidapi.com`."
      },
      "notificationsBearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "The `accessToken` of the session's `sinkCredential`, sent with every notification."
      }
    },
    "parameters": {
      "sessionId": {
        "name": "sessionId",
        "in": "path",
        "description": "The session's identifier, as returned by createSession.",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/SessionId"
        }
      },
      "x-correlator": {
        "name": "x-correlator",
        "in": "header",
        "description": "Correlation id for the request, echoed on the response.",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/XCorrelator"
        }
      }
    },
    "headers": {
      "x-correlator": {
        "description": "The request's correlation id, echoed.",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/XCorrelator"
        },
        "example": "b4333c46-49c0-4f62-80d7-f0ef930f1c46"
      },
      "Retry-After": {
        "description": "Seconds to wait before sending another request.",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 30
      }
    },
    "schemas": {
      "XCorrelator": {
        "description": "Correlation id of a request.",
        "type": "string",
        "pattern": "^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$",
        "example": "b4333c46-49c0-4f62-80d7-f0ef930f1c46"
      },
      "SessionId": {
        "description": "Identifier of a QoS session.",
        "type": "string",
        "format": "uuid",
        "example": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
      },
      "QosProfileName": {
        "description": "Name of a QoS profile. Any name of this shape may be sent; which ones a provider\nknows is listed by the QoS Profiles API. `KnownQosProfile` lists the common ones.\n",
        "type": "string",
        "minLength": 3,
        "maxLength": 256,
        "pattern": "^[a-zA-Z0-9_.-]+$",
        "example": "DOWNLINK_L_UPLINK_L"
      },
      "KnownQosProfile": {
        "description": "The QoS profile labels known across providers (CAMARA and Network as Code). Not used\non the wire, where `qosProfile` is any `QosProfileName`.\n",
        "type": "string",
        "enum": [
          "DOWNLINK_S_UPLINK_S",
          "DOWNLINK_S_UPLINK_M",
          "DOWNLINK_S_UPLINK_L",
          "DOWNLINK_M_UPLINK_S",
          "DOWNLINK_M_UPLINK_M",
          "DOWNLINK_M_UPLINK_L",
          "DOWNLINK_L_UPLINK_S",
          "DOWNLINK_L_UPLINK_M",
          "DOWNLINK_L_UPLINK_L",
          "QOS_E",
          "QOS_S",
          "QOS_M",
          "QOS_L"
        ],
        "x-enumDescriptions": {
          "DOWNLINK_S_UPLINK_S": "Small downlink and small uplink bandwidth.",
          "DOWNLINK_S_UPLINK_M": "Small downlink, medium uplink bandwidth.",
          "DOWNLINK_S_UPLINK_L": "Small downlink, large uplink bandwidth.",
          "DOWNLINK_M_UPLINK_S": "Medium downlink, small uplink bandwidth.",
          "DOWNLINK_M_UPLINK_M": "Medium downlink, medium uplink bandwidth.",
          "DOWNLINK_M_UPLINK_L": "Medium downlink, large uplink bandwidth.",
          "DOWNLINK_L_UPLINK_S": "Large downlink, small uplink bandwidth.",
          "DOWNLINK_L_UPLINK_M": "Large downlink, medium uplink bandwidth.",
          "DOWNLINK_L_UPLINK_L": "Large downlink and large uplink bandwidth.",
          "QOS_E": "Stable latency under congestion, with limited bandwidth.",
          "QOS_S": "Throughput prioritised up to a lower limit.",
          "QOS_M": "Throughput prioritised up to a medium limit.",
          "QOS_L": "Throughput prioritised up to a higher limit, or with no explicit limit."
        },
        "example": "QOS_L"
      },
      "PhoneNumber": {
        "description": "E.164 phone number with a leading `+`, no spaces, dashes or parentheses.",
        "type": "string",
        "pattern": "^\\+[1-9][0-9]{4,14}$",
        "example": "+36721601234567"
      },
      "NetworkAccessIdentifier": {
        "description": "Network access identifier of the subscription, `user@realm`. Accepted by Network as\nCode; CAMARA providers answer `422 UNSUPPORTED_IDENTIFIER` when it is the only one.\n",
        "type": "string",
        "example": "device@testcsp.net"
      },
      "SingleIpv4Addr": {
        "description": "One IPv4 address, dotted decimal.",
        "type": "string",
        "format": "ipv4",
        "example": "233.252.0.2"
      },
      "Port": {
        "description": "A TCP or UDP port.",
        "type": "integer",
        "minimum": 0,
        "maximum": 65535,
        "example": 443
      },
      "DeviceIpv4Addr": {
        "description": "How the network sees the device over IPv4. The public address alone does not\nidentify a device behind NAT: give `privateAddress` or `publicPort` with it.\n",
        "type": "object",
        "anyOf": [
          {
            "title": "With private address",
            "type": "object",
            "properties": {
              "publicAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "privateAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "publicPort": {
                "$ref": "#/components/schemas/Port"
              }
            },
            "required": [
              "publicAddress",
              "privateAddress"
            ]
          },
          {
            "title": "With public port",
            "type": "object",
            "properties": {
              "publicAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "privateAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "publicPort": {
                "$ref": "#/components/schemas/Port"
              }
            },
            "required": [
              "publicAddress",
              "publicPort"
            ]
          }
        ],
        "example": {
          "publicAddress": "233.252.0.2",
          "privateAddress": "192.0.2.25"
        }
      },
      "DeviceIpv6Address": {
        "description": "The device's IPv6 address, as allocated by the network.",
        "type": "string",
        "format": "ipv6",
        "example": "2001:db8:1234:5678:9abc:def0:fedc:ba98"
      },
      "Device": {
        "description": "Identifies a device by one or more of its identifiers. When several are sent the\nprovider picks one, and responses carry only that one.\n",
        "type": "object",
        "properties": {
          "phoneNumber": {
            "$ref": "#/components/schemas/PhoneNumber"
          },
          "networkAccessIdentifier": {
            "$ref": "#/components/schemas/NetworkAccessIdentifier"
          },
          "ipv4Address": {
            "$ref": "#/components/schemas/DeviceIpv4Addr"
          },
          "ipv6Address": {
            "$ref": "#/components/schemas/DeviceIpv6Address"
          }
        },
        "minProperties": 1,
        "example": {
          "phoneNumber": "+36721601234567"
        }
      },
      "ApplicationServerIpv4Address": {
        "description": "An IPv4 address, optionally with a prefix length (`198.51.100.0/24`).",
        "type": "string",
        "pattern": "^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(\\/(3[0-2]|[12]?[0-9]))?$",
        "example": "233.252.0.2"
      },
      "ApplicationServerIpv6Address": {
        "description": "An IPv6 address, optionally with a prefix length (`2001:db8::/64`).",
        "type": "string",
        "pattern": "^[0-9a-fA-F:.]{2,45}(\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?$",
        "example": "2001:db8:85a3:8d3:1319:8a2e:370:7344"
      },
      "ApplicationServer": {
        "description": "The application server the device talks to; at least one address.",
        "type": "object",
        "properties": {
          "ipv4Address": {
            "$ref": "#/components/schemas/ApplicationServerIpv4Address"
          },
          "ipv6Address": {
            "$ref": "#/components/schemas/ApplicationServerIpv6Address"
          }
        },
        "minProperties": 1,
        "example": {
          "ipv4Address": "233.252.0.2"
        }
      },
      "PortRange": {
        "description": "An inclusive range of ports, `from` not above `to`.",
        "type": "object",
        "properties": {
          "from": {
            "$ref": "#/components/schemas/Port"
          },
          "to": {
            "$ref": "#/components/schemas/Port"
          }
        },
        "required": [
          "from",
          "to"
        ],
        "example": {
          "from": 5010,
          "to": 5020
        }
      },
      "PortsSpec": {
        "description": "Ports as ranges, single ports or both; at least one of the two lists.",
        "type": "object",
        "properties": {
          "ranges": {
            "description": "Inclusive port ranges.",
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/PortRange"
            }
          },
          "ports": {
            "description": "Single ports.",
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/Port"
            }
          }
        },
        "minProperties": 1,
        "example": {
          "ranges": [
            {
              "from": 5010,
              "to": 5020
            }
          ],
          "ports": [
            5060,
            5070
          ]
        }
      },
      "Duration": {
        "description": "Session duration in seconds. Network as Code allows at most 86400 (24 hours).",
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "example": 3600
      },
      "Sink": {
        "description": "HTTPS address that receives the session's status notifications.",
        "type": "string",
        "format": "uri",
        "pattern": "^https:\\/\\/.+$",
        "example": "https://application-server.example.com/notifications"
      },
      "SinkCredential": {
        "description": "How the provider authenticates to the sink. Only `ACCESSTOKEN` with a bearer token\nis accepted; `PLAIN` and `REFRESHTOKEN` answer `400 INVALID_CREDENTIAL`.\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/PlainCredential"
          },
          {
            "$ref": "#/components/schemas/AccessTokenCredential"
          },
          {
            "$ref": "#/components/schemas/RefreshTokenCredential"
          }
        ],
        "discriminator": {
          "propertyName": "credentialType",
          "mapping": {
            "PLAIN": "#/components/schemas/PlainCredential",
            "ACCESSTOKEN": "#/components/schemas/AccessTokenCredential",
            "REFRESHTOKEN": "#/components/schemas/RefreshTokenCredential"
          }
        }
      },
      "PlainCredential": {
        "description": "A user name and secret (not accepted for notifications).",
        "type": "object",
        "properties": {
          "credentialType": {
            "type": "string",
            "enum": [
              "PLAIN"
            ]
          },
          "identifier": {
            "type": "string",
            "description": "The user name."
          },
          "secret": {
            "type": "string",
            "description": "The secret."
          }
        },
        "required": [
          "credentialType",
          "identifier",
          "secret"
        ]
      },
      "AccessTokenCredential": {
        "description": "A bearer access token, sent as `Authorization` with every notification.",
        "type": "object",
        "properties": {
          "credentialType": {
            "type": "string",
            "enum": [
              "ACCESSTOKEN"
            ]
          },
          "accessToken": {
            "type": "string",
            "minLength": 1,
            "description": "The token."
          },
          "accessTokenExpiresUtc": {
            "type": "string",
            "format": "date-time",
            "description": "When the token expires, RFC 3339 with a time zone."
          },
          "accessTokenType": {
            "type": "string",
            "enum": [
              "bearer"
            ],
            "description": "The token type; only `bearer`."
          }
        },
        "required": [
          "credentialType",
          "accessToken",
          "accessTokenExpiresUtc",
          "accessTokenType"
        ],
        "example": {
          "credentialType": "ACCESSTOKEN",
          "accessToken": "notification-token",
          "accessTokenExpiresUtc": "2026-12-01T00:00:00Z",
          "accessTokenType": "bearer"
        }
      },
      "RefreshTokenCredential": {
        "description": "An access token with a refresh token (not accepted for notifications).",
        "type": "object",
        "properties": {
          "credentialType": {
            "type": "string",
            "enum": [
              "REFRESHTOKEN"
            ]
          },
          "accessToken": {
            "type": "string",
            "description": "The token."
          },
          "accessTokenExpiresUtc": {
            "type": "string",
            "format": "date-time",
            "description": "When the token expires."
          },
          "accessTokenType": {
            "type": "string",
            "enum": [
              "bearer"
            ],
            "description": "The token type."
          },
          "refreshToken": {
            "type": "string",
            "description": "The refresh token."
          },
          "refreshTokenEndpoint": {
            "type": "string",
            "format": "uri",
            "description": "Where to refresh the token."
          }
        },
        "required": [
          "credentialType",
          "accessToken",
          "accessTokenExpiresUtc",
          "accessTokenType",
          "refreshToken",
          "refreshTokenEndpoint"
        ]
      },
      "CreateSession": {
        "description": "A request for a QoS session.",
        "type": "object",
        "properties": {
          "device": {
            "$ref": "#/components/schemas/Device"
          },
          "applicationServer": {
            "$ref": "#/components/schemas/ApplicationServer"
          },
          "devicePorts": {
            "$ref": "#/components/schemas/PortsSpec"
          },
          "applicationServerPorts": {
            "$ref": "#/components/schemas/PortsSpec"
          },
          "qosProfile": {
            "$ref": "#/components/schemas/QosProfileName"
          },
          "duration": {
            "$ref": "#/components/schemas/Duration"
          },
          "sink": {
            "$ref": "#/components/schemas/Sink"
          },
          "sinkCredential": {
            "$ref": "#/components/schemas/SinkCredential"
          }
        },
        "required": [
          "applicationServer",
          "qosProfile",
          "duration"
        ]
      },
      "QosStatus": {
        "description": "`REQUESTED`: being set up. `AVAILABLE`: the profile is applied.\n`UNAVAILABLE`: ended; `statusInfo` says why.\n",
        "type": "string",
        "enum": [
          "REQUESTED",
          "AVAILABLE",
          "UNAVAILABLE"
        ]
      },
      "StatusInfo": {
        "description": "Why a session is `UNAVAILABLE`.",
        "type": "string",
        "enum": [
          "DURATION_EXPIRED",
          "NETWORK_TERMINATED",
          "DELETE_REQUESTED"
        ]
      },
      "SessionInfo": {
        "description": "A QoS session. `startedAt` and `expiresAt` are absent while `REQUESTED`; while\n`AVAILABLE`, `expiresAt` is `startedAt` plus `duration`; once `UNAVAILABLE`,\n`expiresAt` is when it ended. `statusInfo` is present only when `UNAVAILABLE`.\n",
        "type": "object",
        "properties": {
          "sessionId": {
            "$ref": "#/components/schemas/SessionId"
          },
          "device": {
            "$ref": "#/components/schemas/Device"
          },
          "applicationServer": {
            "$ref": "#/components/schemas/ApplicationServer"
          },
          "devicePorts": {
            "$ref": "#/components/schemas/PortsSpec"
          },
          "applicationServerPorts": {
            "$ref": "#/components/schemas/PortsSpec"
          },
          "qosProfile": {
            "$ref": "#/components/schemas/QosProfileName"
          },
          "sink": {
            "$ref": "#/components/schemas/Sink"
          },
          "duration": {
            "$ref": "#/components/schemas/Duration"
          },
          "startedAt": {
            "description": "When the session became `AVAILABLE`, RFC 3339 with a time zone.",
            "type": "string",
            "format": "date-time",
            "example": "2026-11-21T10:00:00Z"
          },
          "expiresAt": {
            "description": "When the session ends or ended, RFC 3339 with a time zone.",
            "type": "string",
            "format": "date-time",
            "example": "2026-11-21T11:00:00Z"
          },
          "qosStatus": {
            "$ref": "#/components/schemas/QosStatus"
          },
          "statusInfo": {
            "$ref": "#/components/schemas/StatusInfo"
          }
        },
        "required": [
          "sessionId",
          "applicationServer",
          "qosProfile",
          "duration",
          "qosStatus"
        ]
      },
      "ExtendSessionDuration": {
        "description": "Seconds to add to an `AVAILABLE` session.",
        "type": "object",
        "properties": {
          "requestedAdditionalDuration": {
            "description": "Seconds to add; the result is capped at the profile's maximum duration.",
            "type": "integer",
            "format": "int32",
            "minimum": 1,
            "example": 3600
          }
        },
        "required": [
          "requestedAdditionalDuration"
        ]
      },
      "RetrieveSessionsInput": {
        "description": "The device whose sessions to return; left out with a 3-legged token.",
        "type": "object",
        "properties": {
          "device": {
            "$ref": "#/components/schemas/Device"
          }
        }
      },
      "RetrieveSessionsOutput": {
        "description": "The sessions of a device.",
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SessionInfo"
        }
      },
      "CloudEvent": {
        "description": "A session status change, as a CloudEvents 1.0 event.",
        "type": "object",
        "properties": {
          "id": {
            "description": "Unique per event.",
            "type": "string",
            "minLength": 1
          },
          "source": {
            "description": "Who sent the event.",
            "type": "string",
            "format": "uri-reference",
            "minLength": 1
          },
          "type": {
            "description": "The event type.",
            "type": "string",
            "enum": [
              "org.camaraproject.quality-on-demand.v1.qos-status-changed"
            ]
          },
          "specversion": {
            "description": "The CloudEvents version.",
            "type": "string",
            "enum": [
              "1.0"
            ]
          },
          "datacontenttype": {
            "description": "Media type of `data`.",
            "type": "string",
            "enum": [
              "application/json"
            ]
          },
          "time": {
            "description": "When the status changed, RFC 3339.",
            "type": "string",
            "format": "date-time"
          },
          "data": {
            "$ref": "#/components/schemas/QosStatusChangedData"
          }
        },
        "required": [
          "id",
          "source",
          "type",
          "specversion",
          "time",
          "data"
        ]
      },
      "QosStatusChangedData": {
        "description": "The session and its new status.",
        "type": "object",
        "properties": {
          "sessionId": {
            "$ref": "#/components/schemas/SessionId"
          },
          "qosStatus": {
            "description": "The new status.",
            "type": "string",
            "enum": [
              "AVAILABLE",
              "UNAVAILABLE"
            ]
          },
          "statusInfo": {
            "$ref": "#/components/schemas/StatusInfo"
          }
        },
        "required": [
          "sessionId",
          "qosStatus"
        ]
      },
      "ErrorInfo": {
        "description": "The body of every error response.",
        "type": "object",
        "properties": {
          "status": {
            "description": "The HTTP status code.",
            "type": "integer"
          },
          "code": {
            "description": "A machine-readable error code.",
            "type": "string"
          },
          "message": {
            "description": "What went wrong, for people.",
            "type": "string"
          }
        },
        "required": [
          "status",
          "code",
          "message"
        ]
      }
    },
    "responses": {
      "Generic400": {
        "description": "The request is malformed or a value is out of range.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        400
                      ]
                    },
                    "code": {
                      "enum": [
                        "INVALID_ARGUMENT",
                        "OUT_OF_RANGE"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "INVALID_ARGUMENT": {
                "$ref": "#/components/examples/InvalidArgument"
              },
              "OUT_OF_RANGE": {
                "$ref": "#/components/examples/OutOfRange"
              }
            }
          }
        }
      },
      "CreateSession400": {
        "description": "The request is malformed, a value is out of range, or the sink or its credential is not accepted.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        400
                      ]
                    },
                    "code": {
                      "enum": [
                        "INVALID_ARGUMENT",
                        "OUT_OF_RANGE",
                        "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE",
                        "INVALID_SINK",
                        "INVALID_CREDENTIAL",
                        "INVALID_TOKEN"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "INVALID_ARGUMENT": {
                "$ref": "#/components/examples/InvalidArgument"
              },
              "OUT_OF_RANGE": {
                "$ref": "#/components/examples/OutOfRange"
              },
              "DURATION_OUT_OF_RANGE": {
                "summary": "Duration outside the profile's limits",
                "value": {
                  "status": 400,
                  "code": "QUALITY_ON_DEMAND.DURATION_OUT_OF_RANGE",
                  "message": "The requested duration is out of the allowed range for the specified QoS profile"
                }
              },
              "INVALID_SINK": {
                "summary": "Sink is not an https URL",
                "value": {
                  "status": 400,
                  "code": "INVALID_SINK",
                  "message": "sink not valid for the specified protocol"
                }
              },
              "INVALID_CREDENTIAL": {
                "summary": "Credential type not accepted",
                "value": {
                  "status": 400,
                  "code": "INVALID_CREDENTIAL",
                  "message": "Only Access token is supported"
                }
              },
              "INVALID_TOKEN": {
                "summary": "Token type not accepted",
                "value": {
                  "status": 400,
                  "code": "INVALID_TOKEN",
                  "message": "Only bearer token is supported"
                }
              }
            }
          }
        }
      },
      "Generic401": {
        "description": "The credentials are missing, invalid or expired.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        401
                      ]
                    },
                    "code": {
                      "enum": [
                        "UNAUTHENTICATED"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "UNAUTHENTICATED": {
                "summary": "Missing, invalid or expired credentials",
                "value": {
                  "status": 401,
                  "code": "UNAUTHENTICATED",
                  "message": "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required."
                }
              }
            }
          }
        }
      },
      "Generic403": {
        "description": "The client may not do this (scope, or another client's session).",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        403
                      ]
                    },
                    "code": {
                      "enum": [
                        "PERMISSION_DENIED"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "PERMISSION_DENIED": {
                "summary": "Not allowed",
                "value": {
                  "status": 403,
                  "code": "PERMISSION_DENIED",
                  "message": "Client does not have sufficient permissions to perform this action."
                }
              }
            }
          }
        }
      },
      "Generic404": {
        "description": "No such session.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        404
                      ]
                    },
                    "code": {
                      "enum": [
                        "NOT_FOUND"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "NOT_FOUND": {
                "$ref": "#/components/examples/NotFound"
              }
            }
          }
        }
      },
      "IdentifierNotFound404": {
        "description": "The device is not known to the network.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        404
                      ]
                    },
                    "code": {
                      "enum": [
                        "NOT_FOUND",
                        "IDENTIFIER_NOT_FOUND"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "NOT_FOUND": {
                "$ref": "#/components/examples/NotFound"
              },
              "IDENTIFIER_NOT_FOUND": {
                "summary": "Unknown device",
                "value": {
                  "status": 404,
                  "code": "IDENTIFIER_NOT_FOUND",
                  "message": "Device identifier not found."
                }
              }
            }
          }
        }
      },
      "SessionConflict409": {
        "description": "The flow overlaps a live session of the same device.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        409
                      ]
                    },
                    "code": {
                      "enum": [
                        "CONFLICT"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "CONFLICT": {
                "summary": "Overlapping session",
                "value": {
                  "status": 409,
                  "code": "CONFLICT",
                  "message": "Conflict with an existing session for the same device."
                }
              }
            }
          }
        }
      },
      "ExtensionNotAllowed409": {
        "description": "The session is not `AVAILABLE`, so it cannot be extended.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        409
                      ]
                    },
                    "code": {
                      "enum": [
                        "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "SESSION_EXTENSION_NOT_ALLOWED": {
                "summary": "Session not AVAILABLE",
                "value": {
                  "status": 409,
                  "code": "QUALITY_ON_DEMAND.SESSION_EXTENSION_NOT_ALLOWED",
                  "message": "Extending the session duration is not allowed in the current state (REQUESTED). The session must be in the AVAILABLE state."
                }
              }
            }
          }
        }
      },
      "CreateSession422": {
        "description": "The device cannot be identified as sent, or the service or profile does not apply to it.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        422
                      ]
                    },
                    "code": {
                      "enum": [
                        "SERVICE_NOT_APPLICABLE",
                        "MISSING_IDENTIFIER",
                        "UNSUPPORTED_IDENTIFIER",
                        "UNNECESSARY_IDENTIFIER",
                        "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "SERVICE_NOT_APPLICABLE": {
                "$ref": "#/components/examples/ServiceNotApplicable"
              },
              "MISSING_IDENTIFIER": {
                "$ref": "#/components/examples/MissingIdentifier"
              },
              "UNSUPPORTED_IDENTIFIER": {
                "$ref": "#/components/examples/UnsupportedIdentifier"
              },
              "UNNECESSARY_IDENTIFIER": {
                "$ref": "#/components/examples/UnnecessaryIdentifier"
              },
              "QOS_PROFILE_NOT_APPLICABLE": {
                "summary": "Profile not active",
                "value": {
                  "status": 422,
                  "code": "QUALITY_ON_DEMAND.QOS_PROFILE_NOT_APPLICABLE",
                  "message": "The requested QoS Profile is currently not available for session creation."
                }
              }
            }
          }
        }
      },
      "DeviceIdentification422": {
        "description": "The device cannot be identified as sent, or the service does not apply to it.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        422
                      ]
                    },
                    "code": {
                      "enum": [
                        "SERVICE_NOT_APPLICABLE",
                        "MISSING_IDENTIFIER",
                        "UNSUPPORTED_IDENTIFIER",
                        "UNNECESSARY_IDENTIFIER"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "SERVICE_NOT_APPLICABLE": {
                "$ref": "#/components/examples/ServiceNotApplicable"
              },
              "MISSING_IDENTIFIER": {
                "$ref": "#/components/examples/MissingIdentifier"
              },
              "UNSUPPORTED_IDENTIFIER": {
                "$ref": "#/components/examples/UnsupportedIdentifier"
              },
              "UNNECESSARY_IDENTIFIER": {
                "$ref": "#/components/examples/UnnecessaryIdentifier"
              }
            }
          }
        }
      },
      "Generic410": {
        "description": "The receiver is gone; stop sending notifications to it.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        410
                      ]
                    },
                    "code": {
                      "enum": [
                        "GONE"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "GONE": {
                "summary": "Receiver gone",
                "value": {
                  "status": 410,
                  "code": "GONE",
                  "message": "Access to the target resource is no longer available."
                }
              }
            }
          }
        }
      },
      "Generic429": {
        "description": "Too many requests, or the quota is used up. `Retry-After` says when to try again.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          },
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        429
                      ]
                    },
                    "code": {
                      "enum": [
                        "QUOTA_EXCEEDED",
                        "TOO_MANY_REQUESTS"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "QUOTA_EXCEEDED": {
                "summary": "Quota used up",
                "value": {
                  "status": 429,
                  "code": "QUOTA_EXCEEDED",
                  "message": "Out of resource quota."
                }
              },
              "TOO_MANY_REQUESTS": {
                "summary": "Rate limit reached",
                "value": {
                  "status": 429,
                  "code": "TOO_MANY_REQUESTS",
                  "message": "Rate limit reached."
                }
              }
            }
          }
        }
      }
    },
    "examples": {
      "CreateSessionMinimal": {
        "summary": "A device by phone number, one hour",
        "value": {
          "device": {
            "phoneNumber": "+36721601234567"
          },
          "applicationServer": {
            "ipv4Address": "233.252.0.2"
          },
          "qosProfile": "DOWNLINK_L_UPLINK_L",
          "duration": 3600
        }
      },
      "CreateSessionWithPortsAndSink": {
        "summary": "Ports, IPv6 server and notifications",
        "value": {
          "device": {
            "ipv4Address": {
              "publicAddress": "233.252.0.2",
              "privateAddress": "192.0.2.25"
            }
          },
          "applicationServer": {
            "ipv4Address": "198.51.100.0/24",
            "ipv6Address": "2001:db8:85a3:8d3:1319:8a2e:370:7344"
          },
          "devicePorts": {
            "ports": [
              5060
            ]
          },
          "applicationServerPorts": {
            "ranges": [
              {
                "from": 8000,
                "to": 8080
              }
            ],
            "ports": [
              443
            ]
          },
          "qosProfile": "QOS_L",
          "duration": 86400,
          "sink": "https://application-server.example.com/notifications",
          "sinkCredential": {
            "credentialType": "ACCESSTOKEN",
            "accessToken": "notification-token",
            "accessTokenExpiresUtc": "2026-12-01T00:00:00Z",
            "accessTokenType": "bearer"
          }
        }
      },
      "SessionRequested": {
        "summary": "Just created, being set up",
        "value": {
          "sessionId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "device": {
            "phoneNumber": "+36721601234567"
          },
          "applicationServer": {
            "ipv4Address": "233.252.0.2"
          },
          "qosProfile": "DOWNLINK_L_UPLINK_L",
          "duration": 3600,
          "qosStatus": "REQUESTED"
        }
      },
      "SessionAvailable": {
        "summary": "Active, with ports and a sink",
        "value": {
          "sessionId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "device": {
            "phoneNumber": "+36721601234567"
          },
          "applicationServer": {
            "ipv4Address": "233.252.0.2"
          },
          "devicePorts": {
            "ports": [
              5060
            ]
          },
          "applicationServerPorts": {
            "ranges": [
              {
                "from": 8000,
                "to": 8080
              }
            ]
          },
          "qosProfile": "DOWNLINK_L_UPLINK_L",
          "sink": "https://application-server.example.com/notifications",
          "duration": 3600,
          "startedAt": "2026-11-21T10:00:00Z",
          "expiresAt": "2026-11-21T11:00:00Z",
          "qosStatus": "AVAILABLE"
        }
      },
      "SessionExtended": {
        "summary": "Extended by one hour",
        "value": {
          "sessionId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "device": {
            "phoneNumber": "+36721601234567"
          },
          "applicationServer": {
            "ipv4Address": "233.252.0.2"
          },
          "qosProfile": "DOWNLINK_L_UPLINK_L",
          "duration": 7200,
          "startedAt": "2026-11-21T10:00:00Z",
          "expiresAt": "2026-11-21T12:00:00Z",
          "qosStatus": "AVAILABLE"
        }
      },
      "SessionNetworkTerminated": {
        "summary": "Ended by the network",
        "value": {
          "sessionId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "device": {
            "phoneNumber": "+36721601234567"
          },
          "applicationServer": {
            "ipv4Address": "233.252.0.2"
          },
          "qosProfile": "DOWNLINK_L_UPLINK_L",
          "duration": 3600,
          "startedAt": "2026-11-21T10:00:00Z",
          "expiresAt": "2026-11-21T10:20:00Z",
          "qosStatus": "UNAVAILABLE",
          "statusInfo": "NETWORK_TERMINATED"
        }
      },
      "NotificationAvailable": {
        "summary": "The session became AVAILABLE",
        "value": {
          "id": "1",
          "source": "https://qod.example.com/quality-on-demand/v1/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "type": "org.camaraproject.quality-on-demand.v1.qos-status-changed",
          "specversion": "1.0",
          "datacontenttype": "application/json",
          "time": "2026-11-21T10:00:00Z",
          "data": {
            "sessionId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "qosStatus": "AVAILABLE"
          }
        }
      },
      "NotificationDurationExpired": {
        "summary": "The session ran out",
        "value": {
          "id": "2",
          "source": "https://qod.example.com/quality-on-demand/v1/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "type": "org.camaraproject.quality-on-demand.v1.qos-status-changed",
          "specversion": "1.0",
          "datacontenttype": "application/json",
          "time": "2026-11-21T11:00:00Z",
          "data": {
            "sessionId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "qosStatus": "UNAVAILABLE",
            "statusInfo": "DURATION_EXPIRED"
          }
        }
      },
      "InvalidArgument": {
        "summary": "A field is malformed",
        "value": {
          "status": 400,
          "code": "INVALID_ARGUMENT",
          "message": "duration: must be an integer of at least 1"
        }
      },
      "OutOfRange": {
        "summary": "A value is out of range",
        "value": {
          "status": 400,
          "code": "OUT_OF_RANGE",
          "message": "devicePorts.ports[0]: must be at most 65535"
        }
      },
      "NotFound": {
        "summary": "No such session",
        "value": {
          "status": 404,
          "code": "NOT_FOUND",
          "message": "The specified resource is not found."
        }
      },
      "ServiceNotApplicable": {
        "summary": "The device may not use QoD",
        "value": {
          "status": 422,
          "code": "SERVICE_NOT_APPLICABLE",
          "message": "The service is not available for the provided identifier."
        }
      },
      "MissingIdentifier": {
        "summary": "No device and a 2-legged token",
        "value": {
          "status": 422,
          "code": "MISSING_IDENTIFIER",
          "message": "The device cannot be identified."
        }
      },
      "UnsupportedIdentifier": {
        "summary": "Identifier not supported",
        "value": {
          "status": 422,
          "code": "UNSUPPORTED_IDENTIFIER",
          "message": "The identifier provided is not supported."
        }
      },
      "UnnecessaryIdentifier": {
        "summary": "Device sent with a 3-legged token",
        "value": {
          "status": 422,
          "code": "UNNECESSARY_IDENTIFIER",
          "message": "The device is already identified by the access token."
        }
      }
    }
  }
};

export const qosProfilesDocument: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "QoS Profiles",
    "version": "1.1.0",
    "description": "The QoS profiles a provider offers, with their limits: rates, latency, jitter,\npriority and the shortest and longest session duration. A Quality on Demand session\nnames one of these profiles.\n\nProfiles are `ACTIVE` (usable for new sessions), `INACTIVE` (not usable now) or\n`DEPRECATED` (being withdrawn). Some profiles are offered only to some devices:\nasking with a device lists what that device may use.\n\nWire-compatible with CAMARA QoS Profiles 1.1.0. Every operation accepts an optional\n`x-correlator` header and echoes it on the response, errors included. Errors share\none body: `{status, code, message}`.\n",
    "license": {
      "name": "Apache 2.0",
      "url": "https://www.apache.org/licenses/LICENSE-2.0.html"
    },
    "contact": {
      "name": "QoD toolkit maintainers",
      "url": "https://github.com/qod-toolkit/qod-toolkit",
      "email": "qod-toolkit@example.com"
    }
  },
  "externalDocs": {
    "description": "CAMARA QoS Profiles",
    "url": "https://github.com/camaraproject/QualityOnDemand"
  },
  "servers": [
    {
      "url": "{apiRoot}/qos-profiles/v1",
      "variables": {
        "apiRoot": {
          "default": "http://localhost:9091",
          "description": "Scheme, host and optional base path of the provider's API."
        }
      }
    }
  ],
  "tags": [
    {
      "name": "QoS Profiles",
      "description": "List and read QoS profiles."
    }
  ],
  "security": [
    {
      "openId": [
        "qos-profiles:read"
      ]
    },
    {
      "rapidApiKey": [],
      "rapidApiHost": []
    }
  ],
  "paths": {
    "/retrieve-qos-profiles": {
      "post": {
        "tags": [
          "QoS Profiles"
        ],
        "operationId": "retrieveQoSProfiles",
        "summary": "List QoS profiles",
        "description": "Lists the profiles that match every filter given: `name`, `status`, and `device`\n(only the profiles that device may use; an ineligible device gets an empty list).\nAn empty body lists every profile. With a 3-legged token the device comes from the\ntoken and `device` must be left out.\n",
        "security": [
          {
            "openId": [
              "qos-profiles:read"
            ]
          },
          {
            "rapidApiKey": [],
            "rapidApiHost": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/x-correlator"
          }
        ],
        "requestBody": {
          "description": "Filters; all optional.",
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/QosProfileDeviceRequest"
              },
              "examples": {
                "ALL": {
                  "summary": "Every profile",
                  "value": {}
                },
                "ACTIVE_FOR_DEVICE": {
                  "summary": "The active profiles a device may use",
                  "value": {
                    "device": {
                      "phoneNumber": "+36721601234567"
                    },
                    "status": "ACTIVE"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The matching profiles; an empty list when none match.",
            "headers": {
              "x-correlator": {
                "$ref": "#/components/headers/x-correlator"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/QosProfile"
                  }
                },
                "examples": {
                  "TWO_PROFILES": {
                    "summary": "Two matching profiles",
                    "value": [
                      {
                        "name": "QOS_L",
                        "description": "Throughput prioritised up to a higher limit, or with no explicit limit.",
                        "status": "ACTIVE",
                        "maxDownstreamRate": {
                          "value": 1,
                          "unit": "Gbps"
                        },
                        "minDuration": {
                          "value": 1,
                          "unit": "Seconds"
                        },
                        "maxDuration": {
                          "value": 24,
                          "unit": "Hours"
                        },
                        "priority": 20
                      },
                      {
                        "name": "QOS_E",
                        "description": "Stable latency under congestion, with limited bandwidth.",
                        "status": "ACTIVE",
                        "maxDownstreamRate": {
                          "value": 10,
                          "unit": "Mbps"
                        },
                        "packetDelayBudget": {
                          "value": 20,
                          "unit": "Milliseconds"
                        },
                        "minDuration": {
                          "value": 1,
                          "unit": "Seconds"
                        },
                        "maxDuration": {
                          "value": 24,
                          "unit": "Hours"
                        }
                      }
                    ]
                  },
                  "NONE": {
                    "summary": "Nothing matches",
                    "value": []
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Generic400"
          },
          "401": {
            "$ref": "#/components/responses/Generic401"
          },
          "403": {
            "$ref": "#/components/responses/Generic403"
          },
          "404": {
            "$ref": "#/components/responses/IdentifierNotFound404"
          },
          "422": {
            "$ref": "#/components/responses/DeviceIdentification422"
          },
          "429": {
            "$ref": "#/components/responses/Generic429"
          }
        }
      }
    },
    "/qos-profiles/{name}": {
      "get": {
        "tags": [
          "QoS Profiles"
        ],
        "operationId": "getQosProfile",
        "summary": "Get a QoS profile",
        "description": "Returns one profile by name, whatever its status.",
        "security": [
          {
            "openId": [
              "qos-profiles:read"
            ]
          },
          {
            "rapidApiKey": [],
            "rapidApiHost": []
          }
        ],
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "description": "The profile's name.",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/QosProfileName"
            }
          },
          {
            "$ref": "#/components/parameters/x-correlator"
          }
        ],
        "responses": {
          "200": {
            "description": "The profile.",
            "headers": {
              "x-correlator": {
                "$ref": "#/components/headers/x-correlator"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/QosProfile"
                },
                "examples": {
                  "QOS_L": {
                    "$ref": "#/components/examples/QosLProfile"
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/Generic400"
          },
          "401": {
            "$ref": "#/components/responses/Generic401"
          },
          "403": {
            "$ref": "#/components/responses/Generic403"
          },
          "404": {
            "$ref": "#/components/responses/Generic404"
          },
          "429": {
            "$ref": "#/components/responses/Generic429"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "openId": {
        "type": "openIdConnect",
        "description": "OpenID Connect access token as `Authorization: Bearer <token>`. A client-credentials\ntoken (2-legged) names no device; a token bound to a device (3-legged) does.\n",
        "openIdConnectUrl": "https://example.com/.well-known/openid-configuration"
      },
      "rapidApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-RapidAPI-Key",
        "description": "Network as Code application key."
      },
      "rapidApiHost": {
        "type": "apiKey",
        "in": "header",
        "name": "X-RapidAPI-Host",
        "description": "Network as Code API host."
      }
    },
    "parameters": {
      "x-correlator": {
        "name": "x-correlator",
        "in": "header",
        "description": "Correlation id for the request, echoed on the response.",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/XCorrelator"
        }
      }
    },
    "headers": {
      "x-correlator": {
        "description": "The request's correlation id, echoed.",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/XCorrelator"
        },
        "example": "b4333c46-49c0-4f62-80d7-f0ef930f1c46"
      },
      "Retry-After": {
        "description": "Seconds to wait before sending another request.",
        "required": false,
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 30
      }
    },
    "schemas": {
      "XCorrelator": {
        "description": "Correlation id of a request.",
        "type": "string",
        "pattern": "^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$",
        "example": "b4333c46-49c0-4f62-80d7-f0ef930f1c46"
      },
      "QosProfileName": {
        "description": "Name of a QoS profile.",
        "type": "string",
        "minLength": 3,
        "maxLength": 256,
        "pattern": "^[a-zA-Z0-9_.-]+$",
        "example": "QOS_L"
      },
      "QosProfileStatusEnum": {
        "description": "`ACTIVE`: usable for new sessions. `INACTIVE`: not usable now.\n`DEPRECATED`: being withdrawn, not usable for new sessions.\n",
        "type": "string",
        "enum": [
          "ACTIVE",
          "INACTIVE",
          "DEPRECATED"
        ]
      },
      "RateUnitEnum": {
        "description": "Unit of a rate.",
        "type": "string",
        "enum": [
          "bps",
          "kbps",
          "Mbps",
          "Gbps",
          "Tbps"
        ]
      },
      "Rate": {
        "description": "A bit rate.",
        "type": "object",
        "properties": {
          "value": {
            "description": "How many units.",
            "type": "integer",
            "format": "int32",
            "minimum": 0,
            "maximum": 1024,
            "example": 10
          },
          "unit": {
            "$ref": "#/components/schemas/RateUnitEnum"
          }
        },
        "required": [
          "value",
          "unit"
        ]
      },
      "TimeUnitEnum": {
        "description": "Unit of a duration.",
        "type": "string",
        "enum": [
          "Days",
          "Hours",
          "Minutes",
          "Seconds",
          "Milliseconds",
          "Microseconds",
          "Nanoseconds"
        ]
      },
      "Duration": {
        "description": "A span of time.",
        "type": "object",
        "properties": {
          "value": {
            "description": "How many units.",
            "type": "integer",
            "format": "int32",
            "minimum": 1,
            "example": 12
          },
          "unit": {
            "$ref": "#/components/schemas/TimeUnitEnum"
          }
        },
        "required": [
          "value",
          "unit"
        ]
      },
      "CountryAvailability": {
        "description": "Where a profile is offered.",
        "type": "object",
        "properties": {
          "countryCode": {
            "description": "ISO 3166-1 alpha-2 country code.",
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "example": "HU"
          },
          "networks": {
            "description": "The networks (MCC and MNC) offering it; all of the country's when absent.",
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "string",
              "pattern": "^[0-9]{5,6}$",
              "example": "21601"
            }
          }
        },
        "required": [
          "countryCode"
        ]
      },
      "QosProfile": {
        "description": "A QoS profile and its limits.",
        "type": "object",
        "properties": {
          "name": {
            "$ref": "#/components/schemas/QosProfileName"
          },
          "description": {
            "description": "What the profile is for.",
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/QosProfileStatusEnum"
          },
          "targetMinUpstreamRate": {
            "$ref": "#/components/schemas/Rate"
          },
          "maxUpstreamRate": {
            "$ref": "#/components/schemas/Rate"
          },
          "maxUpstreamBurstRate": {
            "$ref": "#/components/schemas/Rate"
          },
          "targetMinDownstreamRate": {
            "$ref": "#/components/schemas/Rate"
          },
          "maxDownstreamRate": {
            "$ref": "#/components/schemas/Rate"
          },
          "maxDownstreamBurstRate": {
            "$ref": "#/components/schemas/Rate"
          },
          "minDuration": {
            "$ref": "#/components/schemas/Duration"
          },
          "maxDuration": {
            "$ref": "#/components/schemas/Duration"
          },
          "priority": {
            "description": "Scheduling priority; 1 is the highest.",
            "type": "integer",
            "format": "int32",
            "minimum": 1,
            "maximum": 100,
            "example": 20
          },
          "packetDelayBudget": {
            "$ref": "#/components/schemas/Duration"
          },
          "jitter": {
            "$ref": "#/components/schemas/Duration"
          },
          "packetErrorLossRate": {
            "description": "Packet error loss rate as the exponent n of 10^-n.",
            "type": "integer",
            "format": "int32",
            "minimum": 1,
            "maximum": 10,
            "example": 3
          },
          "countryAvailability": {
            "description": "Where the profile is offered; everywhere the provider operates when absent.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CountryAvailability"
            }
          }
        },
        "required": [
          "name",
          "status"
        ]
      },
      "PhoneNumber": {
        "description": "E.164 phone number with a leading `+`, no spaces, dashes or parentheses.",
        "type": "string",
        "pattern": "^\\+[1-9][0-9]{4,14}$",
        "example": "+36721601234567"
      },
      "NetworkAccessIdentifier": {
        "description": "Network access identifier of the subscription, `user@realm`.",
        "type": "string",
        "example": "device@testcsp.net"
      },
      "SingleIpv4Addr": {
        "description": "One IPv4 address, dotted decimal.",
        "type": "string",
        "format": "ipv4",
        "example": "233.252.0.2"
      },
      "Port": {
        "description": "A TCP or UDP port.",
        "type": "integer",
        "minimum": 0,
        "maximum": 65535,
        "example": 443
      },
      "DeviceIpv4Addr": {
        "description": "How the network sees the device over IPv4. The public address alone does not\nidentify a device behind NAT: give `privateAddress` or `publicPort` with it.\n",
        "type": "object",
        "anyOf": [
          {
            "title": "With private address",
            "type": "object",
            "properties": {
              "publicAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "privateAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "publicPort": {
                "$ref": "#/components/schemas/Port"
              }
            },
            "required": [
              "publicAddress",
              "privateAddress"
            ]
          },
          {
            "title": "With public port",
            "type": "object",
            "properties": {
              "publicAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "privateAddress": {
                "$ref": "#/components/schemas/SingleIpv4Addr"
              },
              "publicPort": {
                "$ref": "#/components/schemas/Port"
              }
            },
            "required": [
              "publicAddress",
              "publicPort"
            ]
          }
        ]
      },
      "DeviceIpv6Address": {
        "description": "The device's IPv6 address, as allocated by the network.",
        "type": "string",
        "format": "ipv6",
        "example": "2001:db8:1234:5678:9abc:def0:fedc:ba98"
      },
      "Device": {
        "description": "Identifies a device by one or more of its identifiers.",
        "type": "object",
        "properties": {
          "phoneNumber": {
            "$ref": "#/components/schemas/PhoneNumber"
          },
          "networkAccessIdentifier": {
            "$ref": "#/components/schemas/NetworkAccessIdentifier"
          },
          "ipv4Address": {
            "$ref": "#/components/schemas/DeviceIpv4Addr"
          },
          "ipv6Address": {
            "$ref": "#/components/schemas/DeviceIpv6Address"
          }
        },
        "minProperties": 1
      },
      "QosProfileDeviceRequest": {
        "description": "Filters for listing profiles; all optional.",
        "type": "object",
        "properties": {
          "device": {
            "$ref": "#/components/schemas/Device"
          },
          "name": {
            "$ref": "#/components/schemas/QosProfileName"
          },
          "status": {
            "$ref": "#/components/schemas/QosProfileStatusEnum"
          }
        }
      },
      "ErrorInfo": {
        "description": "The body of every error response.",
        "type": "object",
        "properties": {
          "status": {
            "description": "The HTTP status code.",
            "type": "integer"
          },
          "code": {
            "description": "A machine-readable error code.",
            "type": "string"
          },
          "message": {
            "description": "What went wrong, for people.",
            "type": "string"
          }
        },
        "required": [
          "status",
          "code",
          "message"
        ]
      }
    },
    "responses": {
      "Generic400": {
        "description": "The request is malformed or a value is out of range.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        400
                      ]
                    },
                    "code": {
                      "enum": [
                        "INVALID_ARGUMENT",
                        "OUT_OF_RANGE"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "INVALID_ARGUMENT": {
                "summary": "A field is malformed",
                "value": {
                  "status": 400,
                  "code": "INVALID_ARGUMENT",
                  "message": "name: must match ^[a-zA-Z0-9_.-]+$"
                }
              },
              "OUT_OF_RANGE": {
                "summary": "A value is out of range",
                "value": {
                  "status": 400,
                  "code": "OUT_OF_RANGE",
                  "message": "device.ipv4Address.publicPort: must be at most 65535"
                }
              }
            }
          }
        }
      },
      "Generic401": {
        "description": "The credentials are missing, invalid or expired.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        401
                      ]
                    },
                    "code": {
                      "enum": [
                        "UNAUTHENTICATED"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "UNAUTHENTICATED": {
                "summary": "Missing, invalid or expired credentials",
                "value": {
                  "status": 401,
                  "code": "UNAUTHENTICATED",
                  "message": "Request not authenticated due to missing, invalid, or expired credentials. A new authentication is required."
                }
              }
            }
          }
        }
      },
      "Generic403": {
        "description": "The client may not do this.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        403
                      ]
                    },
                    "code": {
                      "enum": [
                        "PERMISSION_DENIED"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "PERMISSION_DENIED": {
                "summary": "Not allowed",
                "value": {
                  "status": 403,
                  "code": "PERMISSION_DENIED",
                  "message": "Client does not have sufficient permissions to perform this action."
                }
              }
            }
          }
        }
      },
      "Generic404": {
        "description": "No such profile.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        404
                      ]
                    },
                    "code": {
                      "enum": [
                        "NOT_FOUND"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "NOT_FOUND": {
                "summary": "No such profile",
                "value": {
                  "status": 404,
                  "code": "NOT_FOUND",
                  "message": "The specified resource is not found."
                }
              }
            }
          }
        }
      },
      "IdentifierNotFound404": {
        "description": "The device is not known to the network.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        404
                      ]
                    },
                    "code": {
                      "enum": [
                        "IDENTIFIER_NOT_FOUND"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "IDENTIFIER_NOT_FOUND": {
                "summary": "Unknown device",
                "value": {
                  "status": 404,
                  "code": "IDENTIFIER_NOT_FOUND",
                  "message": "Device identifier not found."
                }
              }
            }
          }
        }
      },
      "DeviceIdentification422": {
        "description": "The device cannot be identified as sent, or the service does not apply to it.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        422
                      ]
                    },
                    "code": {
                      "enum": [
                        "SERVICE_NOT_APPLICABLE",
                        "UNSUPPORTED_IDENTIFIER",
                        "UNNECESSARY_IDENTIFIER"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "SERVICE_NOT_APPLICABLE": {
                "summary": "The device may not use QoS profiles",
                "value": {
                  "status": 422,
                  "code": "SERVICE_NOT_APPLICABLE",
                  "message": "The service is not available for the provided identifier."
                }
              },
              "UNSUPPORTED_IDENTIFIER": {
                "summary": "Identifier not supported",
                "value": {
                  "status": 422,
                  "code": "UNSUPPORTED_IDENTIFIER",
                  "message": "The identifier provided is not supported."
                }
              },
              "UNNECESSARY_IDENTIFIER": {
                "summary": "Device sent with a 3-legged token",
                "value": {
                  "status": 422,
                  "code": "UNNECESSARY_IDENTIFIER",
                  "message": "The device is already identified by the access token."
                }
              }
            }
          }
        }
      },
      "Generic429": {
        "description": "Too many requests, or the quota is used up. `Retry-After` says when to try again.",
        "headers": {
          "x-correlator": {
            "$ref": "#/components/headers/x-correlator"
          },
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ErrorInfo"
                },
                {
                  "type": "object",
                  "properties": {
                    "status": {
                      "enum": [
                        429
                      ]
                    },
                    "code": {
                      "enum": [
                        "QUOTA_EXCEEDED",
                        "TOO_MANY_REQUESTS"
                      ]
                    }
                  }
                }
              ]
            },
            "examples": {
              "QUOTA_EXCEEDED": {
                "summary": "Quota used up",
                "value": {
                  "status": 429,
                  "code": "QUOTA_EXCEEDED",
                  "message": "Out of resource quota."
                }
              },
              "TOO_MANY_REQUESTS": {
                "summary": "Rate limit reached",
                "value": {
                  "status": 429,
                  "code": "TOO_MANY_REQUESTS",
                  "message": "Rate limit reached."
                }
              }
            }
          }
        }
      }
    },
    "examples": {
      "QosLProfile": {
        "summary": "The QOS_L profile",
        "value": {
          "name": "QOS_L",
          "description": "Throughput prioritised up to a higher limit, or with no explicit limit.",
          "status": "ACTIVE",
          "targetMinUpstreamRate": {
            "value": 10,
            "unit": "Mbps"
          },
          "maxUpstreamRate": {
            "value": 100,
            "unit": "Mbps"
          },
          "targetMinDownstreamRate": {
            "value": 50,
            "unit": "Mbps"
          },
          "maxDownstreamRate": {
            "value": 1,
            "unit": "Gbps"
          },
          "minDuration": {
            "value": 1,
            "unit": "Seconds"
          },
          "maxDuration": {
            "value": 24,
            "unit": "Hours"
          },
          "priority": 20,
          "packetDelayBudget": {
            "value": 50,
            "unit": "Milliseconds"
          },
          "jitter": {
            "value": 10,
            "unit": "Milliseconds"
          },
          "packetErrorLossRate": 3,
          "countryAvailability": [
            {
              "countryCode": "HU",
              "networks": [
                "21601"
              ]
            }
          ]
        }
      }
    }
  }
};
