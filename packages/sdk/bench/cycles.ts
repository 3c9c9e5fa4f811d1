// One create → get → extend → delete cycle, through the SDK and through bare fetch.
import { randomUUID } from "node:crypto";
import type { Device, QodClient } from "../src/index.js";

export const TOKEN = "bench-token";

/** The SDK way: validated input, typed errors, validated responses, a Session object. */
export function sdkCycle(client: QodClient, phoneNumber: string): () => Promise<void> {
  const device: Device = client.devices.get({ phoneNumber });
  return async () => {
    const session = await device.createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 3600 });
    await client.sessions.get(session.id);
    await session.extend(600);
    await session.delete();
  };
}

/**
 * The same four requests with fetch and hand-built JSON, checking only the status codes. With
 * `timeoutMs`, each request also carries an AbortSignal that a timer fires, as the SDK's do.
 */
export function bareCycle(baseUrl: string, phoneNumber: string, timeoutMs?: number): () => Promise<void> {
  const send = async (path: string, init: RequestInit, status: number): Promise<Response> => {
    const headers = {
      ...(init.headers as Record<string, string>),
      authorization: `Bearer ${TOKEN}`,
      "x-correlator": randomUUID(),
    };
    let response: Response;
    if (timeoutMs === undefined) {
      response = await fetch(`${baseUrl}${path}`, { ...init, headers });
    } else {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        response = await fetch(`${baseUrl}${path}`, { ...init, headers, signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
    }
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}`);
    return response;
  };
  const json = { "content-type": "application/json" };
  return async () => {
    const created = await send(
      "/sessions",
      {
        method: "POST",
        headers: json,
        body: JSON.stringify({
          device: { phoneNumber },
          qosProfile: "QOS_L",
          applicationServer: { ipv4Address: "233.252.0.2" },
          duration: 3600,
        }),
      },
      201,
    );
    const { sessionId } = (await created.json()) as { sessionId: string };
    await (await send(`/sessions/${sessionId}`, {}, 200)).json();
    const extend = { method: "POST", headers: json, body: JSON.stringify({ requestedAdditionalDuration: 600 }) };
    await (await send(`/sessions/${sessionId}/extend`, extend, 200)).json();
    await (await send(`/sessions/${sessionId}`, { method: "DELETE" }, 204)).arrayBuffer();
  };
}
