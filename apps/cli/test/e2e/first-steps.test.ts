import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeHome, notes, qod, type Running, start } from "./support.js";

// What a new user meets in their first commands, each run as a real `qod` process.
const PHONE = ["--phone", "+36721601234567"];
const CREATE = ["sessions", "create", ...PHONE, "--service-ipv4", "233.252.0.2"];

describe("contexts you can leave", () => {
  const { env } = makeHome();
  const failing = "echo 'vault: not logged in' >&2; exit 3";

  it("config set never makes a context current; the embedded sandbox keeps answering", async () => {
    const set = await qod(["config", "set", "base-url", "https://op.example", "--context", "operator"], env);
    expect(set.code).toBe(0);
    expect(set.stderr).toMatch(/use it with 'qod config use operator'$/m);
    await qod(["config", "set", "token-command", failing, "--context", "operator"], env);
    const listed = await qod(["profiles", "list", "--json"], env);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).length).toBeGreaterThan(0);
  });

  it("config show lists the contexts, in text and JSON", async () => {
    const text = await qod(["config", "show"], env);
    expect(text.stdout).toMatch(/^ +CONTEXT +SETTINGS$/m);
    expect(text.stdout).toMatch(/^ +operator +base-url=https:\/\/op\.example token-command=/m);
    const json = JSON.parse((await qod(["config", "show", "--json"], env)).stdout);
    expect(Object.keys(json.contexts)).toEqual(["operator"]);
    expect(json.currentContext).toBeNull();
  });

  it("a failing token-command's stderr is shown, with the way out", async () => {
    expect((await qod(["config", "use", "operator"], env)).code).toBe(0);
    const r = await qod(["profiles", "list"], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      "error: the context's token-command exited with 3: vault: not logged in; fix it, or leave the context with 'qod config use --none' (the embedded sandbox)\n",
    );
  });

  it("config use --none goes back to the embedded sandbox; delete-context removes a context", async () => {
    const none = await qod(["config", "use", "--none"], env);
    expect(none.code).toBe(0);
    expect((await qod(["profiles", "list", "--json"], env)).code).toBe(0);
    expect((await qod(["config", "use"], env)).code).toBe(2);
    await qod(["config", "use", "operator"], env);
    const deleted = await qod(["config", "delete-context", "operator"], env);
    expect(deleted.stdout).toBe(
      "deleted context operator; it was the current one, so commands now use the embedded sandbox\n",
    );
    expect(JSON.parse((await qod(["config", "show", "--json"], env)).stdout)).toMatchObject({
      currentContext: null,
      contexts: {},
    });
    const again = await qod(["config", "delete-context", "operator"], env);
    expect(again.code).toBe(2);
  });
});

describe("help, output formats and suggestions", () => {
  const { env } = makeHome();

  it("qod help <cmd> <sub> shows that subcommand's help", async () => {
    const r = await qod(["help", "sessions", "create"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: qod sessions create \[options\]$/m);
    expect(r.stderr).toBe("");
  });

  it("-o json is --json; -o wide adds columns; a bad format gets a suggestion", async () => {
    const json = await qod(["profiles", "list", "-o", "json"], { ...env, QOD_QUIET: "1" });
    expect(JSON.parse(json.stdout)[0]).toHaveProperty("name");
    const wide = await qod(["profiles", "list", "--output", "wide"], { ...env, QOD_QUIET: "1" });
    expect(wide.stdout.split("\n")[0]).toMatch(/MAX DURATION +MIN DOWN +MIN UP +MIN DURATION +JITTER +PRIORITY$/);
    const bad = await qod(["profiles", "list", "-o", "jsno"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --output: unknown format "jsno" (table, wide or json); did you mean json?\n');
    const errorAsJson = await qod(["sessions", "get", "nope", "-o", "json"], env);
    expect(JSON.parse(errorAsJson.stderr).error).toMatchObject({ exitCode: 2 });
  });

  it("did you mean: for profiles and for commands", async () => {
    const profile = await qod([...CREATE, "--profile", "qos_l"], env);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/^error: --profile: unknown profile "qos_l"; did you mean QOS_L\? /);
    const command = await qod(["sesions", "list"], env);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("error: unknown command 'sesions' (Did you mean sessions?)\n");
    const sub = await qod(["sessions", "lsit"], env);
    expect(sub.stderr).toBe("error: unknown command 'lsit' (Did you mean list?)\n");
  });

  it("the test profiles `profiles list` shows are accepted by create", async () => {
    const listed = JSON.parse((await qod(["profiles", "list", "--json"], env)).stdout) as { name: string }[];
    const testProfiles = listed.map((p) => p.name).filter((name) => name.startsWith("QOS_TEST_"));
    expect(testProfiles).toContain("QOS_TEST_SHORT");
    const r = await qod([...CREATE, "--profile", "QOS_TEST_SHORT", "--duration", "60", "--json"], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).profile).toBe("QOS_TEST_SHORT");
  });
});

describe("the embedded sandbox's note, a stray QOD_TOKEN, deleting twice", () => {
  const { env } = makeHome();

  it("QOD_QUIET=1 silences the note", async () => {
    const loud = await qod(["profiles", "list"], env);
    expect(notes(loud.stderr)).toHaveLength(1);
    const quiet = await qod(["profiles", "list"], { ...env, QOD_QUIET: "1" });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
  });

  it("QOD_TOKEN exported with no base URL: the 401 says why", async () => {
    const r = await qod(["profiles", "list"], { ...env, QOD_QUIET: "1", QOD_TOKEN: "operator-token-123" });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: 401: the embedded sandbox refused QOD_TOKEN\. No base URL is set/);
    expect(r.stderr).toContain("set QOD_BASE_URL");
    expect(r.stderr).not.toContain("operator-token-123");
  });

  it("sessions delete --ignore-not-found exits 0 for a session already gone", async () => {
    const quiet = { ...env, QOD_QUIET: "1" };
    const { id } = JSON.parse((await qod([...CREATE, "--profile", "QOS_E", "--json"], quiet)).stdout);
    expect((await qod(["sessions", "delete", id], quiet)).stdout).toBe(`deleted session ${id}\n`);
    const strict = await qod(["sessions", "delete", id], quiet);
    expect(strict.code).toBe(4);
    const lenient = await qod(["sessions", "delete", id, "--ignore-not-found", "--json"], quiet);
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.stdout)).toEqual({ id, deleted: false });
  });
});

describe("a served sandbox: one meaning of base URLs, its clock, its port", () => {
  const { env: base } = makeHome();
  let server: Running;
  let url = "";

  beforeAll(async () => {
    server = start(["sandbox", "start", "--port", "0"], base);
    url = (await server.waitFor(/^(http:\/\/127\.0\.0\.1:\d+)\n/))[1] as string;
  });

  afterAll(async () => {
    if (server.child.exitCode === null) await server.exit("SIGTERM");
  });

  it("the API root it prints and the full QoD base both work; a 404 names the URL tried", async () => {
    for (const baseUrl of [url, `${url}/quality-on-demand/v1`]) {
      const r = await qod(["sessions", "list", ...PHONE, "--json"], { ...base, QOD_BASE_URL: baseUrl });
      expect(r.code, baseUrl).toBe(0);
    }
    const profiles = await qod(["profiles", "get", "QOS_L", "--json"], {
      ...base,
      QOD_BASE_URL: url,
      QOD_PROFILES_BASE_URL: url,
    });
    expect(JSON.parse(profiles.stdout).name).toBe("QOS_L");
    const wrong = await qod(["sessions", "list", ...PHONE], { ...base, QOD_BASE_URL: `${url}/wrong` });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain(`(POST ${url}/wrong/quality-on-demand/v1/retrieve-sessions)`);
  });

  it("remaining time follows the sandbox's clock after clock advance", async () => {
    const env = { ...base, QOD_BASE_URL: url };
    const created = await qod([...CREATE, "--profile", "QOS_L", "--duration", "1h", "--wait", "--json"], env);
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout);
    expect((await qod(["sandbox", "clock", "advance", "30m"], env)).code).toBe(0);
    const listed = await qod(["sessions", "list", ...PHONE], env);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+QOS_L\\s+AVAILABLE\\s+(29m \\d+s|30m 0s)\\s`, "m"));
    const got = await qod(["sessions", "get", id], env);
    expect(got.stdout).toMatch(/^Remaining +(29m \d+s|30m 0s)$/m);
  });

  it("a port in use is a usage error naming the port", async () => {
    const port = Number(new URL(url).port);
    const r = await qod(["sandbox", "start", "--port", String(port)], base);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: --port: port ${port} on 127\\.0\\.0\\.1 is already in use`, "m"));
    expect(r.stderr).not.toContain("unexpected");
  });
});
