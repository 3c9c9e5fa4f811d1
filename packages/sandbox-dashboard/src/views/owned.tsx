import type { Device } from "../api.js";

// What the sessions and QoS assignments tables show alike: short ids, the device, the status.

/** Rows sort live ones first. */
export const STATUS_ORDER = { AVAILABLE: 0, REQUESTED: 1, UNAVAILABLE: 2 };

export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** The sandbox's device id, with the identifier the API request named when there was one. */
export function deviceText(record: { deviceId: string; device?: Device }): string {
  const d = record.device;
  const identifier = d?.phoneNumber ?? d?.ipv4Address?.publicAddress ?? d?.ipv6Address ?? d?.networkAccessIdentifier;
  return identifier === undefined ? record.deviceId : `${record.deviceId} (${identifier})`;
}

export function StatusCell({ status, info }: { status: keyof typeof STATUS_ORDER; info: string | undefined }) {
  return (
    <td>
      <span class={`status ${status}`}>{status}</span>
      {info ? <span class="info"> {info}</span> : null}
    </td>
  );
}
