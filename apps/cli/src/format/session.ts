import type { DeviceIdentifiers, Session } from "@qod/sdk";
import type { Io } from "../io.js";
import { formatPorts } from "../parse/ports.js";
import { paintStatus } from "./status.js";
import { renderDetails, renderTable } from "./table.js";
import { formatBoth, formatLocal, formatRemaining, formatSpan } from "./time.js";

/** The one identifier a provider echoes, as a person would write it. */
export function describeDevice(device: DeviceIdentifiers | undefined): string {
  if (!device) return "";
  if (device.phoneNumber) return device.phoneNumber;
  if (device.networkAccessIdentifier) return device.networkAccessIdentifier;
  if (device.ipv4Address) {
    const { publicAddress, privateAddress, publicPort } = device.ipv4Address;
    return `${publicAddress}${publicPort !== undefined ? `:${publicPort}` : ""}${privateAddress ? ` (${privateAddress})` : ""}`;
  }
  return device.ipv6Address ?? "";
}

function service(session: Session): string {
  return [session.serviceIpv4, session.serviceIpv6, ...(session.serviceAddresses ?? [])].filter(Boolean).join(", ");
}

function remaining(session: Session): string {
  if (session.status === "UNAVAILABLE") return "-";
  if (session.status === "REQUESTED") return `${formatRemaining(session.duration)} (not started)`;
  // The provider's clock (its Date header), not this machine's: a sandbox's may run ahead.
  return formatRemaining(session.remainingSeconds());
}

/** One session as aligned `label  value` lines. */
export function renderSession(io: Io, session: Session): string {
  const c = io.colors;
  const pairs: [string, string][] = [
    ["ID", session.id],
    ["Status", paintStatus(c, session.status, session.statusInfo)],
    ["Profile", session.profile],
    ["Device", describeDevice(session.device?.toIdentifiers())],
    ["Service", service(session)],
  ];
  if (session.servicePorts) pairs.push(["Service ports", formatPorts(session.servicePorts)]);
  if (session.devicePorts) pairs.push(["Device ports", formatPorts(session.devicePorts)]);
  pairs.push(["Duration", `${formatSpan(session.duration)} (${session.duration} s)`]);
  if (session.startedAt) pairs.push(["Started", formatBoth(session.startedAt)]);
  if (session.expiresAt)
    pairs.push([session.status === "UNAVAILABLE" ? "Ended" : "Expires", formatBoth(session.expiresAt)]);
  pairs.push(["Remaining", remaining(session)]);
  if (session.sink) pairs.push(["Sink", session.sink]);
  return renderDetails(
    pairs.filter(([, value]) => value !== ""),
    c.dim,
  );
}

/** Sessions as a table, one row each. */
export function renderSessionTable(io: Io, sessions: Session[]): string {
  const c = io.colors;
  const head = ["ID", "PROFILE", "STATUS", "REMAINING", "EXPIRES", "SERVICE"];
  const wide = ["SERVICE PORTS", "DEVICE PORTS", "DURATION", "STARTED", "SINK"];
  return renderTable(
    io.wide ? [...head, ...wide] : head,
    sessions.map((s) => {
      const row = [
        s.id,
        s.profile,
        paintStatus(c, s.status, s.statusInfo),
        remaining(s),
        s.expiresAt ? formatLocal(s.expiresAt) : "-",
        service(s),
      ];
      if (!io.wide) return row;
      return [
        ...row,
        s.servicePorts ? formatPorts(s.servicePorts) : "-",
        s.devicePorts ? formatPorts(s.devicePorts) : "-",
        formatSpan(s.duration),
        s.startedAt ? formatLocal(s.startedAt) : "-",
        s.sink ?? "-",
      ];
    }),
    c.bold,
  );
}
