import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A server or job in its own process, so load generation does not share its event loop. */
export interface Child {
  /** The first line it printed (a URL or a JSON result). */
  line: string;
  /** Its process id, for reading its CPU time. */
  pid: number;
  stop(): Promise<void>;
}

function firstLine(child: ChildProcess, until: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find(until);
      if (line !== undefined) resolve(line.trim());
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`child exited (${code}):\n${output}`)));
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
}

/** Runs one of this folder's TypeScript files with tsx in a child Node process. */
export async function runScript(name: string, args: string[] = [], nodeFlags: string[] = []): Promise<Child> {
  const file = fileURLToPath(new URL(name, import.meta.url));
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", file, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const line = await firstLine(child, (l) => l.startsWith("http://") || l.startsWith("{"));
  return { line, pid: child.pid ?? 0, stop: stopper(child) };
}

/** Starts Prism's mock of a spec on a port. */
export async function runPrismMock(spec: string, port: number): Promise<Child> {
  const prism = fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url));
  const child = spawn(prism, ["mock", "-h", "127.0.0.1", "-p", String(port), "-v", "error", spec], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  // With -v error Prism prints nothing when it starts: wait until it answers instead.
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error("prism mock exited");
    const ok = await fetch(`${url}/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6`, {
      headers: { authorization: "Bearer x" },
    }).then(
      (r) => r.status,
      () => 0,
    );
    if (ok === 200) return { line: url, pid: child.pid ?? 0, stop: stopper(child) };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("prism mock did not answer");
}
