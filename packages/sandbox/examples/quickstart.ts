// A QoS session on a sandbox in this process: no network, no account, a clock you move by hand.
// Run: npx tsx examples/quickstart.ts
import { pathToFileURL } from "node:url";
import { QodClient } from "@qod/sdk";
import { createSandbox, DEV_TOKEN } from "../src/index.js";

export async function main(log = console.log) {
  const sandbox = createSandbox({ logger: false });
  const client = new QodClient({
    token: DEV_TOKEN,
    baseUrl: "http://127.0.0.1/quality-on-demand/v1",
    fetch: sandbox.fetch, // in-process: no port is opened
  });

  const device = client.devices.get({ phoneNumber: "+36721601234567" });
  const session = await device.createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 60 });
  log(`created: ${session.status}`); // REQUESTED

  sandbox.clock.advance(1); // the network applies the profile after 1 s of sandbox time
  await session.refresh();
  log(`after 1 s: ${session.status} until ${session.expiresAt?.toISOString()}`);

  sandbox.clock.advance(60);
  await session.refresh();
  log(`after 61 s: ${session.status} (${session.statusInfo})`); // UNAVAILABLE (DURATION_EXPIRED)

  await sandbox.close();
  return session;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
