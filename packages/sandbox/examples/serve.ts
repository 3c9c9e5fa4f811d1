// The sandbox on a port, for any HTTP client; state kept in a file across restarts.
// Run: npx tsx examples/serve.ts   (Ctrl-C to stop)
import { pathToFileURL } from "node:url";
import { createSandbox } from "../src/index.js";

export async function main(port = 9091, stateFile = ".qod-sandbox.db") {
  // Realtime: sandbox time follows the wall clock (and /sandbox/v1/clock/advance still jumps it).
  const sandbox = createSandbox({ stateFile, clock: { realtime: true } });
  const url = await sandbox.listen(port); // 127.0.0.1; logs the URL and the development token
  return { sandbox, url };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { sandbox } = await main();
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void sandbox.close().then(() => process.exit(0)));
}
