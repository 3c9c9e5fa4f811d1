// The provider's QoS profiles, and the catalogue the SDK knows offline.
import { knownQosProfiles, type QodClient } from "@qod/sdk";
import { runFromCommandLine } from "./run.js";

export async function main(client: QodClient, log = console.log) {
  for (const { name, description } of knownQosProfiles) log(`${name}: ${description}`);

  const device = client.devices.get({ phoneNumber: "+36721601234567" });
  const usable = await client.profiles.list({ device, status: "ACTIVE" });
  log(`usable by the device: ${usable.map((p) => p.name).join(", ")}`);

  const qosL = await client.profiles.get("QOS_L");
  log(`QOS_L lasts at most ${qosL.maxDuration?.value} ${qosL.maxDuration?.unit}`);
  return usable;
}

await runFromCommandLine(import.meta.url, main);
