import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { createSandbox } from "../src/index.js";

const WRITER = fileURLToPath(new URL("./helpers/crash-writer.mjs", import.meta.url));
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer and kills it with SIGKILL once it has confirmed `count` sessions; resolves with every id it confirmed. */
function writeUntilKilled(file: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, file], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      if (out.split("\n").length > count) child.kill("SIGKILL");
    });
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL") reject(new Error(`the writer exited with ${code}: ${err}`));
      // A line cut by the kill is no confirmed answer.
      else resolve(out.split("\n").filter((line) => /^[0-9a-f-]{36}$/.test(line)));
    });
  });
}

it("a process killed in the middle of writing loses nothing committed and leaves nothing half-written", async () => {
  dir = mkdtempSync(join(tmpdir(), "qod-sandbox-crash-"));
  const file = join(dir, "state.db");
  const confirmed = await writeUntilKilled(file, 200);
  expect(confirmed.length).toBeGreaterThanOrEqual(200);

  const db = new Database(file);
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    // A create writes the session and its timeline mark in one transaction: both or neither.
    const orphans = db
      .prepare(
        `SELECT id FROM sessions WHERE id NOT IN
           (SELECT json_extract(body, '$.sessionId') FROM session_events WHERE json_extract(body, '$.kind') = 'created')`,
      )
      .all();
    expect(orphans).toEqual([]);
  } finally {
    db.close();
  }
  // The sandbox opens it, and every answered create is there.
  const sandbox = createSandbox({ stateFile: file, logger: false });
  try {
    for (const id of confirmed) expect(sandbox.state.session(id), id).toBeDefined();
  } finally {
    await sandbox.close();
  }
});
