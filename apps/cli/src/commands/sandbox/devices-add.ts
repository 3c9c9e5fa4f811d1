import { deviceInputSchema, parseInput } from "@qod/sdk";
import type { CommandContext } from "../../command-context.js";
import { describeDevice } from "../../format/session.js";
import { type DeviceFlags, deviceFromFlags } from "../../parse/device.js";
import { withConnection } from "../../runtime/connection.js";

interface DeviceView {
  id: string;
  device: Record<string, unknown>;
  eligible: boolean;
}

export async function run(context: CommandContext, flags: DeviceFlags & { ineligible?: boolean }): Promise<void> {
  const { io } = context;
  // The SDK's checks, so a malformed identifier fails here, with the flag named, before any request.
  const device = parseInput(deviceInputSchema, deviceFromFlags(flags, true), { path: "device" });
  await withConnection(context, async ({ control }) => {
    const view = await control.call<DeviceView>("POST", "/devices", { device, eligible: !flags.ineligible });
    io.result(
      () => view,
      () =>
        io.line(`added device ${view.id}: ${describeDevice(device)}${view.eligible ? "" : " (not eligible for QoD)"}`),
    );
  });
}
