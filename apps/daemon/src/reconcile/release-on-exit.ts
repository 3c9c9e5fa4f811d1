// Shutdown's bounded release: delete every owned session (unless kept) or give up at the deadline;
// sessions not deleted by then stay journaled for the next start.
import type { Clock } from "@qod/sdk";
import type { StopResult } from "../daemon-options.js";
import type { Reconciler } from "./reconciler.js";

export async function releaseOnExit(
  reconciler: Reconciler,
  { keepOnExit, timeoutSeconds, clock }: { keepOnExit: boolean; timeoutSeconds: number; clock: Clock },
): Promise<StopResult> {
  const deadline = new AbortController();
  const cancelDeadline = clock.schedule(timeoutSeconds * 1000, () => deadline.abort());
  if (keepOnExit) await reconciler.stop();
  else await reconciler.releaseAll(deadline.signal);
  await Promise.race([reconciler.stop(), abortPromise(deadline.signal)]);
  const remaining = reconciler.countOwned();
  cancelDeadline();
  return { remaining, timedOut: deadline.signal.aborted };
}

function abortPromise(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}
