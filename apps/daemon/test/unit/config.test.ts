import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { loadConfig, parseConfig } from "../../src/config/load-config.js";

const dir = mkdtempSync(join(tmpdir(), "qodd-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BASE = `
upstream:
  baseUrl: https://qod.example.net/quality-on-demand/v1
  profilesBaseUrl: https://qod.example.net/qos-profiles/v1
  token: { env: QOD_TOKEN }
api:
  token: { file: api-token }
`;

function issuesOf(text: string, mode = 0o600): { path: string; message: string }[] {
  try {
    parseConfig(text, join(dir, "qodd.yaml"), mode);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.issues];
    throw error;
  }
  throw new Error("expected the config to be refused");
}

describe("config", () => {
  it("fills defaults and resolves paths against the config file's folder", () => {
    const c = parseConfig(
      `${BASE}
sessions:
  - name: cam
    device: { phoneNumber: "+36721601234567" }
    profile: QOS_L
    serviceIpv4: 198.51.100.1
    ports: { service: { ports: [443] }, device: { ranges: [{ start: 5000, end: 5010 }] } }
    keepAlive: true
`,
      join(dir, "qodd.yaml"),
    );
    expect(c.listen).toEqual({ host: "127.0.0.1", port: 7070 });
    expect(c.reconcile).toEqual({ marginSeconds: 300, sessionSeconds: 3600, extendSeconds: 3600, concurrency: 16 });
    expect(c.shutdown).toEqual({ keepOnExit: false, timeoutSeconds: 20 });
    expect(c.api.token.file).toBe(join(dir, "api-token"));
    expect(c.store.dir).toBe(join(dir, "qodd-state"));
    expect(c.notifications).toBeUndefined();
    // Normalised by the SDK: {start, end} ranges become {from, to}.
    expect(c.sessions[0]?.spec).toEqual({
      device: { phoneNumber: "+36721601234567" },
      profile: "QOS_L",
      serviceIpv4: "198.51.100.1",
      servicePorts: { ports: [443] },
      devicePorts: { ranges: [{ from: 5000, to: 5010 }] },
    });
  });

  it("takes the provider's QoD version, 1.1.0 by default", () => {
    expect(parseConfig(BASE, join(dir, "qodd.yaml"), 0o600).upstream.apiVersion).toBe("1.1.0");
    const rc3 = BASE.replace("  token: { env: QOD_TOKEN }", "  token: { env: QOD_TOKEN }\n  apiVersion: 1.2.0-rc.3");
    expect(parseConfig(rc3, join(dir, "qodd.yaml"), 0o600).upstream.apiVersion).toBe("1.2.0-rc.3");
    const bad = BASE.replace("  token: { env: QOD_TOKEN }", "  token: { env: QOD_TOKEN }\n  apiVersion: 2.0.0");
    expect(issuesOf(bad)).toContainEqual({
      path: "upstream.apiVersion",
      message: "apiVersion is 1.1.0 or 1.2.0-rc.3",
    });
  });

  it("names the field of every problem", () => {
    const issues = issuesOf(`
upstream:
  baseUrl: not a url
  token: {}
listen: { port: 70000 }
api: { token: { env: API } }
reconcile: { marginSeconds: 4000 }
extra: 1
sessions:
  - name: cam
    device: { phoneNumber: "+36 72 160 1234" }
    profile: QOS_XL
    keepAlive: true
    duration: 60
`);
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "upstream.baseUrl",
        "upstream.profilesBaseUrl",
        "upstream.token",
        "listen.port",
        "reconcile.marginSeconds",
        "sessions[0].duration",
      ]),
    );
    expect(issues.find((i) => i.path === "upstream.token")?.message).toMatch(
      /exactly one of env, file, command or value/,
    );
    expect(issues.some((i) => i.message.includes("extra"))).toBe(true);
  });

  it("sizes the PostgreSQL pool: 10 connections by default, 2 to 100 when set", () => {
    const pg = (extra: string) => `${BASE}store:\n  postgres:\n    url: postgres://qodd@127.0.0.1:5432/qodd\n${extra}`;
    expect(parseConfig(pg(""), join(dir, "qodd.yaml"), 0o600).store.postgres?.poolSize).toBe(10);
    expect(parseConfig(pg("    poolSize: 24\n"), join(dir, "qodd.yaml"), 0o600).store.postgres?.poolSize).toBe(24);
    expect(issuesOf(pg("    poolSize: 1\n"))).toContainEqual({
      path: "store.postgres.poolSize",
      message: "poolSize is at least 2 (leader elections share the pool with writes)",
    });
    expect(issuesOf(pg("    poolSize: 2.5\n"))).toContainEqual({
      path: "store.postgres.poolSize",
      message: "poolSize is a whole number of connections",
    });
  });

  it("checks devices, profiles, addresses and ports with the SDK's validators", () => {
    const issues = issuesOf(`${BASE}
sessions:
  - name: a
    device: { phoneNumber: "+36 72 160 1234" }
    profile: QOS_XL
    serviceIpv4: 198.51.100.1
    keepAlive: true
  - name: b
    device: { ipv4Address: { publicAddress: 233.252.0.2 } }
    profile: QOS_L
    duration: 600
  - name: c
    device: { phoneNumber: "+36721601234567" }
    profile: QOS_L
    serviceIpv6: 2001:db8::1
    ports: { service: { ranges: [{ from: 9000, to: 8000 }] } }
    duration: 600
`);
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath["sessions[0].device.phoneNumber"]).toMatch(/spaces/);
    expect(byPath["sessions[0].profile"]).toMatch(/unknown QoS profile/);
    expect(byPath["sessions[1].device.ipv4Address"]).toMatch(/privateAddress or publicPort/);
    expect(byPath["sessions[1].serviceIpv4"]).toMatch(/application server/);
    expect(byPath["sessions[2].ports.service.ranges[0]"]).toMatch(/from not above to/);
  });

  it("refuses duplicate names and two declarations on one flow", () => {
    const session = `
  - name: cam
    device: { phoneNumber: "+36721601234567" }
    profile: QOS_L
    serviceIpv4: 198.51.100.1
    keepAlive: true`;
    const issues = issuesOf(`${BASE}\nsessions:${session}${session.replace("QOS_L", "QOS_M")}`);
    expect(issues.map((i) => i.path)).toEqual(["sessions[1].name", "sessions[1]"]);
    expect(issues[1]?.message).toMatch(/409 CONFLICT/);
  });

  it("takes an inline token only when the file is readable by its owner alone", async () => {
    const text = BASE.replace("{ env: QOD_TOKEN }", "{ value: s3cret-token }");
    const file = join(dir, "inline.yaml");
    writeFileSync(file, text);
    chmodSync(file, 0o644);
    const refused = await loadConfig(file).catch((e: ConfigError) => e);
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as ConfigError).issues).toEqual([
      { path: "upstream.token.value", message: expect.stringContaining("chmod 600") },
    ]);
    expect((refused as ConfigError).message).not.toContain("s3cret-token");
    chmodSync(file, 0o600);
    expect((await loadConfig(file)).upstream.token.value).toBe("s3cret-token");
  });

  it("reports YAML syntax errors with their line, and unreadable files", async () => {
    const issues = issuesOf("upstream:\n  baseUrl: [unclosed\n");
    expect(issues[0]?.message).toMatch(/^YAML line \d+/);
    const missing = await loadConfig(join(dir, "nope.yaml")).catch((e: ConfigError) => e);
    expect((missing as ConfigError).issues[0]?.message).toBe("cannot read the file (ENOENT)");
  });
});
