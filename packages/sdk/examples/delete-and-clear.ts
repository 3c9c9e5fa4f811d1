// Delete one session, then every session of the device.
import { ClearSessionsError, type QodClient } from "@qod/sdk";
import { runFromCommandLine } from "./run.js";

export async function main(client: QodClient, log = console.log) {
  const device = client.devices.get({ phoneNumber: "+36721601234567" });
  const [oldest] = await device.sessions();
  if (oldest) {
    await oldest.delete();
    log(`deleted ${oldest.id}`);
  }
  try {
    const deleted = await device.clearSessions(); // every DELETE is awaited
    log(`cleared ${deleted.length} more`);
    return deleted;
  } catch (error) {
    if (error instanceof ClearSessionsError) {
      for (const f of error.failures) log(`could not delete ${f.sessionId}: ${f.error.message}`);
    }
    throw error;
  }
}

await runFromCommandLine(import.meta.url, main);
