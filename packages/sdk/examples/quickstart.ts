// Give a phone priority on the way to a game server for one hour, then clean up.
// Run: QOD_BASE_URL=https://provider.example QOD_TOKEN=... npx tsx examples/quickstart.ts
import type { QodClient } from "@qod/sdk";
import { runFromCommandLine } from "./run.js";

export async function main(client: QodClient, log = console.log) {
  const device = client.devices.get({ phoneNumber: "+36721601234567" });

  const session = await device.createQodSession({
    profile: "DOWNLINK_L_UPLINK_L",
    serviceIpv4: "233.252.0.2",
    duration: 3600,
  });
  log(`session ${session.id} is ${session.status}`); // REQUESTED: the network applies it shortly

  await session.waitForStatus("AVAILABLE", { timeout: 30_000 });
  log(`${session.status} until ${session.expiresAt?.toISOString()}`);

  await session.extend(1800); // only an AVAILABLE session can be extended
  log(`extended: ${session.duration} s, ${session.remainingSeconds()} s left`);

  await session.delete();
  log(`deleted ${session.id}`);
  return session;
}

await runFromCommandLine(import.meta.url, main);
