// Writes to a state database as fast as it can until it is killed: creates sessions on the
// tutorial device's flows, one request (one transaction) at a time, and prints each session id
// once its creation was answered. Run from the built package: node crash-writer.mjs FILE
import { createSandbox } from "../../dist/index.js";

const sandbox = createSandbox({ stateFile: process.argv[2], logger: false, activationDelaySeconds: 0 });
const headers = { authorization: "Bearer qod-sandbox-dev-token", "content-type": "application/json" };
for (let i = 0; ; i++) {
  const response = await sandbox.fetch("http://sandbox.test/quality-on-demand/v1/sessions", {
    method: "POST",
    headers,
    body: JSON.stringify({
      device: { phoneNumber: "+36721601234567" },
      applicationServer: { ipv4Address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      qosProfile: "QOS_L",
      duration: 3600,
    }),
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`create answered ${response.status}: ${JSON.stringify(body)}`);
  process.stdout.write(`${body.sessionId}\n`);
}
