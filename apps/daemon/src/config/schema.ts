// The shape of qodd.yaml. Device, ports and addresses are checked afterwards with the SDK's own
// validators (see session-input.ts) so the daemon refuses exactly what the SDK would.

import { qodApiVersions } from "@qod/sdk";
import * as z from "zod";
import { tokenSourceSchema } from "./token-source-schema.js";

const seconds = (what: string, min = 1) =>
  z.int(`${what} is a whole number of seconds`).min(min, `${what} is at least ${min} second${min === 1 ? "" : "s"}`);

const port = z.int("port is a whole number").min(0, "port is 0 to 65535").max(65535, "port is 0 to 65535");

const listenSchema = (defaultPort: number) =>
  z
    .strictObject({
      host: z.string().min(1, "host must not be empty").default("127.0.0.1"),
      port: port.default(defaultPort),
    })
    .prefault({});

const httpUrl = z.string("must be a URL").refine((v) => URL.canParse(v) && /^https?:/i.test(v), {
  message: "must be an absolute http(s) URL",
});

const SESSION_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Longest total duration a declared finite session may ask for (30 days). */
export const MAX_DECLARED_DURATION = 30 * 86400;

export const sessionSchema = z
  .strictObject({
    name: z
      .string("name is text")
      .regex(SESSION_NAME, "name is 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit"),
    device: z.unknown(),
    profile: z.string("profile is a QoS profile name, e.g. QOS_L"),
    serviceIpv4: z.string("serviceIpv4 is text").optional(),
    serviceIpv6: z.string("serviceIpv6 is text").optional(),
    ports: z
      .strictObject(
        { service: z.unknown().optional(), device: z.unknown().optional() },
        { error: "ports is {service?: {ports, ranges}, device?: {ports, ranges}}" },
      )
      .optional(),
    duration: seconds("duration")
      .max(MAX_DECLARED_DURATION, "duration is at most 2592000 seconds (30 days)")
      .optional(),
    keepAlive: z.boolean("keepAlive is true or false").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.device === undefined) ctx.addIssue({ code: "custom", path: ["device"], message: "is required" });
    const keepAlive = v.keepAlive === true;
    if (keepAlive === (v.duration !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [keepAlive ? "duration" : "keepAlive"],
        message: keepAlive
          ? "give either duration or keepAlive: true, not both"
          : "give either duration (seconds) or keepAlive: true",
      });
    }
  });

/** The whole config file. */
export const configSchema = z.strictObject({
  upstream: z.strictObject({
    baseUrl: httpUrl,
    profilesBaseUrl: httpUrl,
    /** The QoD version the provider speaks; the SDK derives the paths from it. */
    apiVersion: z.enum(qodApiVersions, `apiVersion is ${qodApiVersions.join(" or ")}`).default("1.1.0"),
    auth: z.enum(["bearer", "rapidapi"], "auth is bearer or rapidapi").default("bearer"),
    rapidApiHost: z.string().min(1).optional(),
    token: tokenSourceSchema,
    timeoutSeconds: seconds("timeoutSeconds").default(10),
    maxRetries: z.int("maxRetries is a whole number").min(0).max(10, "maxRetries is at most 10").default(2),
    allowInsecure: z.boolean().default(false),
    allowUnknownProfiles: z.boolean().default(false),
  }),
  listen: listenSchema(7070),
  api: z.strictObject({ token: tokenSourceSchema }),
  notifications: z
    .strictObject({
      listen: listenSchema(7443),
      publicUrl: z
        .string()
        .refine((v) => URL.canParse(v) && /^https:/i.test(v), "publicUrl must be an https:// URL")
        .optional(),
      tls: z.strictObject({
        cert: z.string().min(1, "cert is the path of a PEM certificate"),
        key: z.string().min(1, "key is the path of a PEM private key"),
      }),
    })
    .optional(),
  polling: z
    .strictObject({
      intervalSeconds: seconds("intervalSeconds").default(300),
      maxPerSecond: z.number("maxPerSecond is a number").positive("maxPerSecond is above 0").max(1000).default(5),
    })
    .prefault({}),
  reconcile: z
    .strictObject({
      marginSeconds: seconds("marginSeconds").default(300),
      sessionSeconds: seconds("sessionSeconds").max(86400, "sessionSeconds is at most 86400").default(3600),
      extendSeconds: seconds("extendSeconds").default(3600),
      concurrency: z.int().min(1).max(256, "concurrency is at most 256").default(16),
    })
    .prefault({})
    .refine((r) => r.marginSeconds < r.sessionSeconds, {
      message: "marginSeconds must be below sessionSeconds, or every session would be extended at once",
      path: ["marginSeconds"],
    }),
  leases: z
    .strictObject({
      maxTtlSeconds: seconds("maxTtlSeconds").default(86400),
      max: z.int().min(1).default(100_000),
    })
    .prefault({}),
  store: z
    .strictObject({
      dir: z.string().min(1, "dir is the state directory").optional(),
      postgres: z
        .strictObject({
          url: z.union(
            [
              z
                .string()
                .refine((v) => /^postgres(ql)?:\/\//.test(v) && URL.canParse(v), "url is postgres://user@host:port/db"),
              tokenSourceSchema,
            ],
            "url is postgres://... or a secret source: {env: NAME} / {file: PATH} / {command: CMD}",
          ),
          schema: z
            .string()
            .regex(/^[a-z_][a-z0-9_]{0,62}$/, "schema is a lower-case SQL name, e.g. qodd")
            .default("qodd"),
          poolSize: z
            .int("poolSize is a whole number of connections")
            .min(2, "poolSize is at least 2 (leader elections share the pool with writes)")
            .max(100, "poolSize is at most 100")
            .default(10),
          advertiseUrl: z
            .string()
            .refine((v) => URL.canParse(v) && /^https?:/i.test(v), "advertiseUrl is this replica's API URL")
            .optional(),
        })
        .optional(),
    })
    .prefault({}),
  shutdown: z
    .strictObject({
      keepOnExit: z.boolean().default(false),
      timeoutSeconds: seconds("timeoutSeconds").max(600).default(20),
    })
    .prefault({}),
  log: z
    .strictObject({
      level: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    })
    .prefault({}),
  sessions: z.array(sessionSchema, "sessions is a list").default([]),
});

/** The config as parsed, before the SDK checks of each session. */
export type RawConfig = z.output<typeof configSchema>;
/** One `sessions:` entry as parsed. */
export type RawSessionConfig = RawConfig["sessions"][number];
