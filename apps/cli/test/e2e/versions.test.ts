// `--api-version` and `qod assignments`, as real subprocesses against the embedded sandbox.
// Refusals need no provider; the flows run on the embedded sandbox, which serves every version.
import { describe, expect, it } from "vitest";
import { makeHome, qod } from "./support.js";

const { env: home } = makeHome();
const env = { ...home, QOD_QUIET: "1" };
const PHONE = ["--phone", "+36721601234567"];
const OTHER = ["--phone", "+36721601234568"];
const rc3 = ["--api-version", "1.2.0-rc.3"];

const createWith = (...extra: string[]) => ["sessions", "create", ...PHONE, "--profile", "QOS_E", ...extra];

describe("refused before any request: exit 2, one line naming the flag", () => {
  const cases: [string, string[], NodeJS.ProcessEnv, RegExp][] = [
    [
      "--service-address on 1.1.0",
      createWith("--service-address", "233.252.0.2", "--verbose"),
      env,
      /^error: --service-address: needs QoD 1\.2\.0-rc\.3: add --api-version 1\.2\.0-rc\.3 /,
    ],
    [
      "--service-address with --service-ipv4",
      [...rc3, ...createWith("--service-address", "233.252.0.2", "--service-ipv4", "233.252.0.3")],
      env,
      /^error: --service-address: give either --service-address or --service-ipv4\/--service-ipv6, not both$/,
    ],
    [
      "a prefix in --service-address",
      [...rc3, ...createWith("--service-address", "233.252.0.2,198.51.100.0/24")],
      env,
      /^error: --service-address: each service address is one IPv4 or IPv6 address without a prefix/,
    ],
    [
      "an unknown --api-version",
      ["--api-version", "1.3", "profiles", "list"],
      env,
      /^error: --api-version: is 1\.1\.0 or 1\.2\.0-rc\.3, not "1\.3"$/,
    ],
    [
      "an unknown QOD_API_VERSION",
      ["profiles", "list"],
      { ...env, QOD_API_VERSION: "2" },
      /^error: QOD_API_VERSION: is 1\.1\.0/,
    ],
    [
      "config set api-version 9",
      ["config", "set", "api-version", "9"],
      env,
      /^error: <key> api-version: is 1\.1\.0 or 1\.2\.0-rc\.3, not "9"$/,
    ],
    ["assignment id not a UUID", ["assignments", "get", "42"], env, /^error: <id>: assignment ids are UUIDs/],
    [
      "assignment without a device",
      ["assignments", "create", "--profile", "QOS_L"],
      env,
      /^error: --phone: no device given/,
    ],
    [
      "assignment with an unknown profile",
      ["assignments", "create", ...PHONE, "--profile", "QOS_XL"],
      env,
      /^error: --profile: unknown profile "QOS_XL"; did you mean QOS_L\?/,
    ],
    [
      "assignment with an http sink",
      ["assignments", "create", ...PHONE, "--profile", "QOS_L", "--sink", "http://x.example"],
      env,
      /^error: --sink: sink must be an https:\/\/ URL/,
    ],
  ];
  it.concurrent.each(cases)("%s", async (_name, args, runEnv, message) => {
    const r = await qod(args, runEnv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});

describe("completion", () => {
  it("offers the assignments commands and the API versions", async () => {
    const r = await qod(["completion", "bash"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("assignments");
    expect(r.stdout).toContain("--api-version");
    expect(r.stdout).toContain("1.2.0-rc.3");
  });
});

describe("against the embedded sandbox", () => {
  it("1.1.0 stays the default: requests go to /quality-on-demand/v1", async () => {
    const r = await qod(["sessions", "list", ...PHONE, "--verbose", "--json"], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("/quality-on-demand/v1/retrieve-sessions");
  });

  it("1.2.0-rc.3: --service-address is sent to /v1rc3 as a list (flag repeated and comma list)", async () => {
    const r = await qod(
      [
        ...rc3,
        ...createWith(
          "--service-address",
          "233.252.0.2,2001:db8::1",
          "--service-address",
          "233.252.0.9",
          "--json",
          "--verbose",
        ),
      ],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("/quality-on-demand/v1rc3/sessions");
    expect(JSON.parse(r.stdout).serviceAddresses).toEqual(["233.252.0.2", "2001:db8::1", "233.252.0.9"]);
    const viaEnv = await qod(["sessions", "list", ...PHONE, "--json", "--verbose"], {
      ...env,
      QOD_API_VERSION: "1.2.0-rc.3",
    });
    expect(viaEnv.stderr).toContain("/quality-on-demand/v1rc3/retrieve-sessions");
  });

  it("assignments: create, show, get, a second is a conflict (exit 5), revoke, get after revoke", async () => {
    const made = await qod(["assignments", "create", ...OTHER, "--profile", "QOS_L", "--json"], env);
    expect(made.code, made.stderr).toBe(0);
    const assignment = JSON.parse(made.stdout);
    expect(assignment).toMatchObject({ profile: "QOS_L", device: { phoneNumber: "+36721601234568" } });
    const shown = await qod(["assignments", "show", ...OTHER, "--json"], env);
    expect(JSON.parse(shown.stdout).id).toBe(assignment.id);
    const got = await qod(["assignments", "get", assignment.id], env);
    expect(got.code).toBe(0);
    expect(got.stdout).toMatch(new RegExp(`^ID\\s+${assignment.id}$`, "m"));
    expect(got.stdout).toMatch(/^Profile\s+QOS_L$/m);
    const second = await qod(["assignments", "create", ...OTHER, "--profile", "QOS_M"], env);
    expect(second.code).toBe(5);
    expect(second.stderr).toMatch(/^error: 409 CONFLICT: /);
    const revoked = await qod(["assignments", "revoke", assignment.id, "--json"], env);
    expect(JSON.parse(revoked.stdout)).toEqual({ id: assignment.id, revoked: true });
    const after = await qod(["assignments", "get", assignment.id, "--json"], env);
    expect(JSON.parse(after.stdout)).toMatchObject({ status: "UNAVAILABLE", statusInfo: "DELETE_REQUESTED" });
  });

  it("assignments show for a device without one: exit 4", async () => {
    const r = await qod(["assignments", "show", "--phone", "+36721601234569"], env);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe("error: no QoS assignment for +36721601234569\n");
  });

  it("revoke of an unknown id: exit 4, or 0 with --ignore-not-found", async () => {
    const id = "7c1f9a2e-4b7d-4c55-9e0a-2f4d6b8a1c3e";
    expect((await qod(["assignments", "revoke", id], env)).code).toBe(4);
    const ignored = await qod(["assignments", "revoke", id, "--ignore-not-found"], env);
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toBe(`assignment ${id} was not found; nothing to revoke\n`);
  });
});
