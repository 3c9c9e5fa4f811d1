// An append-only journal of JSON lines. An append resolves only once its line is on disk
// (write + fdatasync); appends that arrive while a sync is running share the next one, so a
// burst of 1,000 creates costs a handful of syncs, not 2,000. Compaction writes a snapshot to a
// temporary file, syncs it and renames it over the journal, so a crash leaves either file whole.
import { type FileHandle, mkdir, open, readFile, rename, rm, truncate } from "node:fs/promises";
import { dirname } from "node:path";

const HEADER = { journal: "qodd", version: 1 };

/** The journal file cannot be used (foreign or damaged); it is left untouched. */
export class JournalError extends Error {
  override name = "JournalError";
}

/** A write failed (disk full, read-only): nothing more is written until recover() succeeds. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}

type Item = { kind: "line" | "snapshot"; text: string; count: number; done: Waiter };
type Waiter = { resolve: () => void; reject: (error: Error) => void };

/** What open() found on disk. */
export interface JournalContents {
  /** Every complete entry, in order. */
  entries: unknown[];
  /** True when a torn last line (a write cut short by a crash) was dropped. */
  tornTail: boolean;
}

export class Journal {
  readonly #file: string;
  #handle: FileHandle;
  #queue: Item[] = [];
  #flushing: Promise<void> | undefined;
  #lines = 0;
  #failed: Error | undefined;
  #closed = false;
  /** Told once when a write fails, so the owner can report it and arrange recover(). */
  onFault: (error: Error) => void = () => undefined;

  private constructor(file: string, handle: FileHandle, lines: number) {
    this.#file = file;
    this.#handle = handle;
    this.#lines = lines;
  }

  /** Opens (or creates) the journal and reads it. A torn last line is dropped and cut off the file. */
  static async open(file: string): Promise<{ journal: Journal; contents: JournalContents }> {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    let text = "";
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    const { entries, goodLength, tornTail } = parse(text, file);
    if (tornTail) await truncate(file, goodLength);
    const handle = await open(file, "a", 0o600);
    const journal = new Journal(file, handle, entries.length);
    if (goodLength === 0) {
      // A new file: write the header and make the file's directory entry durable too.
      await handle.write(`${JSON.stringify(HEADER)}\n`);
      await handle.sync();
      await syncDir(dirname(file));
    }
    return { journal, contents: { entries, tornTail } };
  }

  /** How many entries the file holds (since the last compaction). */
  get lines(): number {
    return this.#lines;
  }

  /** Appends one entry; resolves once it is on disk. */
  append(entry: object): Promise<void> {
    return this.#enqueue((done) => ({ kind: "line", text: `${JSON.stringify(entry)}\n`, count: 1, done }));
  }

  /**
   * Replaces the file's contents with `entries` (the live state at the time of the call).
   * Entries appended before this call are covered by the snapshot; later ones follow it.
   */
  compact(entries: object[]): Promise<void> {
    // Serialised now, so the snapshot is the state at this call whatever happens before it is written.
    const text = [HEADER, ...entries].map((e) => `${JSON.stringify(e)}\n`).join("");
    return this.#enqueue((done) => ({ kind: "snapshot", text, count: entries.length, done }));
  }

  /** Why writes are refused, or undefined while the journal works. */
  get fault(): Error | undefined {
    return this.#failed;
  }

  /**
   * After a failed write: replaces the file with `entries` (the owner's whole live state, which
   * includes everything refused since) and accepts writes again. Rejects while the fault lasts.
   */
  async recover(entries: object[]): Promise<void> {
    if (!this.#failed || this.#closed) return;
    await this.#flushing?.catch(() => undefined);
    const text = [HEADER, ...entries].map((e) => `${JSON.stringify(e)}\n`).join("");
    await this.#writeSnapshot(text, entries.length);
    this.#failed = undefined;
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#flushing?.catch(() => undefined);
    await this.#handle.close();
  }

  #enqueue(make: (done: Waiter) => Item): Promise<void> {
    if (this.#failed) return Promise.reject(this.#failed);
    if (this.#closed) return Promise.reject(new JournalError("the journal is closed"));
    return new Promise<void>((resolve, reject) => {
      this.#queue.push(make({ resolve, reject }));
      this.#flushing ??= this.#drain().finally(() => {
        this.#flushing = undefined;
      });
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const first = this.#queue[0] as Item;
      const batch: Item[] = [];
      if (first.kind === "snapshot") batch.push(this.#queue.shift() as Item);
      else while (this.#queue[0]?.kind === "line") batch.push(this.#queue.shift() as Item);
      try {
        if (first.kind === "snapshot") await this.#writeSnapshot(first.text, first.count);
        else await this.#writeLines(batch);
        for (const item of batch) item.done.resolve();
      } catch (error) {
        // A journal that failed a write can no longer promise durability: refuse everything until
        // a whole snapshot has been written again (recover()).
        const code = (error as NodeJS.ErrnoException).code;
        this.#failed = new StoreUnavailableError(`the journal cannot be written (${code ?? (error as Error).message})`);
        for (const item of [...batch, ...this.#queue.splice(0)]) item.done.reject(this.#failed);
        this.onFault(this.#failed);
      }
    }
  }

  async #writeLines(batch: Item[]): Promise<void> {
    await this.#handle.write(batch.map((i) => i.text).join(""));
    await this.#handle.datasync();
    this.#lines += batch.length;
  }

  async #writeSnapshot(body: string, count: number): Promise<void> {
    const tmp = `${this.#file}.tmp`;
    const out = await open(tmp, "w", 0o600);
    try {
      await out.write(body);
      await out.sync();
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => undefined); // give the space back
      throw error;
    } finally {
      await out.close();
    }
    await rename(tmp, this.#file);
    await syncDir(dirname(this.#file));
    const previous = this.#handle;
    this.#handle = await open(this.#file, "a", 0o600);
    await previous.close();
    this.#lines = count;
  }
}

function parse(text: string, file: string): { entries: unknown[]; goodLength: number; tornTail: boolean } {
  if (text.length === 0) return { entries: [], goodLength: 0, tornTail: false };
  const entries: unknown[] = [];
  let offset = 0;
  let lineNo = 0;
  while (offset < text.length) {
    const end = text.indexOf("\n", offset);
    const last = end === -1 || end === text.length - 1;
    const line = end === -1 ? text.slice(offset) : text.slice(offset, end);
    lineNo++;
    let value: unknown;
    let ok = end !== -1;
    if (ok) {
      try {
        value = JSON.parse(line);
      } catch {
        ok = false;
      }
    }
    if (!ok) {
      // Only the last line can be cut short by a crash; damage anywhere else is not ours to repair.
      if (last && lineNo === 1 && `${JSON.stringify(HEADER)}`.startsWith(line)) {
        return { entries, goodLength: 0, tornTail: true };
      }
      if (last && lineNo > 1) return { entries, goodLength: Buffer.byteLength(text.slice(0, offset)), tornTail: true };
      throw new JournalError(`${file} line ${lineNo} is not a journal entry; refusing to use or change the file`);
    }
    if (lineNo === 1) {
      const header = value as { journal?: unknown; version?: unknown } | null;
      if (header?.journal !== HEADER.journal || header.version !== HEADER.version) {
        throw new JournalError(
          `${file} is not a qodd journal (version ${HEADER.version}); refusing to use or change it`,
        );
      }
    } else {
      entries.push(value);
    }
    offset = end + 1;
  }
  return { entries, goodLength: Buffer.byteLength(text), tornTail: false };
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
