import type { ChangeBatch, ChangeFeed } from "./change-feed.js";
import type { SandboxReader } from "./sandbox-reader.js";
import { changeMessage, snapshotMessage } from "./stream-messages.js";

/** One connected stream: takes a text chunk, or is told to end. */
export interface StreamClient {
  write(chunk: string): void;
  close(): void;
}

export interface EventHubOptions {
  /** Real time between keep-alive comments, in ms. @default 15000 */
  keepAliveMs?: number;
}

function frame(event: "snapshot" | "change", id: number, data: unknown): string {
  // JSON.stringify escapes line breaks, so the data is always one `data:` line.
  return `event: ${event}\nid: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Fans the sandbox's change feed out to every open event stream. Each batch becomes one message,
 * built once for all clients; the feed is only listened to while a stream is open.
 */
export class EventHub {
  #feed: Pick<ChangeFeed, "subscribe">;
  #reader: SandboxReader;
  #keepAliveMs: number;
  #clients = new Set<StreamClient>();
  #unsubscribe: (() => void) | undefined;
  #keepAlive: ReturnType<typeof setInterval> | undefined;

  constructor(feed: Pick<ChangeFeed, "subscribe">, reader: SandboxReader, options: EventHubOptions = {}) {
    this.#feed = feed;
    this.#reader = reader;
    this.#keepAliveMs = options.keepAliveMs ?? 15_000;
  }

  /** How many streams are open. */
  get size(): number {
    return this.#clients.size;
  }

  /** Adds a stream: it gets a snapshot at once, then every change. Returns how to remove it. */
  connect(client: StreamClient): () => void {
    if (this.#clients.size === 0) this.#start();
    this.#clients.add(client);
    const revision = this.#reader.revision();
    client.write(frame("snapshot", revision, snapshotMessage(this.#reader, revision)));
    return () => this.#remove(client);
  }

  /** Ends every stream (the sandbox closes). */
  close(): void {
    for (const client of [...this.#clients]) {
      this.#remove(client);
      client.close();
    }
  }

  #start(): void {
    this.#unsubscribe = this.#feed.subscribe((batch) => this.#publish(batch));
    this.#keepAlive = setInterval(() => this.#broadcast(": keep-alive\n\n"), this.#keepAliveMs);
    this.#keepAlive.unref?.();
  }

  #remove(client: StreamClient): void {
    if (!this.#clients.delete(client) || this.#clients.size > 0) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearInterval(this.#keepAlive);
  }

  #publish(batch: ChangeBatch): void {
    this.#broadcast(
      batch.reload
        ? frame("snapshot", batch.revision, snapshotMessage(this.#reader, batch.revision))
        : frame("change", batch.revision, changeMessage(this.#reader, batch)),
    );
  }

  #broadcast(chunk: string): void {
    for (const client of this.#clients) client.write(chunk);
  }
}
