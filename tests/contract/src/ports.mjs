// Loopback port helpers for the Prism harness: pick a free port, wait until something listens.
import { createConnection, createServer } from "node:net";

/** Pause between connection attempts while waiting for a listener, in milliseconds. */
const POLL_INTERVAL_MS = 50;

/**
 * A port that was free a moment ago: the OS picks it for a throwaway listener we close at once.
 * @param {string} host
 * @returns {Promise<number>}
 */
export function findFreePort(host) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error(`no port assigned on ${host}`))));
    });
  });
}

/**
 * Whether host:port can be bound right now. Checked before Prism starts, because a listener that
 * is already there would answer our readiness probe in Prism's place.
 * @param {string} host
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortFree(host, port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * Resolves once a TCP connection to host:port succeeds and `ready()` agrees. Rejects when `exited`
 * settles first (the process that should listen is gone) or after `timeoutMs`.
 * @param {import("./ports.d.mts").WaitForPortOptions} options
 * @returns {Promise<void>}
 */
export async function waitForPort({ host, port, timeoutMs, exited, ready = () => true }) {
  let gone = false;
  exited?.then(() => {
    gone = true;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) throw new Error("exited while starting");
    if ((await canConnect(host, port)) && ready()) return;
    if (gone) throw new Error("exited while starting");
    if (Date.now() >= deadline) throw new Error(`not listening after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/**
 * @param {string} host
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
