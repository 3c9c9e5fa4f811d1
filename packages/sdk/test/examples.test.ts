import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main as createSession } from "../examples/create-session.js";
import { main as deleteAndClear } from "../examples/delete-and-clear.js";
import { main as listAndGet } from "../examples/list-and-get.js";
import { main as ports } from "../examples/ports.js";
import { main as profiles } from "../examples/profiles.js";
import { main as quickstart } from "../examples/quickstart.js";
import { serveSandbox } from "./support/served-sandbox.js";

const examplesDir = new URL("../examples/", import.meta.url);
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("the README examples run against the sandbox served on a port", () => {
  const served = serveSandbox();
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  it("quickstart: create for an hour, wait until AVAILABLE, extend, delete", async () => {
    const session = await quickstart(served.client(), log);
    expect(lines[0]).toBe(`session ${session.id} is REQUESTED`);
    const [status, until] = (lines[1] ?? "").split(" until ");
    expect(status).toBe("AVAILABLE");
    expect(until).toMatch(ISO);
    const extended = /^extended: 5400 s, (\d+) s left$/.exec(lines[2] ?? "");
    // The sandbox runs in real time: the seconds left are 5400 less the time since activation
    // (the poll that saw AVAILABLE, the extend), and the Date header they are read against has
    // whole seconds, so allow a minute below and one second above.
    expect(Number(extended?.[1])).toBeGreaterThanOrEqual(5340);
    expect(Number(extended?.[1])).toBeLessThanOrEqual(5401);
    expect(lines[3]).toBe(`deleted ${session.id}`);
    expect(session.status).toBe("UNAVAILABLE");
  });

  it("create-session: IPv6 server, sink and credential, printed as JSON", async () => {
    const session = await createSession(served.client(), log);
    expect(JSON.parse(lines.at(-1) ?? "")).toMatchObject({
      id: session.id,
      duration: 3600,
      sink: "https://application-server.example.com/notifications",
      serviceIpv6: "2001:db8:85a3:8d3:1319:8a2e:370:7344",
    });
  });

  it("ports: lists and ranges", async () => {
    await ports(served.client(), log);
    expect(lines.at(-1)).toBe(
      'device ports {"ports":[5060,5070]}, server ports {"ports":[443],"ranges":[{"from":8000,"to":8080}]}',
    );
  });

  it("list-and-get: lists the device's sessions, reads the first by id, waits for it, extends it", async () => {
    const session = await listAndGet(served.client(), log);
    expect(session?.status).toBe("AVAILABLE");
    expect(lines.at(-1)).toBe(`${session?.id} now lasts ${session?.duration ?? 0} s`);
    expect(lines.filter((l) => l.endsWith(" s left")).length).toBeGreaterThanOrEqual(2);
  });

  it("delete-and-clear: deletes one, then the rest", async () => {
    const client = served.client();
    const deleted = await deleteAndClear(client, log);
    expect(deleted.length).toBeGreaterThanOrEqual(1);
    const left = await client.devices.get({ phoneNumber: "+36721601234567" }).sessions();
    expect(left.filter((s) => s.status !== "UNAVAILABLE")).toEqual([]);
  });

  it("profiles: the catalogue and the provider's profiles", async () => {
    lines.length = 0;
    const usable = await profiles(served.client(), log);
    expect(lines[0]).toBe("DOWNLINK_S_UPLINK_S: Small downlink and small uplink bandwidth.");
    expect(usable.map((p) => p.name)).toContain("QOS_L");
    expect(lines.at(-1)).toMatch(/^QOS_L lasts at most \d+ \w+$/);
  });
});

describe("the README shows the examples as they are", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const blocks = [...readme.matchAll(/<!-- (examples\/[\w-]+\.ts) -->\n```ts\n([\s\S]*?)```/g)];

  it("opens with the quickstart", () => {
    const firstCode = readme.indexOf("```");
    expect(readme.slice(0, firstCode)).toContain("<!-- examples/quickstart.ts -->");
  });

  it("has every example, each identical to its file", () => {
    const files = readdirSync(examplesDir).filter((f) => f.endsWith(".ts") && f !== "run.ts");
    expect(blocks.map((b) => b[1]).sort()).toEqual(files.map((f) => `examples/${f}`).sort());
    for (const [, file, code] of blocks) {
      expect(code, file).toBe(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
    }
  });
});
