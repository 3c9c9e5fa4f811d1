import type { DeviceIdentifiers } from "@qod/sdk";
import type { CommandContext } from "../../command-context.js";
import { describeDevice } from "../../format/session.js";
import { renderTable } from "../../format/table.js";
import { withConnection } from "../../runtime/connection.js";

interface DeviceView {
  id: string;
  device: DeviceIdentifiers;
  eligible: boolean;
}

export async function run(context: CommandContext): Promise<void> {
  const { io } = context;
  await withConnection(context, async ({ control }) => {
    const devices = await control.call<DeviceView[]>("GET", "/devices");
    io.result(
      () => devices,
      () =>
        io.line(
          renderTable(
            ["ID", "PHONE", "IPV4", "IPV6", "NAI", "ELIGIBLE"],
            devices.map(({ id, device, eligible }) => [
              id,
              device.phoneNumber ?? "-",
              device.ipv4Address ? describeDevice({ ipv4Address: device.ipv4Address }) : "-",
              device.ipv6Address ?? "-",
              device.networkAccessIdentifier ?? "-",
              eligible ? io.colors.green("yes") : io.colors.red("no"),
            ]),
            io.colors.bold,
          ),
        ),
    );
  });
}
