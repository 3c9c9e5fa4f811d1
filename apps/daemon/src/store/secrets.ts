import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const BYTES = { "sink-token": 32, "instance-id": 12 } as const;

/** Random text of the length a secret or id of this name has. */
export function newSecret(name: keyof typeof BYTES): string {
  return randomBytes(BYTES[name]).toString("base64url");
}

/**
 * Reads a secret or id kept in the state folder, creating it (mode 0600) on first use:
 * `sink-token` is the bearer token the provider sends with notifications; `instance-id` is part
 * of every sink URL (`.../notifications/<id>/<intent>`), telling this daemon's sessions from
 * another's on the same account whatever the URL's host and port.
 */
export function loadOrCreateSecret(dir: string, name: keyof typeof BYTES): Promise<string> {
  return loadOrCreateFile(join(dir, name), BYTES[name]);
}

/** Reads a secret file, first writing `bytes` random bytes (base64url, mode 0600) to it when missing. */
export async function loadOrCreateFile(file: string, bytes: number): Promise<string> {
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
