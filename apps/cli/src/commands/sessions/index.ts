import type { Command } from "commander";
import type { Lazy } from "../../command-context.js";
import { examples } from "../../help.js";
import { addCreateOptions, addDeviceOptions } from "../../parse/device.js";

const PHONE = "--phone +36721601234567";

/** A repeatable flag that also takes comma lists: `--x a,b --x c` gives [a, b, c]. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(",").map((v) => v.trim())];
}

/** `qod sessions …`: declarations only; each command's code loads when it runs. */
export function registerSessions(program: Command, lazy: Lazy): void {
  const sessions = program
    .command("sessions")
    .description("create, list, inspect, extend and delete QoS sessions")
    .summary("QoS sessions");
  examples(
    sessions,
    `qod sessions create ${PHONE} --service-ipv4 233.252.0.2 --profile DOWNLINK_L_UPLINK_L --duration 1h`,
    `qod sessions list ${PHONE}`,
  );

  const create = addDeviceOptions(sessions.command("create").description("ask the network to prioritise a flow"))
    .requiredOption(
      "--profile <name>",
      "QoS profile, e.g. DOWNLINK_L_UPLINK_L or QOS_E (see 'qod profiles list'; the sandbox's QOS_TEST_* are accepted)",
    )
    .option("--service-ipv4 <address>", "application server IPv4 address or address/prefix")
    .option("--service-ipv6 <address>", "application server IPv6 address or address/prefix")
    .option(
      "--service-address <address>",
      "application server address, repeatable or a comma list, up to 16 (needs --api-version 1.2.0-rc.3)",
      collectList,
    )
    .option("--duration <duration>", "how long: 90, 90s, 15m, 1h, up to 24h", "24h")
    .option("--device-ports <ports>", "device ports, e.g. 80,443,8000-8080")
    .option("--service-ports <ports>", "application server ports, e.g. 80,443,8000-8080");
  addCreateOptions(create, "session").action(lazy(() => import("./create.js")));
  examples(
    create,
    `qod sessions create ${PHONE} --service-ipv4 233.252.0.2 --profile DOWNLINK_L_UPLINK_L --duration 1h`,
    "qod sessions create --ipv4-public 233.252.0.2 --ipv4-private 192.0.2.25 --service-ipv6 2001:db8::5 --profile QOS_E --service-ports 80,443,8000-8080 --wait",
    `qod --api-version 1.2.0-rc.3 sessions create ${PHONE} --service-address 233.252.0.2,2001:db8::1 --profile QOS_E`,
  );

  const list = addDeviceOptions(sessions.command("list").description("list a device's sessions")).action(
    lazy(() => import("./list.js")),
  );
  examples(list, `qod sessions list ${PHONE}`, `qod sessions list ${PHONE} --json | jq '.[].id'`);

  const get = sessions
    .command("get")
    .description("show one session")
    .argument("<id>", "session id")
    .action(lazy(() => import("./get.js")));
  examples(get, "qod sessions get 3fa85f64-5717-4562-b3fc-2c963f66afa6");

  const extend = sessions
    .command("extend")
    .description("add time to an AVAILABLE session")
    .argument("<id>", "session id")
    .requiredOption("--by <duration>", "how much longer: 90, 90s, 15m, 1h")
    .action(lazy(() => import("./extend.js")));
  examples(extend, "qod sessions extend 3fa85f64-5717-4562-b3fc-2c963f66afa6 --by 5m");

  const del = sessions
    .command("delete")
    .description("end a session now")
    .argument("<id>", "session id")
    .option("--ignore-not-found", "exit 0 when the session does not exist (already deleted or expired)")
    .action(lazy(() => import("./delete.js")));
  examples(
    del,
    "qod sessions delete 3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "qod sessions delete 3fa85f64-5717-4562-b3fc-2c963f66afa6 --ignore-not-found",
  );

  const clear = addDeviceOptions(sessions.command("clear").description("delete every session of a device"))
    .option("-y, --yes", "do not ask for confirmation (required when stdin is not a terminal)")
    .action(lazy(() => import("./clear.js")));
  examples(clear, `qod sessions clear ${PHONE}`, `qod sessions clear ${PHONE} --yes`);

  const watch = sessions
    .command("watch")
    .description("follow a session's status and remaining time until it ends (Ctrl-C to stop)")
    .argument("<id>", "session id")
    .option("--interval <duration>", "how often to ask the provider, e.g. 2s or 500ms", "2s")
    .action(lazy(() => import("./watch.js")));
  examples(watch, "qod sessions watch 3fa85f64-5717-4562-b3fc-2c963f66afa6");
}
