// The real sandbox (@qod/sandbox, from its sources) served on a loopback port, with its default
// activation delay and a clock that follows the wall clock, as `qod sandbox start` runs it.
import { createSandbox, DEV_TOKEN, type Sandbox } from "@qod/sandbox";
import { afterAll, beforeAll } from "vitest";
import { QodClient, type QodClientOptions } from "../../src/index.js";

/** Notifications are recorded, never sent: the examples' sinks are not real hosts. */
export interface ServedSandbox {
  sandbox: Sandbox;
  /** The API root it listens on, e.g. http://127.0.0.1:40123. */
  url: string;
  client(options?: Partial<QodClientOptions>): QodClient;
}

export function serveSandbox(): ServedSandbox {
  const served = {} as ServedSandbox;
  beforeAll(async () => {
    const sandbox = createSandbox({
      logger: false,
      clock: { realtime: true },
      notifications: { transport: { post: async () => 204, close: () => {} } },
    });
    served.sandbox = sandbox;
    served.url = (await sandbox.listen(0)).replace(/\/+$/, "");
    served.client = (options = {}) => new QodClient({ token: DEV_TOKEN, baseUrl: served.url, ...options });
  });
  afterAll(async () => {
    await served.sandbox?.close();
  });
  return served;
}
