import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main as createSession } from "../examples/create-session.js";
import { main as deleteAndClear } from "../examples/delete-and-clear.js";
import { main as listAndGet } from "../examples/list-and-get.js";
import { main as ports } from "../examples/ports.js";
import { main as profiles } from "../examples/profiles.js";
import { main as quickstart } from "../examples/quickstart.js";
import { setup } from "./support/setup.js";

const examplesDir = new URL("../examples/", import.meta.url);

describe("the examples run against a provider that answers as the contract says", () => {
  const { client, provider } = setup();
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  it("quickstart: create for an hour, extend, delete", async () => {
    const session = await quickstart(client, log);
    expect(lines).toEqual([
      `session ${session.id} is AVAILABLE until 2026-11-21T11:00:00.000Z`,
      "extended: 5400 s, 5400 s left",
      `deleted ${session.id}`,
    ]);
    expect(provider.sessions.size).toBe(0);
  });

  it("create-session: IPv6 server, sink and credential, printed as JSON", async () => {
    const session = await createSession(client, log);
    expect(JSON.parse(lines.at(-1) ?? "")).toMatchObject({ id: session.id, duration: 3600, sink: session.sink });
    expect(provider.calls("createSession").at(-1)?.body.sinkCredential.accessTokenExpiresUtc).toBe(
      "2026-12-01T00:00:00.000Z",
    );
  });

  it("ports: lists and ranges", async () => {
    await ports(client, log);
    expect(lines.at(-1)).toBe(
      'device ports {"ports":[5060,5070]}, server ports {"ports":[443],"ranges":[{"from":8000,"to":8080}]}',
    );
  });

  it("list-and-get: lists the device's sessions, reads the first by id, extends it", async () => {
    const session = await listAndGet(client, log);
    expect(provider.calls("retrieveSessionsByDevice")).toHaveLength(1);
    expect(session?.duration).toBe(4200);
    expect(lines.at(-1)).toBe(`${session?.id} now lasts 4200 s`);
  });

  it("delete-and-clear: deletes one, then the rest", async () => {
    const deleted = await deleteAndClear(client, log);
    expect(deleted).toHaveLength(1);
    expect(provider.sessions.size).toBe(0);
    expect(provider.calls("deleteSession")).toHaveLength(3);
  });

  it("profiles: the catalogue and the provider's profiles", async () => {
    lines.length = 0;
    const usable = await profiles(client, log);
    expect(lines).toHaveLength(15);
    expect(lines[0]).toBe("DOWNLINK_S_UPLINK_S: Small downlink and small uplink bandwidth.");
    expect(usable.map((p) => p.name)).toEqual(["QOS_L", "QOS_E"]);
    expect(lines.at(-1)).toBe("QOS_L lasts at most 24 Hours");
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
