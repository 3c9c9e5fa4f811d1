import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The bearer token the provider sends with notifications. One per daemon, kept in the state
 * directory (mode 0600) so sessions created before a restart still authenticate after it.
 */
export async function loadOrCreateSinkToken(dir: string): Promise<string> {
  const file = join(dir, "sink-token");
  try {
    const token = (await readFile(file, "utf8")).trim();
    if (token.length >= 32) return token;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const token = randomBytes(32).toString("base64url");
  // "wx": never overwrite a token another process just wrote.
  await writeFile(file, `${token}\n`, { mode: 0o600, flag: "wx" }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return (await readFile(file, "utf8")).trim();
}
