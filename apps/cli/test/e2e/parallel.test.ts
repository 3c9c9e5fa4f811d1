import { describe, expect, it } from "vitest";
import { makeHome, qod } from "./support.js";

// Many `qod` processes at once on one embedded state, as a shell loop with `&` or `xargs -P`
// runs them: every answer given with exit 0 must still be in the state afterwards.
const { env } = makeHome();
const N = 20;
const phone = (i: number) => `+3672160199${String(i).padStart(4, "0")}`;
const create = (i: number) => [
  "sessions",
  "create",
  "--phone",
  phone(i),
  "--service-ipv4",
  "233.252.0.2",
  "--profile",
  "QOS_L",
  "--duration",
  "1h",
  "--json",
];
const list = async (i: number) =>
  JSON.parse((await qod(["sessions", "list", "--phone", phone(i), "--json"], env)).stdout);

describe("parallel invocations on one embedded state", () => {
  it(`keeps all of ${N} devices added at once`, async () => {
    const runs = await Promise.all(
      Array.from({ length: N }, (_, i) => qod(["sandbox", "devices", "add", "--phone", phone(i), "--json"], env)),
    );
    expect(runs.map((r) => [r.code, r.stderr.includes("error")])).toEqual(runs.map(() => [0, false]));
    const devices = JSON.parse((await qod(["sandbox", "devices", "list", "--json"], env)).stdout) as {
      id: string;
      device: { phoneNumber?: string };
    }[];
    const added = runs.map((r) => JSON.parse(r.stdout).id as string);
    expect(new Set(added).size).toBe(N);
    for (const id of added) expect(devices.map((d) => d.id)).toContain(id);
  });

  it(`keeps all of ${N} sessions created at once, with a delete and an extend racing them`, async () => {
    const first = JSON.parse((await qod(create(0), env)).stdout) as { id: string };
    const second = JSON.parse((await qod(create(1), env)).stdout) as { id: string };
    // Sessions are REQUESTED for a second: extend needs AVAILABLE, so let the sandbox clock reach it.
    expect((await qod(["sandbox", "clock", "advance", "2s"], env)).code).toBe(0);
    const [deleted, extended, ...created] = await Promise.all([
      qod(["sessions", "delete", first.id], env),
      qod(["sessions", "extend", second.id, "--by", "10m", "--json"], env),
      ...Array.from({ length: N - 2 }, (_, i) => qod(create(i + 2), env)),
    ]);
    expect(deleted?.code).toBe(0);
    expect(extended?.code, extended?.stderr).toBe(0);
    expect(created.map((r) => r.code)).toEqual(created.map(() => 0));

    expect(await list(0)).toEqual([]);
    const [kept] = await list(1);
    expect(kept).toMatchObject({ id: second.id, duration: 4200 });
    const listed = await Promise.all(created.map((_, i) => list(i + 2)));
    expect(listed.map((sessions) => sessions.map((s: { id: string }) => s.id))).toEqual(
      created.map((run) => [JSON.parse(run.stdout).id]),
    );
  });
});
