import type { QodPaths, QosProfilesPaths } from "@qod/api-client";
import { describe, expect, it } from "vitest";
import { Api } from "../src/http/api.js";

const qod = new Api<QodPaths>("https://provider.example/quality-on-demand/v1/");

describe("requests built from the contract's types", () => {
  it("fills and encodes path parameters, and keeps the base URL without a doubled slash", () => {
    const request = qod.request("get", "/sessions/{sessionId}", { path: { sessionId: "a b/c" } });
    expect(request).toEqual({
      method: "GET",
      url: "https://provider.example/quality-on-demand/v1/sessions/a%20b%2Fc",
      body: undefined,
    });
  });

  it("sends the body as JSON", () => {
    const request = qod.request("post", "/sessions/{sessionId}/extend", {
      path: { sessionId: "s-1" },
      body: { requestedAdditionalDuration: 60 },
    });
    expect([request.method, request.url, request.body]).toEqual([
      "POST",
      "https://provider.example/quality-on-demand/v1/sessions/s-1/extend",
      '{"requestedAdditionalDuration":60}',
    ]);
    const profiles = new Api<QosProfilesPaths>("https://provider.example/qos-profiles/v1");
    expect(profiles.request("get", "/qos-profiles/{name}", { path: { name: "QOS_L" } }).url).toBe(
      "https://provider.example/qos-profiles/v1/qos-profiles/QOS_L",
    );
  });

  // `pnpm typecheck` fails if any of these compiles: each @ts-expect-error must meet an error.
  it("refuses, at compile time, what the contract does not define", () => {
    const refused = [
      // @ts-expect-error no such path
      () => qod.request("get", "/nope", {}),
      // @ts-expect-error the contract has no GET /sessions
      () => qod.request("get", "/sessions", {}),
      // @ts-expect-error the path parameter is missing
      () => qod.request("get", "/sessions/{sessionId}", {}),
      // @ts-expect-error the body is not an ExtendSessionDuration
      () => qod.request("post", "/sessions/{sessionId}/extend", { path: { sessionId: "s" }, body: { seconds: 1 } }),
      // @ts-expect-error retrieve-sessions needs a body
      () => qod.request("post", "/retrieve-sessions", {}),
    ];
    expect(refused).toHaveLength(5);
  });
});
