import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeHome, qod, type Running, start } from "./support.js";

// The same commands against `qod sandbox start` on a loopback port, reached over HTTP.
const { dir, env: base } = makeHome();
const stateFile = join(dir, "server-state.json");
const PHONE = ["--phone", "+36721601234567"];
let server: Running;
let url = "";
let env: NodeJS.ProcessEnv = base;

async function control(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${url}/sandbox/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

beforeAll(async () => {
  server = start(["sandbox", "start", "--port", "0", "--activation-delay", "0", "--state", stateFile], base);
  url = (await server.waitFor(/^(http:\/\/127\.0\.0\.1:\d+)\n/))[1] as string;
  env = { ...base, QOD_BASE_URL: url };
});

afterAll(async () => {
  if (server.child.exitCode === null) await server.exit("SIGTERM");
});

describe("qod sandbox start", () => {
  it("prints only its URL on stdout and how to use it on stderr", () => {
    expect(server.stdout()).toBe(`${url}\n`);
    expect(server.stderr()).toContain(`export QOD_BASE_URL=${url}`);
  });

  let id = "";

  it("sessions create --wait returns once AVAILABLE; list and get see it over HTTP", async () => {
    const created = await qod(
      [
        "sessions",
        "create",
        ...PHONE,
        "--service-ipv4",
        "233.252.0.2",
        "--profile",
        "QOS_L",
        "--duration",
        "15m",
        "--wait",
        "--json",
      ],
      env,
    );
    expect(created.code).toBe(0);
    const session = JSON.parse(created.stdout);
    expect(session).toMatchObject({ status: "AVAILABLE", duration: 900, profile: "QOS_L" });
    expect(created.stderr).not.toContain("embedded sandbox");
    id = session.id;

    const [listed, got] = await Promise.all([
      qod(["sessions", "list", ...PHONE], env),
      qod(["sessions", "get", id], env),
    ]);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+QOS_L\\s+AVAILABLE\\s+1[45]m \\d+s\\s+`, "m"));
    expect(got.stdout).toMatch(/^Duration +15m \(900 s\)$/m);
    expect(got.stdout).toMatch(/^Expires +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+00:00 \(.*Z\)$/m);
  });

  it("sessions extend caps at the profile's maximum and says so", async () => {
    const r = await qod(["sessions", "extend", id, "--by", "24h"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Duration +24h \(86400 s\)$/m);
    expect(r.stderr).toMatch(
      /^qod: the provider capped the session at 24h in all \(the profile's maximum\); 24h was asked$/m,
    );
  });

  it("sessions watch follows the session live until the network ends it", async () => {
    const watch = start(["sessions", "watch", id, "--interval", "100ms"], env);
    await watch.waitFor(/^AVAILABLE {2}\d+h \d+m \d+s left/m);
    const terminated = await qod(["sandbox", "terminate", id], env);
    expect(terminated.code).toBe(0);
    expect(await watch.exit()).toBe(0);
    const lines = watch.stdout().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^UNAVAILABLE \(NETWORK_TERMINATED\) {2}ended /);
  });

  it("sessions delete and clear", async () => {
    expect((await qod(["sessions", "delete", id], env)).stdout).toBe(`deleted session ${id}\n`);
    const again = await qod(["sessions", "delete", id], env);
    expect(again.code).toBe(4);
    await qod(["sessions", "create", ...PHONE, "--service-ipv6", "2001:db8::7", "--profile", "QOS_E"], env);
    const cleared = await qod(["sessions", "clear", ...PHONE, "--yes"], env);
    expect(cleared.stdout).toMatch(/^deleted 1 session of \+36721601234567: [0-9a-f-]{36}\n$/);
  });

  it("profiles list for a device and profiles get", async () => {
    const [forDevice, one] = await Promise.all([
      qod(
        ["profiles", "list", "--status", "active", "--ipv6", "2001:db8:1234:5678:9abc:def0:fedc:ba98", "--json"],
        env,
      ),
      qod(["profiles", "get", "DOWNLINK_L_UPLINK_L"], env),
    ]);
    const statuses = JSON.parse(forDevice.stdout).map((p: { status: string }) => p.status);
    expect(statuses.length).toBeGreaterThanOrEqual(13);
    expect(new Set(statuses)).toEqual(new Set(["ACTIVE"]));
    expect(one.stdout).toMatch(/^Name +DOWNLINK_L_UPLINK_L$/m);
  });

  it("sandbox devices, token, clock and reset act on the server", async () => {
    const added = await qod(["sandbox", "devices", "add", "--nai", "tester@testcsp.net", "--json"], env);
    expect(JSON.parse(added.stdout)).toMatchObject({
      eligible: true,
      device: { networkAccessIdentifier: "tester@testcsp.net" },
    });
    const state = await (await fetch(`${url}/sandbox/v1/devices`)).json();
    expect(JSON.stringify(state)).toContain("tester@testcsp.net");

    const before = Date.parse(JSON.parse((await qod(["sandbox", "clock", "show", "--json"], env)).stdout).now);
    const after = Date.parse(JSON.parse((await qod(["sandbox", "clock", "advance", "1h", "--json"], env)).stdout).now);
    expect(after - before).toBeGreaterThanOrEqual(3_600_000);
    expect(after - before).toBeLessThan(3_660_000);

    const reset = await qod(["sandbox", "reset"], env);
    expect(reset.code).toBe(0);
    const devices = await (await fetch(`${url}/sandbox/v1/devices`)).json();
    expect(JSON.stringify(devices)).not.toContain("tester@testcsp.net");
  });

  it("provider failures map to exit codes: 429 → 6, 500 → 7, unreachable → 7", async () => {
    await control("/faults", { path: "/qos-profiles/v1/retrieve-qos-profiles", status: 429, retryAfter: 0, count: 3 });
    const limited = await qod(["profiles", "list"], env);
    expect(limited.code).toBe(6);
    expect(limited.stderr).toMatch(/^error: 429 /m);

    await control("/faults", { path: "/qos-profiles/v1/retrieve-qos-profiles", status: 500, count: 1 });
    const failed = await qod(["profiles", "list", "--json"], env);
    expect(failed.code).toBe(7);
    expect(JSON.parse(failed.stderr.trim()).error).toMatchObject({ status: 500, exitCode: 7 });

    const port = await closedPort();
    const unreachable = await qod(["sessions", "get", "3fa85f64-5717-4562-b3fc-2c963f66afa6"], {
      ...env,
      QOD_BASE_URL: `http://127.0.0.1:${port}`,
    });
    expect(unreachable.code).toBe(7);
    expect(unreachable.stderr).toMatch(/^error: cannot reach the provider: /m);
  });

  it("a named context gives the base URL and a token command; the token is never written", async () => {
    const minted = (await qod(["sandbox", "token"], env)).stdout.trim();
    writeFileSync(join(dir, "token"), minted);
    const set = await qod(["config", "set", "base-url", url, "--context", "local"], base);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe(`context local: base-url = ${url}\n`);
    await qod(["config", "set", "token-command", `cat ${join(dir, "token")}`, "--context", "local"], base);
    const refused = await qod(["config", "set", "token", minted], base);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: token: qod never stores tokens/);
    expect(refused.stderr).not.toContain(minted);

    // Setting keys never switches contexts; `use` does.
    expect(JSON.parse((await qod(["config", "show", "--json"], base)).stdout).currentContext).toBeNull();
    expect((await qod(["config", "use", "local"], base)).code).toBe(0);
    const listed = await qod(["sessions", "list", ...PHONE, "--json"], base);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([]);

    const shown = JSON.parse((await qod(["config", "show", "--json"], base)).stdout);
    expect(shown).toMatchObject({
      currentContext: "local",
      effective: { context: "local", target: `${url}/quality-on-demand/v1`, token: "the context's token-command" },
    });
    const file = readFileSync(join(dir, "config", "qod", "config.yaml"), "utf8");
    expect(file).toContain(`base-url: ${url}`);
    expect(file).not.toContain(minted);

    await qod(["config", "set", "base-url", "https://api.example.com", "--context", "other"], base);
    expect((await qod(["config", "use", "other"], base)).stdout).toBe("current context: other\n");
    expect((await qod(["config", "unset", "base-url"], base)).stdout).toBe("context other: base-url removed\n");
    expect((await qod(["config", "use", "missing"], base)).code).toBe(2);
  });

  it("stops cleanly on SIGTERM and keeps its state file; Ctrl-C ends a watch with exit 0", async () => {
    const made = await qod(
      ["sessions", "create", ...PHONE, "--service-ipv4", "233.252.0.9", "--profile", "QOS_M", "--json"],
      env,
    );
    const watch = start(["sessions", "watch", JSON.parse(made.stdout).id, "--interval", "100ms"], env);
    await watch.waitFor(/^AVAILABLE /m);
    expect(await watch.exit("SIGINT")).toBe(0);
    expect(await server.exit("SIGTERM")).toBe(0);
    expect(server.stderr()).toMatch(/sandbox stopped\n$/);
    expect(readFileSync(stateFile, "utf8")).toContain("233.252.0.9");
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
