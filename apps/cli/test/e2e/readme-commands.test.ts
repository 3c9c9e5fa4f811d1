// Runs the qod commands the READMEs show, in the order shown, each as a real process in a
// private home, and requires exit 0. Commands that would reach a real provider are not run.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { parse } from "shell-quote";
import { afterAll, describe, expect, it } from "vitest";
import { makeHome, qod, type Running, start } from "./support.js";

const repo = resolve(import.meta.dirname, "../../../..");
const running: Running[] = [];

afterAll(async () => {
  for (const server of running) await server.exit("SIGTERM");
});

/** Each ```sh block's commands, continuation lines joined. */
function shellBlocks(file: string): string[][] {
  const text = readFileSync(join(repo, file), "utf8");
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) =>
    (m[1] as string)
      .replace(/\\\n\s*/g, " ")
      .split("\n")
      .filter((line) => line.trim() !== ""),
  );
}

interface Step {
  env: Record<string, string>;
  args: string[];
  redirected: boolean;
}

/** A `[VAR=x] [pnpm [-s|exec]] qod …` line as env and arguments; undefined for other commands. */
function qodStep(line: string): Step | undefined {
  const tokens = parse(line);
  const env: Record<string, string> = {};
  const words: string[] = [];
  let redirected = false;
  for (const token of tokens) {
    if (typeof token !== "string") {
      if ("comment" in token) break;
      if ("op" in token && token.op === ">") redirected = true;
      if ("op" in token && token.op !== ">") return undefined;
      continue;
    }
    if (redirected) continue;
    const assignment = /^([A-Z_]+)=(.*)$/.exec(token);
    if (words.length === 0 && assignment) env[assignment[1] as string] = assignment[2] as string;
    else words.push(token);
  }
  const prefixes = [["qod"], ["pnpm", "qod"], ["pnpm", "-s", "qod"], ["pnpm", "exec", "qod"]];
  const prefix = prefixes.find((p) => p.every((word, i) => words[i] === word));
  return prefix ? { env, args: words.slice(prefix.length), redirected } : undefined;
}

async function runReadme(file: string) {
  const { dir, env: base } = makeHome();
  const ran: string[] = [];
  const skipped: string[] = [];
  let lastId = "";
  // After `config use X` or with `--context X` for a real provider, requests would leave this machine.
  let providerInUse = false;
  for (const block of shellBlocks(file)) {
    let port = "";
    for (const line of block) {
      const step = qodStep(port ? line.replaceAll("4000", port) : line);
      if (!step) continue;
      const { args } = step;
      const group = args[0];
      const local = ["config", "completion", "help"].includes(group ?? "") || args[0] === "--version";
      if (args.includes("use") && group === "config") providerInUse = !args.includes("--none");
      if (!local && (providerInUse || args.includes("--context"))) {
        skipped.push(line);
        continue;
      }
      const argv = args.map((a) => (a === "<id>" || a === "<session-id>" ? lastId : a));
      if (group === "sandbox" && argv[1] === "start") {
        const portIndex = argv.indexOf("--port");
        argv[portIndex + 1] = "0";
        // Relative paths would land in this package's folder: keep them in the private home.
        const stateIndex = argv.indexOf("--state");
        if (stateIndex >= 0) argv[stateIndex + 1] = join(dir, argv[stateIndex + 1] as string);
        const server = start(argv, base);
        running.push(server);
        port = new URL((await server.waitFor(/^(http:\/\/127\.0\.0\.1:\d+)\n/))[1] as string).port;
        ran.push(line);
        continue;
      }
      const withJson = group === "sessions" && argv[1] === "create" ? [...argv, "--json"] : argv;
      const result = await qod(withJson, { ...base, ...step.env });
      expect({ line, code: result.code, stderr: result.stderr }).toMatchObject({ line, code: 0 });
      if (step.redirected) expect(result.stdout.length, line).toBeGreaterThan(100);
      if (withJson !== argv) lastId = JSON.parse(result.stdout).id;
      ran.push(line);
    }
  }
  return { ran, skipped };
}

describe("the commands the READMEs show work as shown", () => {
  it("root README", async () => {
    const { ran, skipped } = await runReadme("README.md");
    expect(ran.length).toBe(10);
    expect(skipped).toEqual([]);
  });

  it("apps/cli/README.md", async () => {
    const { ran, skipped } = await runReadme("apps/cli/README.md");
    expect(ran.length).toBe(20);
    // Only these reach a real provider.
    expect(skipped).toEqual(["qod profiles list", "qod --context nac sessions list --phone +36721601234567"]);
  });
});

describe("qod on PATH, as the READMEs say", () => {
  const run = promisify(execFile);
  // Without the node_modules/.bin folders pnpm put on this test's PATH (one of them has qod).
  const plainPath = (process.env.PATH ?? "")
    .split(":")
    .filter((dir) => !dir.includes("node_modules"))
    .join(":");

  it("pnpm exec qod works from the repository root", async () => {
    const { stdout } = await run("pnpm", ["exec", "qod", "--version"], { cwd: repo, encoding: "utf8" });
    expect(stdout).toBe("0.1.0\n");
  });

  it("(cd apps/cli && pnpm link --global) puts qod in pnpm's global bin folder; pnpm remove --global takes it out", async () => {
    const pnpmHome = mkdtempSync(join(tmpdir(), "qod-pnpm-home-"));
    const env = { ...process.env, PNPM_HOME: pnpmHome, PATH: `${pnpmHome}:${plainPath}` };
    await run("sh", ["-c", "(cd apps/cli && pnpm link --global)"], { cwd: repo, env });
    const { stdout } = await run("sh", ["-c", "cd / && qod --version"], { env, encoding: "utf8" });
    expect(stdout).toBe("0.1.0\n");
    await run("pnpm", ["remove", "--global", "@qod/cli"], { cwd: repo, env });
    await expect(run("sh", ["-c", "cd / && qod --version"], { env })).rejects.toMatchObject({ code: 127 });
  });

  it("the symlink alternative works too", async () => {
    const bin = mkdtempSync(join(tmpdir(), "qod-bin-"));
    mkdirSync(bin, { recursive: true });
    symlinkSync(join(repo, "apps/cli/bin/qod.js"), join(bin, "qod"));
    const env = { ...process.env, PATH: `${bin}:${plainPath}` };
    const { stdout } = await run("sh", ["-c", "cd / && qod --version"], { env, encoding: "utf8" });
    expect(stdout).toBe("0.1.0\n");
  });
});
