// The binary's help and check-config, run as a user would.
import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/qodd.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "qodd-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function qodd(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}

function write(name: string, text: string, mode = 0o600): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  chmodSync(file, mode);
  return file;
}

const VALID = `
upstream:
  baseUrl: https://qod.example.net/quality-on-demand/v1
  profilesBaseUrl: https://qod.example.net/qos-profiles/v1
  token: { env: QOD_TOKEN }
api:
  token: { file: api-token }
store: { dir: state }
sessions:
  - name: cam
    device: { phoneNumber: "+36721601234567" }
    profile: QOS_L
    serviceIpv4: 198.51.100.1
    keepAlive: true
`;

describe("qodd CLI", () => {
  it("--help lists the commands and the config option", async () => {
    const top = await qodd(["--help"]);
    expect(top.code).toBe(0);
    expect(top.out).toContain("check-config <file>");
    expect(top.out).toContain("run [options]");
    const run = await qodd(["run", "--help"]);
    expect(run.out).toContain("--config <file>");
    expect(run.out).toContain("SIGHUP reloads the config");
  });

  it("check-config: 0 and a summary for a valid file", async () => {
    write("api-token", "t0ken\n");
    const file = write("ok.yaml", VALID);
    const res = await qodd(["check-config", file], { QOD_TOKEN: "x" });
    expect(res.err).toBe("");
    expect(res.code).toBe(0);
    expect(res.out).toContain("ok. 1 declared session(s) (1 keep-alive)");
  });

  it("check-config: 1 and every problem with its field", async () => {
    const file = write("bad.yaml", VALID.replace("+36721601234567", "+36 721 601").replace("QOS_L", "QOS_XL"));
    const res = await qodd(["check-config", file], { QOD_TOKEN: "x" });
    expect(res.code).toBe(1);
    expect(res.err).toContain("sessions[0].device.phoneNumber:");
    expect(res.err).toContain("sessions[0].profile:");
  });

  it("check-config: 1 when a token source cannot be read", async () => {
    const file = write("env.yaml", VALID);
    const res = await qodd(["check-config", file], { QOD_TOKEN: "" });
    expect(res.code).toBe(1);
    expect(res.err).toContain("upstream.token.env: environment variable QOD_TOKEN is not set");
  });

  it("run: exits 2 with the errors when the config is invalid", async () => {
    const file = write("run-bad.yaml", "upstream: {}\n");
    const res = await qodd(["run", "--config", file]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("upstream.baseUrl");
  });
});
