import { describe, expect, it } from "vitest";
import { redactBody, redactHeader, scrub } from "../../src/runtime/redact.js";
import { verboseFetch } from "../../src/runtime/verbose-fetch.js";

const TOKEN = "sk-live-7f3a9c1d2e";

describe("redaction", () => {
  it("keeps the scheme of credentials and hides the rest", () => {
    expect(redactHeader("Authorization", `Bearer ${TOKEN}`)).toBe("Bearer [redacted]");
    expect(redactHeader("x-rapidapi-key", TOKEN)).toBe("[redacted]");
    expect(redactHeader("x-correlator", "abc")).toBe("abc");
  });

  it("hides credential fields in JSON bodies, at any depth", () => {
    const body = JSON.stringify({
      sinkCredential: { accessToken: TOKEN, accessTokenExpiresUtc: "2030-01-01T00:00:00Z" },
    });
    const out = redactBody(body);
    expect(out).not.toContain(TOKEN);
    expect(JSON.parse(out)).toEqual({
      sinkCredential: { accessToken: "[redacted]", accessTokenExpiresUtc: "2030-01-01T00:00:00Z" },
    });
    expect(redactBody("not json")).toBe("not json");
  });

  it("scrubs known secrets from any text", () => {
    expect(scrub(`failed with ${TOKEN} inside`, [TOKEN])).toBe("failed with [redacted] inside");
  });
});

describe("verboseFetch", () => {
  it("logs the request and the response without the token, and leaves both bodies readable", async () => {
    const lines: string[] = [];
    let seen = "";
    const inner = async (input: Request | string | URL) => {
      seen = await (input as Request).text();
      return new Response(JSON.stringify({ accessToken: TOKEN, ok: true }), {
        status: 201,
        statusText: "Created",
        headers: { "content-type": "application/json", "x-correlator": "c-1" },
      });
    };
    let clock = 0;
    const fetch = verboseFetch(inner, { log: (line) => lines.push(line), now: () => (clock += 7) });
    const response = await fetch("http://127.0.0.1/quality-on-demand/v1/sessions", {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ sinkCredential: { accessToken: TOKEN } }),
    });
    expect(await response.json()).toEqual({ accessToken: TOKEN, ok: true });
    expect(JSON.parse(seen)).toEqual({ sinkCredential: { accessToken: TOKEN } });
    const log = lines.join("\n");
    expect(log).not.toContain(TOKEN);
    expect(lines).toContain("> POST http://127.0.0.1/quality-on-demand/v1/sessions");
    expect(lines).toContain("> authorization: Bearer [redacted]");
    expect(lines).toContain("< 201 Created (7 ms)");
    expect(lines).toContain("< x-correlator: c-1");
  });
});
