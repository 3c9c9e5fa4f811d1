import { useState } from "preact/hooks";
import { act } from "../actions.js";
import { api, type Device } from "../api.js";
import type { DashboardState } from "../state.js";
import { Checkbox, TableHead } from "./fields.js";

function identifiers(device: Device): string {
  return [device.phoneNumber, device.ipv4Address?.publicAddress, device.ipv6Address, device.networkAccessIdentifier]
    .filter(Boolean)
    .join(", ");
}

const EMPTY = { phoneNumber: "", ipv4: "", ipv6: "", nai: "", eligible: true };

function AddDevice() {
  const [form, setForm] = useState(EMPTY);
  const field = (key: "phoneNumber" | "ipv4" | "ipv6" | "nai", label: string, placeholder: string) => (
    <label>
      {label}
      <input
        value={form[key]}
        placeholder={placeholder}
        onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
      />
    </label>
  );
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const device: Device = {};
    if (form.phoneNumber) device.phoneNumber = form.phoneNumber.trim();
    if (form.ipv4) device.ipv4Address = { publicAddress: form.ipv4.trim() };
    if (form.ipv6) device.ipv6Address = form.ipv6.trim();
    if (form.nai) device.networkAccessIdentifier = form.nai.trim();
    const added = await act("Added the device.", () =>
      api.POST("/devices", { body: { device, eligible: form.eligible } }),
    );
    if (added) setForm(EMPTY);
  };
  return (
    <form class="grid-form" onSubmit={onSubmit} aria-label="Add a device">
      {field("phoneNumber", "Phone number", "+36721601234999")}
      {field("ipv4", "Public IPv4", "233.252.0.50")}
      {field("ipv6", "IPv6", "2001:db8::50")}
      {field("nai", "Network access identifier", "me@example.net")}
      <Checkbox
        label="Eligible for QoD"
        checked={form.eligible}
        onValue={(eligible) => setForm({ ...form, eligible })}
      />
      <button type="submit">Add device</button>
    </form>
  );
}

export function Devices({ state }: { state: DashboardState }) {
  return (
    <section id="devices" aria-labelledby="devices-title" class="panel">
      <h2 id="devices-title">
        Devices <span class="count">{state.devices.length}</span>
      </h2>
      <div class="scroll short">
        <table>
          <TableHead columns={["Id", "Identifiers", "Eligible"]} />
          <tbody>
            {state.devices.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.id}</th>
                <td>{identifiers(d.device)}</td>
                <td>{d.eligible ? "yes" : "no"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Add a device</h3>
      <AddDevice />
    </section>
  );
}
