// Journal faults: the state folder is a tiny tmpfs that fills up. The daemon must turn unready
// with the reason, answer lease writes 503 (never 500), create nothing it could not journal, and
// recover by itself once space returns: ready again, the lease API working, the declaration
// made during the fault created.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, sandboxSessions, startHarness } from "./support/harness.js";
import { metric } from "./support/metrics.js";

const dir = mkdtempSync(join(tmpdir(), "qodd-faults-"));
const state = join(dir, "state");
mkdirSync(state);
let mounted = false;
try {
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", state], { stdio: "pipe" });
  mounted = true;
} catch {
  // Mounting needs root; without it this test cannot make a disk fill up.
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
  if (mounted) execFileSync("umount", [state]);
  rmSync(dir, { recursive: true, force: true });
});

const lease = (holder: string, last: number) => ({
  device: { phoneNumber: "+36721601234567" },
  profile: "QOS_L",
  serviceIpv4: `198.51.100.${last}`,
  ttlSeconds: 600,
  holder,
});

// Fills the folder to the last byte, so the next journal append fails with ENOSPC.
function fill(): string {
  const filler = join(state, "filler");
  const chunk = Buffer.alloc(4096, 120);
  try {
    for (;;) writeFileSync(filler, chunk, { flag: "a" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  }
  return filler;
}

describe.skipIf(!mounted)("journal faults", () => {
  it("turns unready within 5 s of a full disk, answers 503 not 500, and recovers when space returns", async () => {
    const declared = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        name: `s${i}`,
        device: { phoneNumber: `+3672160123${4500 + i}` },
        profile: "QOS_L",
        serviceIpv4: "198.51.100.9",
        keepAlive: true,
      }));
    h = await startHarness({
      dir,
      sessions: declared(1),
      prepare: (sandbox) => {
        for (const s of declared(2)) sandbox.control.addDevice({ device: s.device });
      },
    });
    expect((await h.api("/readyz")).status).toBe(200);
    expect(sandboxSessions(h.sandbox)).toHaveLength(1);

    const filler = fill();
    const start = h.time.now();
    // The journal's last page may still have room for a line or two; then the disk is full.
    const answers: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 100 && !refused; i++) {
      const res = await h.api("/v1/leases", { body: lease(`app-${i}`, 100 + i) });
      answers.push(res.status);
      if (res.status !== 201) refused = res;
    }
    expect(new Set(answers.slice(0, -1))).toEqual(new Set(answers.length > 1 ? [201] : []));
    if (!refused) throw new Error("no lease was refused: the disk never filled");
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { code: string }).code).toBe("STORE_UNAVAILABLE");
    const createdBefore = sandboxSessions(h.sandbox).length;
    // A declaration made while the disk is full is not lost: it is retried, not dropped.
    h.writeSessions(declared(2));
    expect(await h.daemon.reload()).toBe(true);
    await h.advance(1);
    const ready = await h.api("/readyz");
    expect(ready.status).toBe(503);
    expect(h.time.now() - start).toBeLessThanOrEqual(5000);
    const body = (await ready.json()) as { checks: Record<string, boolean>; reasons: string[] };
    expect(body.checks.store).toBe(false);
    expect(body.reasons.join(" ")).toContain("ENOSPC");
    expect(await metric(h.daemon, "qodd_store_faults_total")).toBe(1);
    // While the store refuses writes nothing reaches the provider: the second session waits.
    await h.advance(30);
    expect(sandboxSessions(h.sandbox)).toHaveLength(createdBefore);
    for (const route of ["/v1/leases", "/v1/leases/x/renew"]) {
      const res = await h.api(route, { body: lease("app", 21) });
      expect(res.status).toBe(503);
    }
    expect((await h.api("/v1/leases/x", { method: "DELETE" })).status).toBe(503);

    unlinkSync(filler);
    await h.advance(10);
    const after = await h.api("/readyz");
    expect(after.status, await after.clone().text()).toBe(200);
    const holders = new Set(sandboxSessions(h.sandbox).map((s) => (s.device as { phoneNumber: string }).phoneNumber));
    expect(holders.has(declared(2)[1]?.device.phoneNumber as string)).toBe(true);
    const ok = await h.api("/v1/leases", { body: lease("app", 22) });
    expect(ok.status).toBe(201);
  });
});
