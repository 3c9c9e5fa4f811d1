import { useState } from "preact/hooks";
import { act } from "../actions.js";
import { api, type Profile, type ProfileStatus } from "../api.js";
import type { DashboardState } from "../state.js";
import { NumberInput, TableHead } from "./fields.js";

const STATUSES: ProfileStatus[] = ["ACTIVE", "INACTIVE", "DEPRECATED"];

function ProfileRow({ profile }: { profile: Profile }) {
  const [status, setStatus] = useState<ProfileStatus>(profile.status);
  const [min, setMin] = useState(String(profile.minDuration?.value ?? ""));
  const [max, setMax] = useState(String(profile.maxDuration?.value ?? ""));
  const id = `profile-${profile.name}`;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    act(`Saved ${profile.name}.`, () =>
      api.PUT("/profiles/{name}", {
        params: { path: { name: profile.name } },
        body: {
          status,
          ...(min === "" ? {} : { minDuration: Number(min) }),
          ...(max === "" ? {} : { maxDuration: Number(max) }),
        },
      }),
    );
  };
  return (
    <tr>
      <th scope="row" id={id}>
        {profile.name}
        {profile.restrictedTo ? <span class="hint"> (only {profile.restrictedTo.join(", ")})</span> : null}
      </th>
      <td>
        <select
          aria-label={`Status of ${profile.name}`}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as ProfileStatus)}
        >
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </td>
      <td>
        <NumberInput min={1} label={`Minimum duration of ${profile.name}, seconds`} value={min} onValue={setMin} />
      </td>
      <td>
        <NumberInput min={1} label={`Maximum duration of ${profile.name}, seconds`} value={max} onValue={setMax} />
      </td>
      <td>
        <form onSubmit={onSubmit}>
          <button type="submit" aria-label={`Save ${profile.name}`}>
            Save
          </button>
        </form>
      </td>
    </tr>
  );
}

export function Profiles({ state }: { state: DashboardState }) {
  return (
    <section id="profiles" aria-labelledby="profiles-title" class="panel">
      <h2 id="profiles-title">
        Profiles <span class="count">{state.profiles.length}</span>
      </h2>
      <div class="scroll short">
        <table>
          <TableHead columns={["Name", "Status", "Min (s)", "Max (s)", "Save"]} />
          <tbody>
            {state.profiles.map((p) => (
              // Keyed by content too: a change from elsewhere resets the row's unsaved edits.
              <ProfileRow key={`${p.name}${p.status}${p.minDuration?.value}${p.maxDuration?.value}`} profile={p} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
