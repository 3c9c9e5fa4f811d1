import type { ComponentChildren } from "preact";
import { act } from "../actions.js";
import type { Device } from "../api.js";
import { TableHead } from "./fields.js";

// What the sessions and QoS assignments tables show alike: short ids, the device, the status.

/** Rows sort live ones first. */
export const STATUS_ORDER = { AVAILABLE: 0, REQUESTED: 1, UNAVAILABLE: 2 };

export function shortId(id: string): string {
  return id.slice(0, 8);
}

/** The sandbox's device id, with the identifier the API request named when there was one. */
function deviceText(record: { deviceId: string; device?: Device }): string {
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

/** A row's first cells: the short id (the row's header), the device and the profile. */
export function RecordCells(props: { id: string; record: { deviceId: string; device?: Device }; profile: string }) {
  return (
    <>
      <th scope="row">
        <code title={props.id}>{shortId(props.id)}</code>
      </th>
      <td>{deviceText(props.record)}</td>
      <td>{props.profile}</td>
    </>
  );
}

/** A wide panel with a counted title and a table of records, or a hint when there are none. */
export function RecordsPanel(props: {
  id: string;
  title: string;
  count: number;
  empty: string;
  /** The scroll box's classes. */
  scroll: string;
  columns: string[];
  children: ComponentChildren;
}) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} class="panel wide">
      <h2 id={`${props.id}-title`}>
        {props.title} <span class="count">{props.count}</span>
      </h2>
      {props.count === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <div class={props.scroll}>
          <table>
            <TableHead columns={props.columns} />
            <tbody>{props.children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A row's action: its visible text, the name a screen reader hears, and the call it makes. */
export function ActionButton(props: {
  text: string;
  label: string;
  done: string;
  call: Parameters<typeof act>[1];
  disabled?: boolean;
  danger?: boolean;
}) {
  return (
    <button
      type="button"
      class={props.danger ? "danger" : undefined}
      aria-label={props.label}
      disabled={props.disabled}
      onClick={() => act(props.done, props.call)}
    >
      {props.text}
    </button>
  );
}
