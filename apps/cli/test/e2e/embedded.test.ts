import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeHome, notes, qod, start } from "./support.js";

// Every command against the embedded sandbox, in one private home: each `qod` below is a new
// process, so anything one of them sees that another did proves the state file is shared.
const { dir, env } = makeHome();
const PHONE = ["--phone", "+36721601234567"];
const CREATE = ["sessions", "create", ...PHONE, "--service-ipv4", "233.252.0.2", "--profile", "DOWNLINK_L_UPLINK_L"];
const EMBEDDED_NOTE =
  /^qod: using the embedded sandbox \(state in .*\/state\/qod\/sandbox\.db\); for a real provider set QOD_BASE_URL or run 'qod config set base-url <url>' \(QOD_QUIET=1 hides this note\)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let id = "";

describe("embedded sandbox", () => {
  it("profiles list: a table on stdout, one note on stderr saying it is the local sandbox", async () => {
    const r = await qod(["profiles", "list"], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAME\s+STATUS\s+MAX DOWN\s+MAX UP\s+DELAY\s+MAX DURATION$/);
    expect(lines).toContainEqual(expect.stringMatching(/^QOS_E\s+ACTIVE\s+10 Mbps\s+10 Mbps\s+20ms\s+24h$/));
    expect(notes(r.stderr)).toEqual([expect.stringMatching(EMBEDDED_NOTE)]);
    expect(existsSync(join(dir, "state", "qod", "sandbox.db"))).toBe(true);
  });

  it("sessions create --json: exactly one JSON document on stdout", async () => {
    const r = await qod([...CREATE, "--duration", "1h", "--service-ports", "80,443,8000-8080", "--json"], env);
    expect(r.code).toBe(0);
    const session = JSON.parse(r.stdout);
    expect(session).toMatchObject({
      profile: "DOWNLINK_L_UPLINK_L",
      status: "REQUESTED",
      duration: 3600,
      serviceIpv4: "233.252.0.2",
      servicePorts: { ports: [80, 443], ranges: [{ from: 8000, to: 8080 }] },
      device: { phoneNumber: "+36721601234567" },
    });
    expect(session.id).toMatch(UUID);
    expect(notes(r.stderr)).toEqual([expect.stringMatching(EMBEDDED_NOTE)]);
    id = session.id;
  });

  it("sessions list in a second process sees the session the first one created", async () => {
    // Still REQUESTED, or already AVAILABLE when this process started more than the sandbox's
    // 1 s activation delay after the first.
    const STATE = "(REQUESTED\\s+1h 0m 0s \\(not started\\)\\s+-|AVAILABLE\\s+(59m \\d+s|1h 0m 0s)\\s+\\S+ \\S+ \\S+)";
    const r = await qod(["sessions", "list", ...PHONE], env);
    expect(r.code).toBe(0);
    const [header, row, ...rest] = r.stdout.trimEnd().split("\n");
    expect(header).toMatch(/^ID\s+PROFILE\s+STATUS\s+REMAINING\s+EXPIRES\s+SERVICE$/);
    expect(row).toMatch(new RegExp(`^${id}\\s+DOWNLINK_L_UPLINK_L\\s+${STATE}\\s+233\\.252\\.0\\.2$`));
    expect(rest).toEqual([]);
  });

  it("sandbox clock advance moves sandbox time; the session activates", async () => {
    const advanced = await qod(["sandbox", "clock", "advance", "2s", "--json"], env);
    expect(advanced.code).toBe(0);
    expect(Number.isNaN(Date.parse(JSON.parse(advanced.stdout).now))).toBe(false);
    const r = await qod(["sessions", "get", id], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Status +AVAILABLE$/m);
    expect(r.stdout).toMatch(/^Service ports +80,443,8000-8080$/m);
    expect(r.stdout).toMatch(/^Started +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+00:00 \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)$/m);
    expect(r.stdout).toMatch(/^Remaining +(59m \d+s|1h 0m 0s)$/m);
  });

  it("sessions extend --by 5m adds five minutes", async () => {
    const r = await qod(["sessions", "extend", id, "--by", "5m", "--json"], env);
    expect(r.code).toBe(0);
    const session = JSON.parse(r.stdout);
    expect(session.duration).toBe(3900);
    expect(Date.parse(session.expiresAt) - Date.parse(session.startedAt)).toBe(3_900_000);
  });

  it("a second session for the same flow is a conflict: exit 5 with the provider's code and correlator", async () => {
    const r = await qod([...CREATE, "--duration", "10m"], env);
    expect(r.code).toBe(5);
    expect(r.stdout).toBe("");
    expect(notes(r.stderr).at(-1)).toMatch(/^error: 409 CONFLICT: .+ \(x-correlator [0-9a-f-]{36}\)$/);
  });

  it("sessions watch follows the shared state live: another process terminates the session, watch ends", async () => {
    const watch = start(["sessions", "watch", id, "--interval", "100ms"], env);
    await watch.waitFor(/^AVAILABLE {2}1h \d+m \d+s left/m);
    const other = await qod(
      ["sessions", "create", ...PHONE, "--service-ipv4", "233.252.0.99", "--profile", "QOS_S"],
      env,
    );
    expect(other.code).toBe(0);
    const terminated = await qod(["sandbox", "terminate", id], env);
    expect(terminated.code).toBe(0);
    expect(terminated.stdout).toBe(`session ${id}: UNAVAILABLE (NETWORK_TERMINATED)\n`);
    expect(await watch.exit()).toBe(0);
    expect(watch.stdout().trimEnd().split("\n")[1]).toMatch(/^UNAVAILABLE \(NETWORK_TERMINATED\) {2}ended /);
    // The watcher wrote nothing stale back: the session made meanwhile is still there.
    const listed = JSON.parse((await qod(["sessions", "list", ...PHONE, "--json"], env)).stdout);
    expect(listed.map((s: { serviceIpv4: string }) => s.serviceIpv4)).toContain("233.252.0.99");
  });

  it("sessions delete, then get: exit 4 with NOT_FOUND", async () => {
    const deleted = await qod(["sessions", "delete", id, "--json"], env);
    expect(deleted.code).toBe(0);
    expect(JSON.parse(deleted.stdout)).toEqual({ id, deleted: true });
    const r = await qod(["sessions", "get", id, "--json"], env);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe("");
    const error = JSON.parse(notes(r.stderr).at(-1) as string).error;
    expect(error).toMatchObject({ name: "NotFoundError", status: 404, code: "NOT_FOUND", exitCode: 4 });
    expect(error.correlator).toMatch(UUID);
  });

  it("sessions clear refuses without --yes when stdin is not a terminal, and deletes every session with it", async () => {
    const a = JSON.parse((await qod([...CREATE, "--duration", "60", "--json"], env)).stdout);
    const b = JSON.parse(
      (
        await qod(
          ["sessions", "create", ...PHONE, "--service-ipv6", "2001:db8::5", "--profile", "QOS_E", "--json"],
          env,
        )
      ).stdout,
    );
    const refused = await qod(["sessions", "clear", ...PHONE], env);
    expect(refused.code).toBe(2);
    expect(notes(refused.stderr).at(-1)).toBe(
      "error: --yes: refusing to delete every session of +36721601234567 without confirmation: stdin is not a terminal, so pass --yes",
    );
    expect(JSON.parse((await qod(["sessions", "list", ...PHONE, "--json"], env)).stdout)).toHaveLength(3);
    const r = await qod(["sessions", "clear", ...PHONE, "--yes", "--json"], env);
    expect(r.code).toBe(0);
    // Those two, and the one made while watching.
    const { deleted } = JSON.parse(r.stdout);
    expect(deleted).toHaveLength(3);
    expect(deleted).toEqual(expect.arrayContaining([a.id, b.id]));
    const after = await qod(["sessions", "list", ...PHONE, "--json"], env);
    expect(JSON.parse(after.stdout)).toEqual([]);
    const text = await qod(["sessions", "list", ...PHONE], env);
    expect(text.stdout).toBe("");
    expect(notes(text.stderr).at(-1)).toBe("no sessions for +36721601234567");
  });

  it("profiles get and filtered profiles list", async () => {
    const r = await qod(["profiles", "get", "QOS_E", "--json"], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: "QOS_E", status: "ACTIVE", maxDuration: { value: 86400 } });
    const text = await qod(["profiles", "get", "QOS_E"], env);
    expect(text.stdout).toMatch(/^Packet delay budget +20ms$/m);
    const inactive = await qod(["profiles", "list", "--status", "INACTIVE", "--json"], env);
    const names = JSON.parse(inactive.stdout).map((p: { name: string; status: string }) => p.status);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(["INACTIVE"]));
    const missing = await qod(["profiles", "get", "NO_SUCH_PROFILE"], env);
    expect(missing.code).toBe(4);
  });

  it("sandbox devices add and list", async () => {
    const added = await qod(["sandbox", "devices", "add", "--phone", "+3612345678", "--ineligible", "--json"], env);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ device: { phoneNumber: "+3612345678" }, eligible: false });
    const listed = await qod(["sandbox", "devices", "list"], env);
    expect(listed.stdout).toMatch(/^device-\d+ +\+3612345678 +- +- +- +no$/m);
    const refused = await qod(
      ["sessions", "create", "--phone", "+3612345678", "--service-ipv4", "233.252.0.2", "--profile", "QOS_E"],
      env,
    );
    expect(refused.code).toBe(2);
    expect(notes(refused.stderr).at(-1)).toMatch(/^error: 422 SERVICE_NOT_APPLICABLE: /);
  });

  it("sandbox token mints a token; one without the scope gets exit 3", async () => {
    const minted = await qod(["sandbox", "token", "--scopes", "qos-profiles:read"], env);
    expect(minted.code).toBe(0);
    const token = minted.stdout.trim();
    expect(minted.stdout).toBe(`${token}\n`);
    expect(token.length).toBeGreaterThan(10);
    const listed = await qod(["profiles", "list", "--json"], { ...env, QOD_TOKEN: token });
    expect(listed.code).toBe(0);
    const denied = await qod(["sessions", "list", ...PHONE], { ...env, QOD_TOKEN: token });
    expect(denied.code).toBe(3);
    expect(notes(denied.stderr).at(-1)).toMatch(/^error: 403 PERMISSION_DENIED: /);
    expect(denied.stderr).not.toContain(token);
  });

  it("--verbose logs each request and response with every token redacted", async () => {
    const r = await qod(
      [
        ...CREATE,
        "--duration",
        "60",
        "--sink",
        "https://127.0.0.1/notify",
        "--sink-token",
        "sink-secret-123",
        "--verbose",
      ],
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("> POST http://127.0.0.1/quality-on-demand/v1/sessions");
    expect(r.stderr).toContain("> authorization: Bearer [redacted]");
    expect(r.stderr).toMatch(/^< 201 \(\d+ ms\)$/m);
    expect(r.stderr).toContain('"accessToken":"[redacted]"');
    expect(r.stderr).not.toContain("sink-secret-123");
    expect(r.stderr).not.toContain("qod-sandbox-dev-token");
    expect(r.stdout).not.toContain("sink-secret-123");
    expect(readFileSync(join(dir, "state", "qod", "sandbox.db"), "utf8")).toContain("DOWNLINK_L_UPLINK_L");
  });

  it("sandbox clock show and reset", async () => {
    const clock = await qod(["sandbox", "clock", "show"], env);
    expect(clock.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+00:00 \(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)\n$/);
    const reset = await qod(["sandbox", "reset"], env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toBe("sandbox reset: seed devices and profiles, no sessions, no minted tokens\n");
    const after = await qod(["sessions", "list", ...PHONE, "--json"], env);
    expect(JSON.parse(after.stdout)).toEqual([]);
  });
});
