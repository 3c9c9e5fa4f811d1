// An injected `reset` fault has to drop the connection. Over HTTP the socket is destroyed;
// in-process there is no socket, so the handler returns a marked response that the sandbox's
// `fetch` turns into the TypeError a real fetch throws on a reset.
const resets = new WeakSet<Response>();

interface NodeBindings {
  incoming?: { socket?: { destroy(): void } };
}

export function resetConnection(env: unknown): Response {
  (env as NodeBindings | undefined)?.incoming?.socket?.destroy();
  const response = new Response(null, { status: 499 });
  resets.add(response);
  return response;
}

export function isConnectionReset(response: Response): boolean {
  return resets.has(response);
}

/** What a fetch client sees when the server drops the connection. */
export function connectionResetError(): TypeError {
  const cause = Object.assign(new Error("socket hang up (injected fault)"), { code: "ECONNRESET" });
  return new TypeError("fetch failed", { cause });
}
