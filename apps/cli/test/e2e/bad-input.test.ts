import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeHome, qod } from "./support.js";

// Bad input must fail fast: exit 2, one line naming the flag, nothing on stdout, no request
// (with --verbose a request would add lines) and no change to the sandbox's state file.
const { dir, env } = makeHome();
const stateFile = join(dir, "state", "qod", "sandbox.db");
const PHONE = ["--phone", "+36721601234567"];
const create = (...extra: string[]) => [
  "sessions",
  "create",
  "--service-ipv4",
  "233.252.0.2",
  "--profile",
  "QOS_E",
  "--verbose",
  ...extra,
];

const cases: [string, string[], RegExp][] = [
  [
    "unknown profile",
    [...create(...PHONE), "--profile", "QOS_XL"],
    /^error: --profile: unknown profile "QOS_XL"; did you mean QOS_L\? \(see 'qod profiles list'/,
  ],
  ["phone without +", create("--phone", "0036721601234567"), /^error: --phone: phone numbers are E\.164/],
  ["phone with spaces", create("--phone", "+36 721 601"), /^error: --phone: .*no spaces/],
  ["--duration 0", create(...PHONE, "--duration", "0"), /^error: --duration: "0" is too short: the minimum is 1s$/],
  [
    "--duration 25h",
    create(...PHONE, "--duration", "25h"),
    /^error: --duration: "25h" is too long: the maximum is 24h/,
  ],
  ["bad port list", create(...PHONE, "--service-ports", "80,http"), /^error: --service-ports: "http" is not a port/],
  ["port out of range", create(...PHONE, "--device-ports", "70000"), /^error: --device-ports: "70000" is not a port/],
  ["unknown flag", create(...PHONE, "--colour"), /^error: unknown option '--colour'$/],
  ["missing device", create(), /^error: --phone: no device given: identify it with --phone, --ipv4-public/],
  ["public IPv4 alone", create("--ipv4-public", "233.252.0.2"), /^error: --ipv4-public: a public address alone/],
  ["http sink", create(...PHONE, "--sink", "http://127.0.0.1/n"), /^error: --sink: sink must be an https:\/\/ URL/],
  [
    "session id not a UUID",
    ["sessions", "extend", "42", "--by", "5m", "--verbose"],
    /^error: <id>: session ids are UUIDs/,
  ],
  [
    "--by 0",
    ["sessions", "extend", "3fa85f64-5717-4562-b3fc-2c963f66afa6", "--by", "0"],
    /^error: --by: "0" is too short/,
  ],
];

let before = "";

beforeAll(async () => {
  const made = await qod(["sessions", "create", ...PHONE, "--service-ipv4", "233.252.0.2", "--profile", "QOS_E"], env);
  expect(made.code).toBe(0);
  before = readFileSync(stateFile, "utf8");
});

describe("bad input", () => {
  it.concurrent.each(cases)("%s: exit 2, one line naming the flag, no request", async (_name, args, message) => {
    const r = await qod(args, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it("left the sandbox's state exactly as it was", async () => {
    expect(readFileSync(stateFile, "utf8")).toBe(before);
    const listed = await qod(["sessions", "list", ...PHONE, "--json"], env);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
  });
});
