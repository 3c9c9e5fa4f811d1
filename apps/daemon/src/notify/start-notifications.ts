// Notifications on one daemon or on a replica: the HTTPS receiver, and with the PostgreSQL store
// the inbox that carries what a follower received to whichever replica leads.
import type { Clock } from "@qod/sdk";
import type { RunningServer } from "../http/node-server.js";
import type { SinkSettings } from "../reconcile/slot-runner-options.js";
import { PgStore } from "../store/pg-store.js";
import { NotificationInbox } from "./inbox.js";
import { InboxConsumer, type InboxConsumerOptions } from "./inbox-consumer.js";
import { type ReceiverOptions, startReceiver } from "./receiver.js";

/** What startNotifications needs. */
export interface NotificationsOptions extends Omit<ReceiverOptions, "handOff"> {
  /** The clock the inbox is drained on: leader election's, since only the leader drains it. */
  leaderClock: Clock;
  /** The PostgreSQL schema the inbox table lives in. */
  schema: string;
  /** Applies an event from the inbox while this replica leads. */
  apply: InboxConsumerOptions["apply"];
}

/** The receiver's server, the sink sessions are created with and, on PostgreSQL, the inbox's consumer. */
export interface Notifications {
  server: RunningServer;
  sink: SinkSettings;
  inbox: InboxConsumer | undefined;
}

export async function startNotifications(o: NotificationsOptions): Promise<Notifications> {
  const inbox = o.store instanceof PgStore ? new NotificationInbox(o.store, o.schema) : undefined;
  const { leaderClock, apply, metrics, logger } = o;
  const receiver = await startReceiver({ ...o, ...(inbox && { handOff: (event) => inbox.handOff(event) }) });
  return {
    ...receiver,
    inbox: inbox && new InboxConsumer({ inbox, clock: leaderClock, apply, metrics, logger }),
  };
}
