/** Reads one request header by lower-case name; null when absent. */
export type HeaderReader = (name: string) => string | null;

interface NodeBindings {
  incoming?: { headers?: Record<string, string | string[] | undefined> };
}

/**
 * Served by Node, the parsed headers are already on the incoming message; reading them there
 * spares building a web `Headers` object per request. In-process, the Request's own headers.
 */
export function headerReader(request: Request, env: unknown): HeaderReader {
  const parsed = (env as NodeBindings | undefined)?.incoming?.headers;
  if (!parsed) return (name) => request.headers.get(name);
  return (name) => {
    const value = parsed[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
}
