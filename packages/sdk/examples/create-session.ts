// Create a session: a device, a QoS profile, the application server and a duration.
import type { QodClient } from "@qod/sdk";
import { runFromCommandLine } from "./run.js";

export async function main(client: QodClient, log = console.log) {
  const device = client.devices.get({
    phoneNumber: "+36721601234567",
    ipv4Address: { publicAddress: "233.252.0.2", privateAddress: "192.0.2.25" },
  });
  const session = await device.createQodSession({
    profile: "QOS_L",
    serviceIpv4: "233.252.0.2",
    serviceIpv6: "2001:db8:85a3:8d3:1319:8a2e:370:7344",
    duration: 3600, // seconds, 1 to 86400; 86400 when left out
    sink: "https://application-server.example.com/notifications",
    sinkCredential: { accessToken: "notification-token", accessTokenExpiresUtc: new Date("2026-12-01T00:00:00Z") },
  });
  log(JSON.stringify(session, null, 2)); // plain JSON, dates as RFC 3339
  return session;
}

await runFromCommandLine(import.meta.url, main);
