// "Use the packages from another project", as the SDK's README says: pack each package, install
// the tarballs into an empty npm project, and use them from there. Nothing of this repository
// is reachable from that project but the tarballs.
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, "../../../..");
const PACKAGES = ["packages/api-client", "packages/sdk", "packages/sandbox-dashboard", "packages/sandbox", "apps/cli"];
const PUBLISHED = [...PACKAGES, "apps/daemon"];
const license = readFileSync(join(repo, "LICENSE"), "utf8");
const work = mkdtempSync(join(tmpdir(), "qod-packed-"));
const tarballs = join(work, "tarballs");
const project = join(work, "project");
const home = join(work, "home");
/** The install folder of the running Node when it has its C headers (`include/node`). */
function runningNodeHeaders(): string | undefined {
  const prefix = resolve(dirname(process.execPath), "..");
  return existsSync(join(prefix, "include/node/node.h")) ? prefix : undefined;
}
const nodeHeaders = runningNodeHeaders();
const env = {
  PATH: process.env.PATH,
  HOME: home,
  XDG_CONFIG_HOME: join(home, "config"),
  XDG_STATE_HOME: join(home, "state"),
  NO_COLOR: "1",
  QOD_QUIET: "1",
  // The machine user's npm cache, so the install finds what this machine already fetched.
  npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? home, ".npm"),
  npm_config_update_notifier: "false",
  // The machine's npm settings, and the headers of the Node running the tests, so native addons
  // such as better-sqlite3 build offline for this Node. Not taken from the environment: under
  // turbo, pnpm fills npm_config_nodedir from ~/.npmrc, which names another Node's headers.
  ...(process.env.HOME ? { npm_config_userconfig: join(process.env.HOME, ".npmrc") } : {}),
  ...(nodeHeaders ? { npm_config_nodedir: nodeHeaders } : {}),
};
let server: ReturnType<typeof spawn> | undefined;
let sandboxUrl = "";

function node(args: string[], extra: NodeJS.ProcessEnv = {}) {
  return run(process.execPath, args, { cwd: project, env: { ...env, ...extra }, encoding: "utf8" });
}

beforeAll(async () => {
  mkdirSync(tarballs, { recursive: true });
  mkdirSync(project, { recursive: true });
  for (const dir of PACKAGES) {
    await run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: join(repo, dir), env: process.env });
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  // Third-party packages come from npm's cache when it has them, else from the registry.
  // @types/node as any Node project has it: the sandbox's options take Buffers.
  await run("npm", ["install", ...files, "@types/node@20", "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: project,
    env,
    encoding: "utf8",
  });
  // The installed CLI serves a sandbox for the examples below.
  server = spawn(join(project, "node_modules/.bin/qod"), ["sandbox", "start", "--port", "0"], {
    cwd: project,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  sandboxUrl = await new Promise<string>((done, fail) => {
    let out = "";
    let err = "";
    server?.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const match = /^(http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
      if (match) done(match[1] as string);
    });
    server?.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      err += chunk;
    });
    server?.on("exit", (code) => fail(new Error(`qod sandbox start exited with ${code}:\n${out}${err}`)));
  });
  // npm compiles better-sqlite3 from source for the running Node: minutes on a busy 2-core machine.
}, 900_000);

afterAll(() => {
  server?.kill("SIGTERM");
});

describe("the packed packages in a plain npm project", () => {
  it("installed only the tarballs for our packages, each with the LICENSE and engines >= 20.19", () => {
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8"));
    for (const [path, entry] of Object.entries<{ resolved?: string }>(lock.packages)) {
      if (path.includes("@qod/")) expect(entry.resolved, path).toMatch(/^file:/);
    }
    for (const name of ["api-client", "sdk", "sandbox", "cli"]) {
      const dir = join(project, "node_modules/@qod", name);
      expect(readFileSync(join(dir, "LICENSE"), "utf8"), name).toBe(license);
      expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).engines, name).toEqual({ node: ">=20.19" });
    }
  });

  it("every published package ships the Apache-2.0 LICENSE", () => {
    expect(license).toContain("Apache License\n                           Version 2.0, January 2004");
    for (const dir of PUBLISHED) {
      const pkg = JSON.parse(readFileSync(join(repo, dir, "package.json"), "utf8"));
      expect(pkg.license, dir).toBe("Apache-2.0");
      expect(pkg.files, dir).toContain("LICENSE");
      expect(readFileSync(join(repo, dir, "LICENSE"), "utf8"), dir).toBe(license);
    }
  });

  it("every source map points at files that are in the package", () => {
    let maps = 0;
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".map")) {
          maps += 1;
          const map = JSON.parse(readFileSync(path, "utf8"));
          map.sources.forEach((source: string, i: number) => {
            const inline = map.sourcesContent?.[i] != null;
            const file = resolve(dirname(path), map.sourceRoot ?? "", source);
            expect(inline || existsSync(file), `${path} → ${source}`).toBe(true);
          });
        }
      }
    };
    for (const name of ["api-client", "sdk", "sandbox", "cli"]) walk(join(project, "node_modules/@qod", name, "dist"));
    expect(maps).toBeGreaterThan(50);
  });

  it("the SDK quickstart runs against the packed sandbox", async () => {
    writeFileSync(
      join(project, "quickstart.mjs"),
      `import { QodClient } from "@qod/sdk";
const client = new QodClient({ baseUrl: process.env.QOD_BASE_URL, token: "qod-sandbox-dev-token" });
const session = await client.devices.get({ phoneNumber: "+36721601234567" })
  .createQodSession({ profile: "QOS_L", serviceIpv4: "233.252.0.2", duration: 3600 });
console.log(session.status);
await session.waitForStatus("AVAILABLE", { timeout: 30000 });
await session.extend(600);
console.log(session.status, session.duration);
await client.sessions.delete(session.id);
`,
    );
    const { stdout } = await node(["quickstart.mjs"], { QOD_BASE_URL: sandboxUrl });
    expect(stdout).toBe("REQUESTED\nAVAILABLE 4200\n");
  });

  it("the api-client README example runs as written", async () => {
    const readme = readFileSync(join(repo, "packages/api-client/README.md"), "utf8");
    const code = /<!-- readme-example -->\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    writeFileSync(join(project, "api-client-example.mjs"), code as string);
    const { stdout } = await node(["api-client-example.mjs"], { QOD_BASE_URL: sandboxUrl });
    expect(stdout).toMatch(/^\d+ sessions\n$/);
  });

  it("CommonJS require() loads the SDK", async () => {
    writeFileSync(
      join(project, "index.cjs"),
      `const { QodClient, apiUrls } = require("@qod/sdk");
const client = new QodClient({ baseUrl: "https://provider.example", token: "t" });
console.log(typeof QodClient, client.baseUrl, apiUrls("https://provider.example/x").qosProfiles);
`,
    );
    const { stdout } = await node(["index.cjs"]);
    expect(stdout).toBe(
      "function https://provider.example/quality-on-demand/v1 https://provider.example/x/qos-profiles/v1\n",
    );
  });

  // The SDK's README promises both settings, for the SDK and the sandbox alike.
  it.each([
    ["nodenext", { module: "nodenext" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ])("TypeScript with module %s finds the types", async (name, options) => {
    const dir = join(project, `ts-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { ...options, target: "es2022", strict: true, noEmit: true, types: ["node"] },
      }),
    );
    writeFileSync(
      join(dir, "index.ts"),
      `import { QodClient, type QosProfileName, type Session } from "@qod/sdk";
import { createSandbox } from "@qod/sandbox";
export const sandbox = createSandbox;
const profile: QosProfileName = "QOS_L";
const client = new QodClient({ baseUrl: "https://provider.example", token: "t" });
export async function make(): Promise<Session> {
  return client.devices.get({ phoneNumber: "+36721601234567" }).createQodSession({ profile, serviceIpv4: "233.252.0.2" });
}
// @ts-expect-error: a number is not a profile name
export const wrong: QosProfileName = 42;
`,
    );
    const tsc = join(repo, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", dir], { cwd: dir, encoding: "utf8" }).catch(
      (error: { stdout: string }) => error,
    );
    expect(result.stdout).toBe("");
  });

  it("npx qod works in the project", async () => {
    const version = await run("npx", ["--offline", "qod", "--version"], { cwd: project, env, encoding: "utf8" });
    expect(version.stdout).toBe("0.1.0\n");
    const profiles = await run("npx", ["--offline", "qod", "profiles", "list", "-o", "json"], {
      cwd: project,
      env,
      encoding: "utf8",
    });
    expect(JSON.parse(profiles.stdout).length).toBeGreaterThan(0);
  });
});
