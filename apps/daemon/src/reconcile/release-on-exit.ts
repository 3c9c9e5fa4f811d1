// Shutdown's bounded release: delete every owned session (unless kept) or give up at the deadline;
// sessions not deleted by then stay journaled for the next start.
import type { StopResult } from "../daemon-options.js";
import type { Reconciler } from "./reconciler.js";

export async function releaseOnExit(
  reconciler: Reconciler,
  { keepOnExit, timeoutSeconds }: { keepOnExit: boolean; timeoutSeconds: number },
): Promise<StopResult> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutSeconds * 1000);
  timer.unref();
  if (keepOnExit) await reconciler.stop();
  else await reconciler.releaseAll(deadline.signal);
  await Promise.race([reconciler.stop(), abortPromise(deadline.signal)]);
  const remaining = reconciler.countOwned();
  clearTimeout(timer);
  return { remaining, timedOut: deadline.signal.aborted };
}

function abortPromise(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
}
