import { QodClient, type QodClientOptions } from "../../src/index.js";
import { FakeClock } from "./fake-clock.js";
import { FakeProvider, PROFILES_URL, QOD_URL } from "./fake-provider.js";

export const TOKEN = "tok-3xq9-secret-value";

/** A client wired to a fake provider and a fake clock; correlators count up (c-1, c-2...). */
export function setup(overrides: Partial<QodClientOptions> = {}) {
  const clock = new FakeClock();
  const provider = new FakeProvider(clock);
  let n = 0;
  const client = new QodClient({
    token: TOKEN,
    baseUrl: QOD_URL,
    profilesBaseUrl: PROFILES_URL,
    fetch: provider.fetch,
    clock,
    random: () => 0,
    correlator: () => `c-${++n}`,
    ...overrides,
  });
  return { client, provider, clock };
}
