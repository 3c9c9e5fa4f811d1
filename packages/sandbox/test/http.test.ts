import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEV_TOKEN, type Sandbox } from "../src/index.js";
import { rawRequest } from "./helpers/raw-socket.js";
import { CONTROL, newSandbox, PHONE, QOD } from "./helpers/sandbox.js";

let sandbox: Sandbox;
let url: string;
const infos: string[] = [];

beforeEach(async () => {
  infos.length = 0;
  sandbox = newSandbox({ logger: { info: (m) => void infos.push(m), warn: () => {} } });
  url = await sandbox.listen(0);
});

afterEach(async () => {
  await sandbox.close();
});

describe("listening over HTTP", () => {
  it("binds loopback on a free port, prints the development token, and serves the API", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.url).toBe(url);
    expect(infos.join("\n")).toContain(DEV_TOKEN);
    const response = await fetch(`${url}${QOD}/sessions`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json", "x-correlator": "http-1" },
      body: JSON.stringify({
        device: { phoneNumber: PHONE },
        applicationServer: { ipv4Address: "233.252.0.2" },
        qosProfile: "QOS_L",
        duration: 60,
      }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-correlator")).toBe("http-1");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(sandbox.state.sessionCount).toBe(1);
  });

  it("answers requests node's parser rejects with a 400 error body", async () => {
    const port = Number(new URL(url).port);
    const garbage = await rawRequest(port, "NOT A REQUEST\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage).toContain("content-type: application/json".replace("content-type", "Content-Type"));
    expect(JSON.parse(garbage.slice(garbage.indexOf("\r\n\r\n") + 4))).toMatchObject({
      status: 400,
      code: "INVALID_ARGUMENT",
    });
    const huge = await rawRequest(port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 400 /);
    expect(huge).toContain("too large");
  });

  it("drops the connection for a reset fault", async () => {
    await fetch(`${url}${CONTROL}/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ reset: true }),
    });
    await expect(
      fetch(`${url}${QOD}/sessions/3fa85f64-5717-4562-b3fc-2c963f66afa6`, {
        headers: { authorization: `Bearer ${DEV_TOKEN}` },
      }),
    ).rejects.toThrow();
    const after = await fetch(`${url}/healthz`);
    expect(after.status).toBe(200);
  });

  it("refuses to listen twice and frees the port on close", async () => {
    await expect(sandbox.listen(0)).rejects.toThrow(/already listens/);
    await sandbox.close();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
