import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  UnprocessableEntityError,
  ValidationError,
} from "@qod/sdk";
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { CliError, UsageError } from "../../src/cli-error.js";
import { classify, reportError } from "../../src/report-error.js";
import { rememberSecret } from "../../src/runtime/secrets.js";

const details = (status: number, code: string) => ({
  status,
  code,
  message: `provider says ${code}`,
  correlator: "corr-42",
  body: {},
});

describe("exit codes", () => {
  it.each([
    [new UsageError("bad", "--duration"), 2],
    [new CommanderError(1, "commander.unknownOption", "error: unknown option '--x'"), 2],
    [new CommanderError(0, "commander.helpDisplayed", "(outputHelp)"), 0],
    [new CommanderError(0, "commander.version", "0.1.0"), 0],
    [new ValidationError([{ path: "device.phoneNumber", message: "bad phone" }]), 2],
    [new UnprocessableEntityError(details(422, "SERVICE_NOT_APPLICABLE")), 2],
    [new AuthenticationError(details(401, "UNAUTHENTICATED")), 3],
    [new PermissionDeniedError(details(403, "PERMISSION_DENIED")), 3],
    [new NotFoundError(details(404, "NOT_FOUND")), 4],
    [new ConflictError(details(409, "CONFLICT")), 5],
    [new RateLimitError({ ...details(429, "TOO_MANY_REQUESTS"), retryAfter: 1 }), 6],
    [new ServerError(details(503, "UNAVAILABLE")), 7],
    [new ConnectionError("connection refused", { requestMayHaveBeenSent: false }), 7],
    [new TimeoutError("no response in 30000 ms"), 7],
    [new ResponseValidationError("getSession", 200, "c", [{ path: "qosStatus", message: "bad" }]), 7],
    [new CliError("no token", 3), 3],
    [new TypeError("boom"), 1],
  ])("%s exits %i", (error, code) => {
    expect(classify(error).exitCode).toBe(code);
  });

  it("shows the provider's status, code, message and correlator on one line", () => {
    const report = classify(new NotFoundError(details(404, "NOT_FOUND")));
    expect(report.message).toBe("404 NOT_FOUND: provider says NOT_FOUND (x-correlator corr-42)");
    expect(report.details).toMatchObject({
      name: "NotFoundError",
      status: 404,
      code: "NOT_FOUND",
      correlator: "corr-42",
    });
  });

  it("names flags instead of SDK fields", () => {
    const report = classify(
      new ValidationError([
        { path: "profile", message: "unknown QoS profile: … or create the client with allowUnknownProfiles" },
        { path: "device.phoneNumber", message: "phone numbers are E.164" },
      ]),
    );
    expect(report.message).toBe(
      "--profile: unknown QoS profile: … or pass --allow-unknown-profile; --phone: phone numbers are E.164",
    );
    expect(report.details.flag).toBe("--profile");
  });

  it("collapses commander's suggestion onto the same line", () => {
    const error = new CommanderError(
      1,
      "commander.unknownOption",
      "error: unknown option '--phon'\n(Did you mean --phone?)",
    );
    expect(classify(error).message).toBe("unknown option '--phon' (Did you mean --phone?)");
  });

  it("treats an interrupted run as exit 130", () => {
    expect(classify(new Error("interrupted by SIGINT"), true).exitCode).toBe(130);
  });
});

describe("reportError", () => {
  const sink = () => {
    let text = "";
    const write = (chunk: string) => {
      text += chunk;
      return true;
    };
    return { stream: { write, isTTY: false } as never, text: () => text };
  };

  it("prints one plain line, or JSON on stderr with --json", () => {
    const plain = sink();
    const code = reportError(new UsageError("too long", "--duration"), {
      stderr: plain.stream,
      env: {},
      json: false,
      verbose: false,
      interrupted: false,
    });
    expect(code).toBe(2);
    expect(plain.text()).toBe("error: --duration: too long\n");

    const json = sink();
    reportError(new ConflictError(details(409, "CONFLICT")), {
      stderr: json.stream,
      env: {},
      json: true,
      verbose: false,
      interrupted: false,
    });
    expect(JSON.parse(json.text())).toEqual({
      error: {
        name: "ConflictError",
        status: 409,
        code: "CONFLICT",
        correlator: "corr-42",
        message: "409 CONFLICT: provider says CONFLICT (x-correlator corr-42)",
        exitCode: 5,
      },
    });
  });

  it("never prints a token it has seen, even inside a stack with --verbose", () => {
    rememberSecret("tok-ABCDEF-123");
    const out = sink();
    reportError(new TypeError("request with tok-ABCDEF-123 failed"), {
      stderr: out.stream,
      env: {},
      json: false,
      verbose: true,
      interrupted: false,
    });
    expect(out.text()).toContain("request with [redacted] failed");
    expect(out.text()).not.toContain("tok-ABCDEF-123");
  });
});
