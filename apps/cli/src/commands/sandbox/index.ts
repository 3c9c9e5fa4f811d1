import type { Command } from "commander";
import type { Lazy } from "../../command-context.js";
import { examples } from "../../help.js";
import { addDeviceOptions } from "../../parse/device.js";

/** `qod sandbox …`: run and steer the local QoD network. */
export function registerSandbox(program: Command, lazy: Lazy): void {
  const sandbox = program
    .command("sandbox")
    .description(
      "run and steer the local QoD network: the embedded one (no base URL configured) or a 'qod sandbox start' server",
    )
    .summary("the local QoD network");
  examples(sandbox, "qod sandbox start --port 4000", "qod sandbox clock advance 1h");

  const start = sandbox
    .command("start")
    .description("serve a sandbox over HTTP in the foreground until Ctrl-C")
    .option("--port <port>", "port to listen on; 0 picks a free one", "4000")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--state <file>", "keep the state in this JSON file (default: in memory)")
    .option("--activation-delay <duration>", "sandbox time from create to AVAILABLE, e.g. 0 or 1s", "1s")
    .action(lazy(() => import("./start.js")));
  examples(
    start,
    "qod sandbox start",
    "qod sandbox start --port 0 --state ./sandbox.db",
    "QOD_BASE_URL=http://127.0.0.1:4000 qod sessions list --phone +36721601234567",
  );

  const reset = sandbox
    .command("reset")
    .description("put the sandbox back to its seed: seed devices and profiles, no sessions")
    .action(lazy(() => import("./reset.js")));
  examples(reset, "qod sandbox reset");

  const clock = sandbox.command("clock").description("the sandbox's clock").summary("sandbox time");
  examples(clock, "qod sandbox clock show", "qod sandbox clock advance 1h");
  const show = clock
    .command("show")
    .description("print sandbox time")
    .action(lazy(() => import("./clock-show.js")));
  examples(show, "qod sandbox clock show");
  const advance = clock
    .command("advance")
    .description("move sandbox time forward; activations and expiries due in that span happen in order")
    .argument("<duration>", "how far: 90, 90s, 15m, 1h")
    .action(lazy(() => import("./clock-advance.js")));
  examples(advance, "qod sandbox clock advance 1h");

  const terminate = sandbox
    .command("terminate")
    .description("end a session as the network would (UNAVAILABLE, NETWORK_TERMINATED)")
    .argument("<id>", "session id")
    .action(lazy(() => import("./terminate.js")));
  examples(terminate, "qod sandbox terminate 3fa85f64-5717-4562-b3fc-2c963f66afa6");

  const devices = sandbox.command("devices").description("devices the sandbox network knows").summary("devices");
  examples(devices, "qod sandbox devices add --phone +36721601234999", "qod sandbox devices list");
  const add = addDeviceOptions(devices.command("add").description("add a device"))
    .option("--ineligible", "the device exists but may not use QoD (422 SERVICE_NOT_APPLICABLE)")
    .action(lazy(() => import("./devices-add.js")));
  examples(
    add,
    "qod sandbox devices add --phone +36721601234999",
    "qod sandbox devices add --ipv6 2001:db8::9 --ineligible",
  );
  const list = devices
    .command("list")
    .description("list the sandbox's devices")
    .action(lazy(() => import("./devices-list.js")));
  examples(list, "qod sandbox devices list");

  const token = addDeviceOptions(
    sandbox
      .command("token")
      .description("mint an access token; with device flags it is bound to that device (3-legged)")
      .option("--scopes <scopes>", "comma-separated scopes (default: all)")
      .option("--client-id <id>", "API client the token belongs to", "default")
      .option("--expires-in <duration>", "lifetime, e.g. 1h", "1h"),
  ).action(lazy(() => import("./token.js")));
  examples(
    token,
    "export QOD_TOKEN=$(qod sandbox token --scopes qos-profiles:read)",
    "qod sandbox token --phone +36721601234567 --json",
  );
}
