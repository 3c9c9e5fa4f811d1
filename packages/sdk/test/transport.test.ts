import { describe, expect, it } from "vitest";
import { SignalPool } from "../src/http/signals.js";
import { QodClient, TimeoutError } from "../src/index.js";
import { flush } from "./support/fake-clock.js";
import { FakeProvider, QOD_URL } from "./support/fake-provider.js";
import { setup, TOKEN } from "./support/setup.js";

const ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

describe("signals lent to attempts", () => {
  it("an attempt in progress never shares its controller", () => {
    const pool = new SignalPool();
    const first = pool.take();
    const second = pool.take();
    expect(second.controller).not.toBe(first.controller);
    pool.give(first);
    expect(pool.take().controller).toBe(first.controller);
  });

  it("an aborted controller is never lent again", () => {
    const pool = new SignalPool();
    const lease = pool.take();
    lease.controller.abort();
    pool.give(lease);
    const next = pool.take();
    expect(next.controller).not.toBe(lease.controller);
    expect(next.controller.signal.aborted).toBe(false);
  });

  it("a controller is retired after a few attempts", () => {
    const pool = new SignalPool();
    const controllers = new Set<AbortController>();
    for (let i = 0; i < 20; i++) {
      const lease = pool.take();
      controllers.add(lease.controller);
      pool.give(lease);
    }
    expect(controllers.size).toBeGreaterThan(1);
    expect(controllers.size).toBeLessThan(20);
  });
});

describe("timeouts of concurrent and later calls", () => {
  it("one call timing out does not abort another in flight, nor the next one", async () => {
    const { client, provider, clock } = setup({ maxRetries: 0 });
    const created = await client.devices
      .get({ phoneNumber: "+36721601234567" })
      .createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2" });
    provider.next("getSession", { hang: true }, { hang: true });
    const short = client.sessions.get(created.id, { timeout: 100 }).catch((e: unknown) => e);
    const long = client.sessions.get(created.id, { timeout: 60_000 }).catch((e: unknown) => e);
    await clock.advance(100);
    expect(await short).toBeInstanceOf(TimeoutError);
    let settled = false;
    void long.then(() => {
      settled = true;
    });
    await flush();
    expect(settled).toBe(false);
    expect((await client.sessions.get(created.id)).id).toBe(created.id);
    await clock.advance(60_000);
    expect(await long).toBeInstanceOf(TimeoutError);
  });
});

describe("what fetch is given", () => {
  it("redirects are refused rather than followed, so credentials stay with the base URL", async () => {
    const provider = new FakeProvider();
    let redirect: RequestRedirect | undefined;
    const client = new QodClient({
      token: TOKEN,
      baseUrl: QOD_URL,
      fetch: (request) => {
        redirect = request.redirect;
        return provider.fetch(request);
      },
    });
    await expect(client.sessions.get(ID)).rejects.toThrow("not found");
    expect(redirect).toBe("error");
  });
});
