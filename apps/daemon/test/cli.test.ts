// The binary's help and check-config, run as a user would.
import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/qodd.js", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../examples/qodd.sandbox.yaml", import.meta.url));
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

  it("--version prints the package's version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    const res = await qodd(["--version"]);
    expect(res.out.trim()).toBe(pkg.version);
  });

  it("check-config: the shipped example passes as it is", async () => {
    const res = await qodd(["check-config", EXAMPLE], { QOD_TOKEN: "" });
    expect(res.err).toBe("");
    expect(res.code).toBe(0);
    expect(res.out).toContain("ok. 1 declared session(s)");
  });

  it("check-config: refuses overlapping flows on one device, naming both", async () => {
    const overlapping = VALID.replace(
      "    keepAlive: true\n",
      `    keepAlive: true
  - name: whole-subnet
    device: { phoneNumber: "+36721601234567" }
    profile: QOS_M
    serviceIpv4: 198.51.100.0/24
    keepAlive: true
  - name: other-device
    device: { phoneNumber: "+36721601234568" }
    profile: QOS_M
    serviceIpv4: 198.51.100.0/24
    keepAlive: true
`,
    );
    write("api-token", "t0ken\n");
    const res = await qodd(["check-config", write("overlap.yaml", overlapping)], { QOD_TOKEN: "x" });
    expect(res.code).toBe(1);
    expect(res.err).toContain("sessions[1]: 'whole-subnet' and 'cam' (sessions[0]) are on the same device");
    expect(res.err).not.toContain("other-device");
  });

  it("check-config: every problem at once, missing fields as 'is required'", async () => {
    const file = write(
      "all.yaml",
      `upstream:
  profilesBaseUrl: https://qod.example.net/qos-profiles/v1
  token: { env: QOD_TOKEN }
api:
  token: { file: missing-token }
listen: { port: 70000 }
sessions:
  - name: cam
    profile: QOS_XL
    serviceIpv4: 198.51.100.1
    keepAlive: true
`,
    );
    const res = await qodd(["check-config", file], { QOD_TOKEN: "" });
    expect(res.code).toBe(1);
    const lines = res.err.split("\n").map((l) => l.trim());
    expect(lines).toContain("upstream.baseUrl: is required");
    expect(lines.some((l) => l.startsWith("listen.port:"))).toBe(true);
    expect(lines).toContain("sessions[0].device: is required");
    expect(lines.some((l) => l.startsWith("sessions[0].profile:"))).toBe(true);
    // What the file names is checked in the same run.
    expect(lines).toContain("upstream.token.env: environment variable QOD_TOKEN is not set");
    expect(lines.some((l) => l.startsWith("api.token.file: cannot read"))).toBe(true);
  });

  it("run: exits 2 with the errors when the config is invalid", async () => {
    const file = write("run-bad.yaml", "upstream: {}\n");
    const res = await qodd(["run", "--config", file]);
    expect(res.code).toBe(2);
    expect(res.err).toContain("upstream.baseUrl");
  });
});
