// Child process for the cold-start row, run by plain `node` (no tsx) so it pays what a user's
// process pays: import the built package, create a sandbox on a state file, answer one
// POST /sessions. Prints the phases' times in ms as JSON. Args: state file, device port.
const start = performance.now();
const { createSandbox, DEV_TOKEN } = await import("@qod/sandbox");
const imported = performance.now();
const sandbox = createSandbox({ stateFile: process.argv[2], logger: false });
const created = performance.now();
const response = await sandbox.fetch("http://sandbox/quality-on-demand/v1/sessions", {
  method: "POST",
  headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
  body: JSON.stringify({
    device: { phoneNumber: "+36721601234567" },
    applicationServer: { ipv4Address: "233.252.0.2" },
    // A port of its own per run, so sessions left in the state file never conflict (409).
    devicePorts: { ports: [Number(process.argv[3])] },
    qosProfile: "QOS_L",
    duration: 60,
  }),
});
const body = await response.text();
const answered = performance.now();
await sandbox.close();
if (response.status !== 201) throw new Error(`POST /sessions answered ${response.status}: ${body}`);
console.log(
  JSON.stringify({ importMs: imported - start, createMs: created - imported, requestMs: answered - created }),
);
