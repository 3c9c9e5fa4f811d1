// Child process: the sandbox on a free loopback port, in memory or on the state file given; prints its URL.
import { createSandbox } from "../src/index.js";

const stateFile = process.argv[2];
const sandbox = createSandbox({ logger: false, ...(stateFile ? { stateFile } : {}) });
console.log(await sandbox.listen(0));
process.on("SIGTERM", () => void sandbox.close().then(() => process.exit(0)));
