import { computed, signal } from "@preact/signals";
import type { Change, Snapshot } from "./api.js";
import { CONTROL_URL } from "./api.js";
import { applyChange, type DashboardState, fromSnapshot } from "./state.js";

export const dashboard = signal<DashboardState | undefined>(undefined);
export const connection = signal<"connecting" | "live" | "reconnecting">("connecting");
/** The outcome of the last action, read out by screen readers. */
export const announcement = signal<{ text: string; error: boolean }>({ text: "", error: false });

const wallTick = signal(performance.now());

/** Sandbox time now, in ms: it moves with the wall clock only when the sandbox's clock is realtime. */
export const sandboxNow = computed(() => {
  const state = dashboard.value;
  if (!state) return Date.now();
  return state.realtime ? state.nowMs + Math.max(0, wallTick.value - state.receivedAt) : state.nowMs;
});

/** Opens the event stream; the browser reconnects by itself and the sandbox then sends a new snapshot. */
export function connect(): () => void {
  const source = new EventSource(`${CONTROL_URL}/events`);
  source.addEventListener("snapshot", (message) => {
    dashboard.value = fromSnapshot(JSON.parse(message.data) as Snapshot, performance.now());
    connection.value = "live";
  });
  source.addEventListener("change", (message) => {
    const state = dashboard.value;
    if (state) dashboard.value = applyChange(state, JSON.parse(message.data) as Change, performance.now());
  });
  source.addEventListener("error", () => {
    connection.value = "reconnecting";
  });
  const timer = setInterval(() => {
    wallTick.value = performance.now();
  }, 250);
  return () => {
    clearInterval(timer);
    source.close();
  };
}

export function announce(text: string, error = false): void {
  announcement.value = { text, error };
}
