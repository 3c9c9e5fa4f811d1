// Ports as a list and as ranges, for the device and for the application server.
import type { QodClient } from "@qod/sdk";
import { runFromCommandLine } from "./run.js";

export async function main(client: QodClient, log = console.log) {
  const device = client.devices.get({ phoneNumber: "+36721601234567" });
  const session = await device.createQodSession("QOS_E", {
    serviceIpv4: "198.51.100.0/24",
    devicePorts: { ports: [5060, 5070] },
    servicePorts: { ranges: [{ start: 8000, end: 8080 }], ports: [443] }, // {from, to} works too
    duration: 600,
  });
  log(`device ports ${JSON.stringify(session.devicePorts)}, server ports ${JSON.stringify(session.servicePorts)}`);
  return session;
}

await runFromCommandLine(import.meta.url, main);
