import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Reads a secret or id kept in the state folder, creating it (mode 0600) on first use. */
async function loadOrCreate(dir: string, name: string, bytes: number): Promise<string> {
  const file = join(dir, name);
  try {
    const value = (await readFile(file, "utf8")).trim();
    if (value.length > 0) return value;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  // "wx": never overwrite a value another process just wrote.
  await writeFile(file, `${randomBytes(bytes).toString("base64url")}\n`, { mode: 0o600, flag: "wx" }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    },
  );
  return (await readFile(file, "utf8")).trim();
}

/**
 * The bearer token the provider sends with notifications. One per daemon, kept in the state
 * folder so sessions created before a restart still authenticate after it.
 */
export function loadOrCreateSinkToken(dir: string): Promise<string> {
  return loadOrCreate(dir, "sink-token", 32);
}

/**
 * This daemon's id, part of every sink URL it sets (`.../notifications/<id>/<intent>`): it tells
 * the sessions this daemon created from another daemon's on the same account, whatever the URL's
 * host and port (which may change between runs).
 */
export function loadOrCreateInstanceId(dir: string): Promise<string> {
  return loadOrCreate(dir, "instance-id", 12);
}
