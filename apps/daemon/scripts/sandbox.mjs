#!/usr/bin/env node
// A local QoD sandbox for trying qodd: listens on 127.0.0.1, keeps its state in a file, moves its
// clock with the wall clock, and trusts the CA given with --ca so it can deliver notifications
// to qodd's HTTPS endpoint. Usage: node scripts/sandbox.mjs [--port 9090] [--ca cert.pem] [--state FILE]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createSandbox } from "@qod/sandbox";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "9090" },
    ca: { type: "string" },
    state: { type: "string" },
  },
});
const sandbox = createSandbox({
  clock: { realtime: true },
  ...(values.state && { stateFile: values.state }),
  ...(values.ca && { notifications: { ca: readFileSync(values.ca, "utf8") } }),
});
const url = await sandbox.listen(Number(values.port), "127.0.0.1");
process.stdout.write(`QoD sandbox on ${url} (development token: ${sandbox.devToken})\n`);
const stop = async () => {
  await sandbox.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
