import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { nodeTimeoutOptions } from "../src/http/server-timeouts.js";
import { DEFAULT_SERVER_TIMEOUTS, type Sandbox } from "../src/index.js";
import { newSandbox } from "./helpers/sandbox.js";

let sandbox: Sandbox | undefined;
const warnings: string[] = [];

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  warnings.length = 0;
});

// Short timeouts so the tests wait a fraction of a second, not the defaults' 10 and 20 s.
async function serve(): Promise<number> {
  sandbox = newSandbox({
    serverTimeouts: { headersMs: 200, requestMs: 400 },
    logger: { info: () => {}, warn: (m) => void warnings.push(m) },
  });
  return Number(new URL(await sandbox.listen(0)).port);
}

/** A client that sends `first`, then one more byte every 10 ms until the server closes the socket. */
function trickle(port: number, first: string, byte: string | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    let reply = "";
    let timer: NodeJS.Timeout | undefined;
    const socket: Socket = connect(port, "127.0.0.1", () => {
      socket.write(first);
      if (byte !== undefined)
        timer = setInterval(() => {
          if (socket.writable) socket.write(byte);
        }, 10);
    });
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      reply += chunk;
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      // The server may reset a socket it already answered while bytes were still arriving.
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    socket.on("close", () => {
      clearInterval(timer);
      resolve(reply);
    });
  });
}

function expect408(reply: string): void {
  expect(reply).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  expect(reply).toContain("Content-Type: application/json");
  expect(JSON.parse(reply.slice(reply.indexOf("\r\n\r\n") + 4))).toEqual({
    status: 408,
    code: "REQUEST_TIMEOUT",
    message: "The request was not received in time.",
  });
}

describe("request timeouts on a served sandbox", () => {
  it("answers 408 with the error body when the headers stop halfway", async () => {
    const port = await serve();
    expect408(await trickle(port, "GET /healthz HTTP/1.1\r\nHost: sandbox\r\n", undefined));
  });

  it("answers 408 when the headers trickle in a byte at a time and never end", async () => {
    const port = await serve();
    expect408(await trickle(port, "GET /healthz HTTP/1.1\r\nHost: sandbox\r\nX-Slow: ", "a"));
  });

  it("answers 408 when the body trickles in, adds nothing and keeps serving", async () => {
    const port = await serve();
    const head =
      "POST /sandbox/v1/devices HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{";
    expect408(await trickle(port, head, " "));
    const devices = await fetch(`${sandbox?.url}/sandbox/v1/devices`);
    expect(devices.status).toBe(200);
    expect(await devices.json()).toHaveLength(5);
    expect(warnings).toEqual([]);
  });

  it("keeps a connection alive between requests, as before", async () => {
    const port = await serve();
    const request = "GET /healthz HTTP/1.1\r\nHost: sandbox\r\n\r\n";
    const reply = await trickle(
      port,
      request + request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"),
      undefined,
    );
    expect(reply.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
  });

  it("cuts off slow headers and slow bodies within 30 s by default", () => {
    const node = nodeTimeoutOptions();
    expect(DEFAULT_SERVER_TIMEOUTS).toEqual({ headersMs: 10_000, requestMs: 20_000 });
    expect(node.headersTimeout).toBe(10_000);
    expect(node.requestTimeout).toBe(20_000);
    // Node checks the deadlines every interval: the worst case is the deadline plus one interval.
    expect(node.requestTimeout + node.connectionsCheckingInterval).toBeLessThanOrEqual(30_000);
  });

  it("refuses timeouts that are not positive integers, or headers allowed longer than the request", async () => {
    expect(() => nodeTimeoutOptions({ headersMs: 0 })).toThrow(/serverTimeouts\.headersMs must be a positive integer/);
    expect(() => nodeTimeoutOptions({ headersMs: 500, requestMs: 100 })).toThrow(/must not be greater than requestMs/);
    sandbox = newSandbox({ serverTimeouts: { requestMs: Number.NaN } });
    await expect(sandbox.listen(0)).rejects.toThrow(/serverTimeouts\.requestMs/);
  });
});
