import { useState } from "preact/hooks";
import { act } from "../actions.js";
import { api } from "../api.js";
import { formatTime, parseDuration } from "../duration.js";
import type { DashboardState } from "../state.js";
import { sandboxNow } from "../store.js";

const STEPS = [
  ["1 min", 60],
  ["1 h", 3600],
  ["1 day", 86_400],
] as const;

function advance(seconds: number, label: string) {
  return act(`Advanced the clock by ${label}.`, () => api.POST("/clock/advance", { body: { seconds } }));
}

export function ClockPanel({ state }: { state: DashboardState }) {
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const seconds = parseDuration(text);
    setInvalid(seconds === undefined);
    if (seconds !== undefined && (await advance(seconds, text.trim()))) setText("");
  };
  return (
    <section id="clock" aria-labelledby="clock-title" class="panel">
      <h2 id="clock-title">Clock</h2>
      <p class="now">
        <span class="label">Sandbox time</span> <time data-testid="now">{formatTime(sandboxNow.value)}</time>{" "}
        <span class="badge">{state.realtime ? "realtime" : "frozen"}</span>
      </p>
      <div class="row">
        {STEPS.map(([label, seconds]) => (
          <button key={label} type="button" onClick={() => advance(seconds, label)}>
            Advance {label}
          </button>
        ))}
      </div>
      <form class="row" onSubmit={onSubmit}>
        <label for="advance-by">Advance by</label>
        <input
          id="advance-by"
          value={text}
          placeholder="90s, 5m, 1h30m, 2d"
          aria-invalid={invalid}
          aria-describedby="advance-help"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Advance</button>
        <span id="advance-help" class={invalid ? "hint error" : "hint"}>
          {invalid ? "Write a duration such as 90s, 5m, 1h30m or 2d." : "Seconds, or d h m s units."}
        </span>
      </form>
    </section>
  );
}
