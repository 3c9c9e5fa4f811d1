import { createSandbox, DEV_TOKEN, type NotificationTransport, type Sandbox } from "../src/index.js";

const PHONES = ["+36721601234567", "+36721601234568", "+36721601234569"];
const PROFILES = ["QOS_L", "QOS_M", "QOS_S", "DOWNLINK_L_UPLINK_L"];

/** Answers every notification with 204 without sending it anywhere. */
const acceptingTransport: NotificationTransport = {
  post: async () => 204,
  close: () => {},
};

/**
 * A sandbox on 127.0.0.1 with `sessions` sessions spread over three devices and four profiles:
 * some with a sink, a few extended, terminated or expired, one fault armed, and a QoS assignment
 * per device (one of them terminated).
 */
export async function demoSandbox(sessions: number): Promise<{ sandbox: Sandbox; url: string }> {
  const sandbox = createSandbox({
    logger: false,
    clock: { start: "2026-11-21T10:00:00Z" },
    notifications: { transport: acceptingTransport },
  });
  const url = await sandbox.listen(0, "127.0.0.1");
  const post = async (path: string, body: unknown) => {
    const response = await sandbox.fetch(`${url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return response.status === 204
      ? undefined
      : ((await response.json()) as { sessionId: string; assignmentId: string });
  };
  const ids: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const created = await post("/quality-on-demand/v1/sessions", {
      device: { phoneNumber: PHONES[i % PHONES.length] },
      applicationServer: { ipv4Address: `198.51.${(i >> 8) & 255}.${i & 255}` },
      qosProfile: PROFILES[i % PROFILES.length],
      duration: i % 12 === 5 ? 120 : 600 + 300 * (i % 12),
      ...(i % 4 === 0 ? { sink: `https://app.example.com/qod/${i}` } : {}),
    });
    if (created) ids.push(created.sessionId);
    if (i % 3 === 2 && i < 36) sandbox.clock.advance(20);
  }
  const assigned: string[] = [];
  for (const [i, phoneNumber] of PHONES.entries()) {
    const created = await post("/qos-provisioning/v0.4rc1/qos-assignments", {
      device: { phoneNumber },
      qosProfile: PROFILES[(i + 1) % PROFILES.length],
    });
    if (created) assigned.push(created.assignmentId);
  }
  sandbox.clock.advance(1);
  await post(`/sandbox/v1/assignments/${assigned.at(-1)}/terminate`, {});
  for (const [i, id] of ids.entries()) {
    if (i % 7 === 1) await post(`/quality-on-demand/v1/sessions/${id}/extend`, { requestedAdditionalDuration: 900 });
    if (i % 11 === 3) await post(`/sandbox/v1/sessions/${id}/terminate`, {});
  }
  sandbox.clock.advance(200);
  await post("/sandbox/v1/faults", { method: "POST", path: "/sessions", status: 503, retryAfter: 5, count: 2 });
  await sandbox.notifications.idle();
  return { sandbox, url };
}
