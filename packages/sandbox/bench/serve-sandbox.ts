// Child process: the sandbox on a free loopback port; prints its URL.
import { createSandbox } from "../src/index.js";

const sandbox = createSandbox({ logger: false });
console.log(await sandbox.listen(0));
process.on("SIGTERM", () => void sandbox.close().then(() => process.exit(0)));
