import { useState } from "preact/hooks";
import { act } from "../actions.js";
import { api, type Fault, type FaultSpec } from "../api.js";
import type { DashboardState } from "../state.js";
import { Checkbox } from "./fields.js";

const METHODS = ["", "GET", "POST", "PUT", "DELETE", "PATCH"] as const;
const EMPTY = { method: "", path: "", status: "503", latencyMs: "", reset: false, retryAfter: "", count: "1" };

function faultText(f: Fault): string {
  const what = [
    f.status === undefined ? undefined : `answer ${f.status}`,
    f.retryAfter === undefined ? undefined : `Retry-After ${f.retryAfter}`,
    f.latencyMs === undefined ? undefined : `wait ${f.latencyMs} ms`,
    f.reset ? "drop the connection" : undefined,
  ].filter(Boolean);
  return `${f.method ?? "any method"} ${f.path ?? "any path"}: ${what.join(", ")}; ${f.remaining} left`;
}

function ArmFault() {
  const [form, setForm] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const spec: FaultSpec = { count: Number(form.count || 1) };
    if (form.method) spec.method = form.method as NonNullable<FaultSpec["method"]>;
    if (form.path) spec.path = form.path.trim();
    if (form.status) spec.status = Number(form.status);
    if (form.latencyMs) spec.latencyMs = Number(form.latencyMs);
    if (form.retryAfter) spec.retryAfter = Number(form.retryAfter);
    if (form.reset) spec.reset = true;
    if (await act("Armed the fault.", () => api.POST("/faults", { body: spec }))) setForm(EMPTY);
  };
  return (
    <form class="grid-form" onSubmit={onSubmit} aria-label="Arm a fault">
      <label>
        Method
        <select value={form.method} onChange={set("method")}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {m || "any"}
            </option>
          ))}
        </select>
      </label>
      <label>
        Path
        <input value={form.path} placeholder="/sessions/*" onInput={set("path")} />
      </label>
      <label>
        Answer status
        <input class="number" type="number" min={400} max={599} value={form.status} onInput={set("status")} />
      </label>
      <label>
        Retry-After (s)
        <input class="number" type="number" min={0} value={form.retryAfter} onInput={set("retryAfter")} />
      </label>
      <label>
        Latency (ms)
        <input class="number" type="number" min={0} value={form.latencyMs} onInput={set("latencyMs")} />
      </label>
      <label>
        Requests
        <input class="number" type="number" min={1} value={form.count} onInput={set("count")} />
      </label>
      <Checkbox label="Drop the connection" checked={form.reset} onValue={(reset) => setForm({ ...form, reset })} />
      <button type="submit">Arm fault</button>
    </form>
  );
}

function SetLimit() {
  const [clientId, setClientId] = useState("");
  const [rate, setRate] = useState("10");
  const onSubmit = (event: Event) => {
    event.preventDefault();
    act("Set the rate limit.", () =>
      api.POST("/limits", {
        body: { requestsPerSecond: Number(rate), ...(clientId.trim() ? { clientId: clientId.trim() } : {}) },
      }),
    );
  };
  return (
    <form class="grid-form" onSubmit={onSubmit} aria-label="Set a rate limit">
      <label>
        Client id
        <input value={clientId} placeholder="all clients" onInput={(e) => setClientId(e.currentTarget.value)} />
      </label>
      <label>
        Requests per second
        <input class="number" type="number" min={1} value={rate} onInput={(e) => setRate(e.currentTarget.value)} />
      </label>
      <button type="submit">Set limit</button>
    </form>
  );
}

export function Faults({ state }: { state: DashboardState }) {
  return (
    <section id="faults" aria-labelledby="faults-title" class="panel">
      <h2 id="faults-title">Faults and limits</h2>
      <h3>Armed faults</h3>
      {state.faults.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul data-testid="faults">
          {state.faults.map((f, i) => (
            <li key={`${i}${faultText(f)}`}>{faultText(f)}</li>
          ))}
        </ul>
      )}
      <ArmFault />
      <button
        type="button"
        disabled={state.faults.length === 0}
        onClick={() => act("Disarmed every fault.", () => api.DELETE("/faults"))}
      >
        Disarm all faults
      </button>
      <h3>Rate limits</h3>
      {state.limits.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {state.limits.map((l) => (
            <li key={l.clientId ?? ""}>
              {l.clientId ?? "all clients"}: {l.requestsPerSecond} requests/s
            </li>
          ))}
        </ul>
      )}
      <SetLimit />
      <button
        type="button"
        disabled={state.limits.length === 0}
        onClick={() => act("Removed every rate limit.", () => api.DELETE("/limits"))}
      >
        Remove all limits
      </button>
    </section>
  );
}
