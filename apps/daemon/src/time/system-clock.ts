// The daemon's real clock. Its timers never keep the process alive: qodd ends on its signals, and
// a pending renewal or retry must not hold a stopped daemon (or a test run) open.
import { type Clock, createSystemClock } from "@qod/sdk";

export const daemonSystemClock: Clock = createSystemClock({ keepProcessAlive: false });
