// Starts the HTTPS receiver for the provider's notifications and says what sink each session is
// created with: `<publicUrl>/v1/notifications/<instance id>/<intent>` and a bearer credential,
// both kept in the store so every replica and every restart uses the same.
import { readFile } from "node:fs/promises";
import type { Clock } from "@qod/sdk";
import type { DaemonConfig } from "../config/load-config.js";
import { type RunningServer, startServer } from "../http/node-server.js";
import type { Logger } from "../observability/logger.js";
import type { DaemonMetrics } from "../observability/metrics.js";
import type { SinkSettings } from "../reconcile/slot-runner-options.js";
import type { Store } from "../store/store.js";
import { createNotificationApp, type NotificationAppOptions } from "./notification-app.js";

/** What startReceiver needs. */
export interface ReceiverOptions {
  settings: NonNullable<DaemonConfig["notifications"]>;
  store: Store;
  clock: Clock;
  metrics: DaemonMetrics;
  logger: Logger;
  notify: NotificationAppOptions["notify"];
  handOff?: NotificationAppOptions["handOff"];
}

export async function startReceiver(o: ReceiverOptions): Promise<{ server: RunningServer; sink: SinkSettings }> {
  const token = await o.store.secret("sink-token");
  const instanceId = await o.store.secret("instance-id");
  const [cert, key] = await Promise.all([readFile(o.settings.tls.cert), readFile(o.settings.tls.key)]);
  const server = await startServer({
    app: createNotificationApp({
      token,
      notify: o.notify,
      ...(o.handOff && { handOff: o.handOff }),
      metrics: o.metrics,
      logger: o.logger,
    }),
    host: o.settings.listen.host,
    port: o.settings.listen.port,
    tls: { cert, key },
  });
  // With port 0 the address is only known once the server listens.
  const publicUrl = (o.settings.publicUrl ?? server.url).replace(/\/+$/, "");
  const sink: SinkSettings = {
    prefix: `${publicUrl}/v1/notifications/${instanceId}`,
    instanceId,
    credential: () => ({
      accessToken: token,
      // The provider keeps the credential for the session's life; a year outlives any session.
      accessTokenExpiresUtc: new Date(o.clock.now() + 365 * 86400_000),
    }),
  };
  return { server, sink };
}
