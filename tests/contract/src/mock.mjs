#!/usr/bin/env node
// `pnpm mock`: Prism mocks of every spec version on loopback until Ctrl-C (or SIGTERM), then a
// clean stop.
import { parseArgs } from "node:util";
import { startPrism } from "./prism.mjs";

const USAGE = `Usage: pnpm mock [--port <qod port>] [--profiles-port <port>] [--quiet]

Starts a Prism mock of every version in openapi/ on 127.0.0.1:
  QoD 1.1.0 on --port, QoS Profiles 1.1.0 on --profiles-port, then QoD 1.2.0-rc.3,
  QoS Profiles 1.2.0-rc.3 and QoS Provisioning 0.4.0-rc.1 on the QoD port + 2, + 3 and + 4.
  --port            QoD 1.1.0 mock port (env QOD_MOCK_PORT, default 4010)
  --profiles-port   QoS Profiles 1.1.0 mock port (env QOD_PROFILES_MOCK_PORT, default: QoD port + 1)
  --quiet           do not print Prism's request log`;

/** Every mock `pnpm mock` starts: the spec name, a label and its port's offset from --port. */
const MOCKS = [
  { spec: "qod", label: "QoD 1.1.0", offset: 0 },
  { spec: "profiles", label: "QoS Profiles 1.1.0", offset: 1 },
  { spec: "qod@1.2.0-rc.3", label: "QoD 1.2.0-rc.3", offset: 2 },
  { spec: "profiles@1.2.0-rc.3", label: "QoS Profiles 1.2.0-rc.3", offset: 3 },
  { spec: "provisioning@0.4.0-rc.1", label: "QoS Provisioning 0.4.0-rc.1", offset: 4 },
];

/** @param {string | undefined} text @param {string} what */
function parsePort(text, what) {
  if (text === undefined || text === "") return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`${what}: not a port: ${text}`);
  return port;
}

class UsageError extends Error {}

/** @param {string[]} argv */
function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      "profiles-port": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const qodPort = parsePort(values.port, "--port") ?? parsePort(process.env.QOD_MOCK_PORT, "QOD_MOCK_PORT") ?? 4010;
  const profilesPort =
    parsePort(values["profiles-port"], "--profiles-port") ??
    parsePort(process.env.QOD_PROFILES_MOCK_PORT, "QOD_PROFILES_MOCK_PORT") ??
    qodPort + 1;
  if (profilesPort === qodPort) throw new UsageError(`both mocks cannot use port ${qodPort}`);
  if (qodPort + 4 > 65535) throw new UsageError(`--port: ${qodPort} leaves no room for the four ports after it`);
  return { qodPort, profilesPort, quiet: values.quiet === true, help: values.help === true };
}

/** @param {string} label @param {boolean} quiet */
function logLines(label, quiet) {
  if (quiet) return undefined;
  return (/** @type {string} */ text) => {
    for (const line of text.split("\n")) if (line.trim()) process.stdout.write(`[${label}] ${line}\n`);
  };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  /** @type {import("./prism.d.mts").PrismMock[]} */
  const mocks = [];
  let stopping = false;
  const stopAll = async (/** @type {number} */ code) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(mocks.map((mock) => mock.stop()));
    process.exit(code);
  };
  // Registered before Prism starts, so an early Ctrl-C also ends in a clean stop.
  process.once("SIGINT", () => void stopAll(0));
  process.once("SIGTERM", () => void stopAll(0));

  const portOf = ({ spec, offset }) => (spec === "profiles" ? options.profilesPort : options.qodPort + offset);
  const started = await Promise.allSettled(
    MOCKS.map((mock) =>
      startPrism({
        spec: /** @type {any} */ (mock.spec),
        port: portOf(mock),
        onOutput: logLines(mock.spec, options.quiet),
      }),
    ),
  );
  for (const result of started) if (result.status === "fulfilled") mocks.push(result.value);
  const failure = started.find((result) => result.status === "rejected");
  if (failure) {
    console.error(failure.reason instanceof Error ? failure.reason.message : String(failure.reason));
    await stopAll(1);
    return;
  }
  for (const mock of mocks) {
    // A mock that dies on its own leaves the other one pointless: report it and stop.
    mock.exited.then((code) => {
      if (stopping) return;
      console.error(`Prism on ${mock.url} exited unexpectedly (code ${code})\n${mock.output()}`);
      void stopAll(1);
    });
  }
  for (const [index, mock] of MOCKS.entries()) console.log(`${`${mock.label}:`.padEnd(29)} ${mocks[index]?.url}`);
  console.log("Paths are at the root, e.g. POST <QoD URL>/sessions, GET <QoS Profiles URL>/qos-profiles/QOS_L.");
  console.log("Send Authorization: Bearer <any token>. Press Ctrl-C to stop.");
}

main().catch((error) => {
  // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
  const usage = error instanceof UsageError || String(error?.code).startsWith("ERR_PARSE_ARGS");
  console.error(usage ? `${error.message}\n\n${USAGE}` : error);
  process.exit(usage ? 2 : 1);
});
