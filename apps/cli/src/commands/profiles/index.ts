import type { Command } from "commander";
import type { Lazy } from "../../command-context.js";
import { examples } from "../../help.js";
import { addDeviceOptions } from "../../parse/device.js";

/** `qod profiles …`: the provider's QoS profiles. */
export function registerProfiles(program: Command, lazy: Lazy): void {
  const profiles = program.command("profiles").description("the provider's QoS profiles").summary("QoS profiles");
  examples(profiles, "qod profiles list", "qod profiles get QOS_E");

  const list = addDeviceOptions(
    profiles
      .command("list")
      .description("list QoS profiles, optionally those a device may use")
      .option("--status <status>", "only ACTIVE, INACTIVE or DEPRECATED profiles")
      .option("--name <name>", "only the profile with this name"),
  ).action(lazy(() => import("./list.js")));
  examples(list, "qod profiles list", "qod profiles list --status ACTIVE --phone +36721601234567");

  const get = profiles
    .command("get")
    .description("show one QoS profile")
    .argument("<name>", "profile name")
    .action(lazy(() => import("./get.js")));
  examples(get, "qod profiles get DOWNLINK_L_UPLINK_L");
}
