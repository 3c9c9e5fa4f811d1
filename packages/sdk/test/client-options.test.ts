import { describe, expect, it } from "vitest";
import { networkAsCodeEnvironments, QodClient, QodError, SDK_VERSION, ValidationError } from "../src/index.js";
import { FakeProvider } from "./support/fake-provider.js";
import { setup, TOKEN } from "./support/setup.js";

const ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

function optionIssues(options: Record<string, unknown>): { path: string; message: string }[] {
  try {
    new QodClient(options as never);
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  return [];
}

describe("base URLs", () => {
  it("must be https unless loopback or allowInsecure", () => {
    expect(optionIssues({ token: "t", baseUrl: "http://provider.example/quality-on-demand/v1" })).toEqual([
      { path: "options.baseUrl", message: expect.stringContaining("must use https://") },
    ]);
    for (const host of ["127.0.0.1:4010", "[::1]:4010", "localhost:4010", "127.8.9.10"]) {
      expect(optionIssues({ token: "t", baseUrl: `http://${host}/quality-on-demand/v1` })).toEqual([]);
    }
    expect(
      optionIssues({ token: "t", baseUrl: "http://provider.example/quality-on-demand/v1", allowInsecure: true }),
    ).toEqual([]);
    expect(
      optionIssues({ token: "t", baseUrl: "https://provider.example/q", profilesBaseUrl: "http://x.example" }),
    ).toEqual([{ path: "options.profilesBaseUrl", message: expect.stringContaining("must use https://") }]);
  });

  it("reports every bad option at once", () => {
    const issues = optionIssues({ baseUrl: "not a url", auth: "rapidapi", timeout: 0, maxRetries: -1 });
    expect(issues.map((i) => i.path)).toEqual([
      "options.token",
      "options.rapidApiHost",
      "options.baseUrl",
      "options.timeout",
      "options.maxRetries",
    ]);
  });

  it("derives the QoS Profiles URL from the QoD one, and from any other base taken as the API root", async () => {
    const provider = new FakeProvider();
    const derived = new QodClient({
      token: "t",
      baseUrl: "http://127.0.0.1:9/quality-on-demand/v1/",
      fetch: provider.fetch,
    });
    await derived.profiles.get("QOS_L");
    expect(provider.requests[0]?.path).toBe("/qos-profiles/v1/qos-profiles/QOS_L");
    const prefixed = new QodClient({ token: "t", baseUrl: "http://127.0.0.1:9/qod", fetch: provider.fetch });
    expect(prefixed.baseUrl).toBe("http://127.0.0.1:9/qod/quality-on-demand/v1");
    expect(prefixed.profilesBaseUrl).toBe("http://127.0.0.1:9/qod/qos-profiles/v1");
  });
});

describe("authentication and headers", () => {
  it("bearer by default, with User-Agent and x-correlator", async () => {
    const { client, provider } = setup();
    await client.profiles.list();
    const headers = provider.requests[0]?.headers ?? {};
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers["x-rapidapi-key"]).toBeUndefined();
    expect(headers["user-agent"]).toBe(`qod-sdk-typescript/${SDK_VERSION}`);
    expect(headers["x-correlator"]).toBe("c-1");
    expect(headers["content-type"]).toBe("application/json");
  });

  it("rapidapi sends X-RapidAPI-Key and X-RapidAPI-Host, and no Authorization", async () => {
    const { client, provider } = setup({
      auth: "rapidapi",
      rapidApiHost: "qod.example.rapidapi.com",
      userAgent: "my-app/2",
    });
    await client.sessions.get(ID).catch(() => undefined);
    const headers = provider.requests[0]?.headers ?? {};
    expect(headers["x-rapidapi-key"]).toBe(TOKEN);
    expect(headers["x-rapidapi-host"]).toBe("qod.example.rapidapi.com");
    expect(headers.authorization).toBeUndefined();
    expect(headers["user-agent"]).toBe("my-app/2");
  });

  it("a token function is called for every request, so a refreshed token is used", async () => {
    let n = 0;
    const { client, provider } = setup({ token: async () => `token-${++n}` });
    await client.profiles.list();
    await client.profiles.list();
    expect(provider.requests.map((r) => r.headers.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("a failing token function becomes a QodError without retrying or sending", async () => {
    const { client, provider } = setup({
      token: () => {
        throw new Error("vault down");
      },
    });
    const error = await client.profiles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QodError);
    expect((error as Error).message).toBe("the token function failed");
    expect(((error as Error).cause as Error).message).toBe("vault down");
    expect(provider.requests).toHaveLength(0);
  });

  it("a per-call correlator is sent; a malformed one is refused", async () => {
    const { client, provider } = setup();
    await client.profiles.list({}, { correlator: "order-77" });
    expect(provider.requests[0]?.headers["x-correlator"]).toBe("order-77");
    const error = await client.profiles.list({}, { correlator: "has spaces" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe("correlator");
    expect(provider.requests).toHaveLength(1);
  });
});

describe("QodClient.networkAsCode", () => {
  it("uses Network as Code's gateway and RapidAPI headers (prod by default)", async () => {
    const provider = new FakeProvider();
    const urls: string[] = [];
    const client = QodClient.networkAsCode({
      token: "nac-key",
      fetch: (request) => {
        urls.push(request.url);
        return provider.fetch(request);
      },
    });
    expect(client.baseUrl).toBe("https://network-as-code.p-eu.rapidapi.com/quality-on-demand/v1");
    await client.sessions.get(ID).catch(() => undefined);
    await client.profiles.get("QOS_L").catch(() => undefined);
    expect(urls).toEqual([
      `https://network-as-code.p-eu.rapidapi.com/quality-on-demand/v1/sessions/${ID}`,
      "https://network-as-code.p-eu.rapidapi.com/qos-profiles/v1/qos-profiles/QOS_L",
    ]);
    expect(provider.requests[0]?.headers).toMatchObject({
      "x-rapidapi-key": "nac-key",
      "x-rapidapi-host": "network-as-code.nokia.rapidapi.com",
    });
  });

  it("dev uses the dev gateway and host", async () => {
    const provider = new FakeProvider();
    const client = QodClient.networkAsCode({ token: "k", env: "dev", fetch: provider.fetch });
    expect(client.baseUrl).toBe(`${networkAsCodeEnvironments.dev.apiRoot}/quality-on-demand/v1`);
    await client.sessions.get(ID).catch(() => undefined);
    expect(provider.requests[0]?.headers["x-rapidapi-host"]).toBe("network-as-code1.nokia-dev.rapidapi.com");
    expect(() => QodClient.networkAsCode({ token: "k", env: "staging" as never })).toThrow(ValidationError);
  });
});
