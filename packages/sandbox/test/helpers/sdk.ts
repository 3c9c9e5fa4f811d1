import { QodClient, type QodClientOptions } from "@qod/sdk";
import { expect } from "vitest";
import { DEV_TOKEN, type Sandbox } from "../../src/index.js";

export interface Exchange {
  method: string;
  path: string;
  status: number;
  sent: string | null;
  echoed: string | null;
}

/** Every exchange of every client made here, for a suite-wide correlator check. */
export const allExchanges: Exchange[] = [];

/** An SDK client on the sandbox's in-process fetch, recording each exchange's correlators. */
export function sdkClient(sandbox: Sandbox, token: string = DEV_TOKEN, options: Partial<QodClientOptions> = {}) {
  const exchanges: Exchange[] = [];
  let n = 0;
  const client = new QodClient({
    token,
    baseUrl: "http://127.0.0.1/quality-on-demand/v1",
    profilesBaseUrl: "http://127.0.0.1/qos-profiles/v1",
    // Retries would wait in real time; the rules are checked on single attempts.
    maxRetries: 0,
    correlator: () => `sdk-${++n}`,
    allowUnknownProfiles: true,
    ...options,
    fetch: async (request: Request) => {
      const response = await sandbox.fetch(request);
      const exchange = {
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        sent: request.headers.get("x-correlator"),
        echoed: response.headers.get("x-correlator"),
      };
      exchanges.push(exchange);
      allExchanges.push(exchange);
      return response;
    },
  });
  return {
    client,
    exchanges,
    /** The last exchange, after asserting that its correlator came back. */
    last(): Exchange {
      const exchange = exchanges.at(-1);
      if (!exchange) throw new Error("no exchange yet");
      expect(exchange.sent).toMatch(/^sdk-\d+$/);
      expect(exchange.echoed).toBe(exchange.sent);
      return exchange;
    },
  };
}

/** Runs `action`, expecting the SDK to throw an error of `type` with this status and code, correlator echoed. */
export async function expectSdkError(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => Error,
  status: number,
  code: string,
  sdk: ReturnType<typeof sdkClient>,
): Promise<Error & { status: number; code: string; correlator?: string }> {
  const error = await promise.then(
    () => {
      throw new Error(`expected ${type.name} ${status} ${code}, got success`);
    },
    (e: unknown) => e as Error & { status: number; code: string; correlator?: string },
  );
  expect(error).toBeInstanceOf(type);
  expect({ status: error.status, code: error.code }).toEqual({ status, code });
  const exchange = sdk.last();
  expect(exchange.status).toBe(status);
  expect(error.correlator).toBe(exchange.sent);
  return error;
}
