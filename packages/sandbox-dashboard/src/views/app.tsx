import { announcement, connection, dashboard } from "../store.js";
import { Assignments } from "./assignments.js";
import { ClockPanel } from "./clock.js";
import { Deliveries } from "./deliveries.js";
import { Devices } from "./devices.js";
import { Faults } from "./faults.js";
import { Profiles } from "./profiles.js";
import { ServedApis } from "./served-apis.js";
import { Sessions } from "./sessions.js";
import { Timeline } from "./timeline.js";

const SECTIONS = [
  ["sessions", "Sessions"],
  ["assignments", "QoS assignments"],
  ["timeline", "Timeline"],
  ["devices", "Devices"],
  ["profiles", "Profiles"],
  ["faults", "Faults and limits"],
  ["notifications", "Notifications"],
] as const;

const CONNECTION_TEXT = { connecting: "connecting…", live: "live", reconnecting: "reconnecting…" };

export function App() {
  const state = dashboard.value;
  return (
    <>
      <a class="skip" href="#sessions">
        Skip to sessions
      </a>
      <header>
        <h1>QoD sandbox</h1>
        <p class={`connection ${connection.value}`}>
          Updates: <strong>{CONNECTION_TEXT[connection.value]}</strong>
        </p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <p role="status" aria-live="polite" class={announcement.value.error ? "announce error" : "announce"}>
        {announcement.value.text}
      </p>
      {state ? (
        <main>
          <ClockPanel state={state} />
          <ServedApis state={state} />
          <Sessions state={state} />
          <Assignments state={state} />
          <Timeline state={state} />
          <Devices state={state} />
          <Profiles state={state} />
          <Faults state={state} />
          <Deliveries state={state} />
        </main>
      ) : (
        <main>
          <p>Waiting for the sandbox…</p>
        </main>
      )}
    </>
  );
}
