import type { Command } from "commander";
import type { Lazy } from "../../command-context.js";
import { examples } from "../../help.js";
import { addCreateOptions, addDeviceOptions } from "../../parse/device.js";

const PHONE = "--phone +36721601234567";
const ID = "7c1f9a2e-4b7d-4c55-9e0a-2f4d6b8a1c3e";

/** `qod assignments …` (QoS Provisioning): declarations only; each command's code loads when it runs. */
export function registerAssignments(program: Command, lazy: Lazy): void {
  const assignments = program
    .command("assignments")
    .description("assign a QoS profile to a device until revoked (QoS Provisioning 0.4.0-rc.1)")
    .summary("QoS assignments (no end time)");
  examples(assignments, `qod assignments create ${PHONE} --profile QOS_L`, `qod assignments show ${PHONE}`);

  const create = addDeviceOptions(
    assignments.command("create").description("assign a QoS profile to a device"),
  ).requiredOption("--profile <name>", "QoS profile, e.g. QOS_L (see 'qod profiles list')");
  addCreateOptions(create, "assignment").action(lazy(() => import("./create.js")));
  examples(create, `qod assignments create ${PHONE} --profile QOS_L --wait`);

  const get = assignments
    .command("get")
    .description("show one assignment")
    .argument("<id>", "assignment id")
    .action(lazy(() => import("./get.js")));
  examples(get, `qod assignments get ${ID}`);

  const show = addDeviceOptions(assignments.command("show").description("show a device's assignment")).action(
    lazy(() => import("./show.js")),
  );
  examples(show, `qod assignments show ${PHONE}`, `qod assignments show ${PHONE} --json | jq -r .id`);

  const revoke = assignments
    .command("revoke")
    .description("end an assignment")
    .argument("<id>", "assignment id")
    .option("--ignore-not-found", "exit 0 when the assignment does not exist")
    .action(lazy(() => import("./revoke.js")));
  examples(revoke, `qod assignments revoke ${ID}`);
}
