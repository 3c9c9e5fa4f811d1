// List a device's sessions, read one by id, and extend it.
import type { QodClient } from "@qod/sdk";
import { runFromCommandLine } from "./run.js";

export async function main(client: QodClient, log = console.log) {
  const device = client.devices.get({ phoneNumber: "+36721601234567" });
  const sessions = await device.sessions(); // [] only when the provider says there are none
  for (const s of sessions) log(`${s.id} ${s.profile} ${s.status} ${s.remainingSeconds()} s left`);

  const first = sessions[0];
  if (!first) return undefined;
  const session = await client.sessions.get(first.id);
  await session.waitForStatus("AVAILABLE"); // a new session is REQUESTED for a moment
  await session.extend(600); // duration and expiresAt come from the provider's answer
  log(`${session.id} now lasts ${session.duration} s`);
  return session;
}

await runFromCommandLine(import.meta.url, main);
