// Starts `prism mock` for one of the contract's specs on a loopback port and stops it again.
// Runs under plain Node (no build): the vitest global setup and `pnpm mock` both use it.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { specFiles } from "@qod/openapi/validator";
import { findFreePort, isPortFree, waitForPort } from "./ports.mjs";

/** How much of Prism's output is kept for error messages, in characters. */
const OUTPUT_LIMIT = 16_384;
/** How long `stop()` waits after SIGTERM before it sends SIGKILL, in milliseconds. */
const KILL_GRACE_MS = 5_000;
/** What Prism prints once its server is bound, e.g. "Prism is listening on http://127.0.0.1:4010". */
const LISTENING = /Prism is listening on/;
/** Free-port mode only: another process can take the port between the probe and Prism's listen. */
const PORT_ATTEMPTS = 3;

/**
 * The Prism CLI's entry script, found through its package.json `bin` field, so it runs under the
 * current Node directly (no shell wrapper between us and the process we must stop).
 * @returns {string}
 */
export function prismEntry() {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("@stoplight/prism-cli/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.prism;
  if (!bin) throw new Error(`@stoplight/prism-cli at ${manifestPath} declares no "prism" bin`);
  return resolve(dirname(manifestPath), bin);
}

/**
 * @param {import("./prism.d.mts").StartPrismOptions} options
 * @returns {Promise<import("./prism.d.mts").PrismMock>}
 */
export async function startPrism(options) {
  const { spec, host = "127.0.0.1", port, readyTimeoutMs = 120_000, onOutput } = options;
  const specFile = specFiles[spec];
  if (!specFile) throw new Error(`unknown spec "${spec}": expected one of ${Object.keys(specFiles).join(", ")}`);
  const attempts = port === undefined ? PORT_ATTEMPTS : 1;
  for (let attempt = 1; ; attempt++) {
    const chosenPort = port ?? (await findFreePort(host));
    if (!(await isPortFree(host, chosenPort))) {
      if (attempt < attempts) continue;
      throw new PrismStartError(`cannot start prism on ${host}:${chosenPort}: the port is in use`, "");
    }
    try {
      return await launchPrism({ specPath: fileURLToPath(specFile), host, port: chosenPort, readyTimeoutMs, onOutput });
    } catch (error) {
      const lostRace = error instanceof PrismStartError && error.output.includes("EADDRINUSE");
      if (!lostRace || attempt >= attempts) throw error;
    }
  }
}

/** Prism exited or never listened; `output` is the tail of what it printed. */
export class PrismStartError extends Error {
  /** @param {string} message @param {string} output */
  constructor(message, output) {
    super(output ? `${message}\n--- prism output ---\n${output}` : message);
    this.name = "PrismStartError";
    this.output = output;
  }
}

/**
 * Runs Prism on any spec file and port, without the free-port checks of {@link startPrism}.
 * @param {import("./prism.d.mts").LaunchPrismOptions} options
 * @returns {Promise<import("./prism.d.mts").PrismMock>}
 */
export async function launchPrism({ specPath, host = "127.0.0.1", port, readyTimeoutMs = 120_000, onOutput }) {
  const args = [prismEntry(), "mock", "-h", host, "-p", String(port), specPath];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let announced = false;
  const collect = (/** @type {Buffer} */ chunk) => {
    const text = chunk.toString("utf8");
    // Always drained: a full pipe would block Prism's logging and with it every response.
    output = (output + text).slice(-OUTPUT_LIMIT);
    announced ||= LISTENING.test(output);
    onOutput?.(text);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);

  let running = true;
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolveExit) => {
    const done = (/** @type {number | null} */ code) => {
      running = false;
      resolveExit(code);
    };
    child.once("exit", (code) => done(code));
    // A process that could not be spawned emits "error" and never "exit".
    child.once("error", (error) => {
      output += `\n${error.message}`;
      done(null);
    });
  });
  const isRunning = () => running;

  // If this process ends without stop() (Ctrl-C, SIGTERM, a crash), Prism must not outlive it.
  const killNow = () => {
    if (isRunning()) child.kill("SIGTERM");
  };
  /** @param {NodeJS.Signals} signal */
  const onSignal = (signal) => {
    killNow();
    unregister();
    // Our listener suppressed Node's default action; restore it when nobody else handles the signal.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const unregister = () => {
    process.off("exit", killNow);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
  process.on("exit", killNow);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  exited.then(unregister);

  /** @type {Promise<void> | undefined} */
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (isRunning()) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
        timer.unref();
        await exited;
        clearTimeout(timer);
      }
      unregister();
    })();
    return stopping;
  };

  // A connection alone could reach another process that holds the port (Prism then exits with
  // EADDRINUSE); Prism's own "listening" line proves the listener is this child.
  const ready = () => announced;
  const failure = await waitForPort({ host, port, timeoutMs: readyTimeoutMs, exited, ready }).then(
    () => undefined,
    (/** @type {Error} */ reason) => reason.message,
  );
  // Prism can also die just after the probe succeeded, e.g. when a late listener took the port.
  if (failure || !isRunning()) {
    const reason = isRunning() ? failure : `exited (code ${child.exitCode ?? child.signalCode}) before it was ready`;
    await stop();
    throw new PrismStartError(`prism mock ${specPath} on ${host}:${port}: ${reason}`, output);
  }
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return { url: `http://${urlHost}:${port}`, port, pid: child.pid ?? -1, exited, stop, output: () => output };
}
