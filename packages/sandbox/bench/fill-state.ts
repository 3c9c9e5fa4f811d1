// Child process: fills a new state file with N live sessions (50 per device, on devices added
// for them) through the sandbox's own API; prints {"sessions": N, "seconds": ...}.
import { createSandbox, DEV_TOKEN } from "../src/index.js";

const [file, count] = [process.argv[2] as string, Number(process.argv[3])];
const PER_DEVICE = 50;
const sandbox = createSandbox({ logger: false, stateFile: file });
const headers = { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" };
const started = performance.now();
for (let i = 0; i < count; i++) {
  const phoneNumber = `+4915${String(Math.floor(i / PER_DEVICE)).padStart(8, "0")}`;
  if (i % PER_DEVICE === 0) sandbox.control.addDevice({ device: { phoneNumber } });
  const response = await sandbox.fetch("http://sandbox.test/quality-on-demand/v1/sessions", {
    method: "POST",
    headers,
    body: JSON.stringify({
      device: { phoneNumber },
      applicationServer: { ipv4Address: "233.252.0.2" },
      devicePorts: { ports: [1000 + (i % PER_DEVICE)] },
      qosProfile: "QOS_L",
      duration: 86_400,
    }),
  });
  if (response.status !== 201) throw new Error(`create ${i} answered ${response.status}: ${await response.text()}`);
}
await sandbox.close();
console.log(JSON.stringify({ sessions: count, seconds: (performance.now() - started) / 1000 }));
