// A throwaway PostgreSQL server for tests: Debian's binaries, initdb in a temp folder, a free
// loopback port, trust auth for one local user. PostgreSQL refuses to run as root, so as root the
// server runs as the unprivileged `postgres` user (created by Debian's package).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

// (Plain JavaScript, shared by the tests and the benchmark; types in postgres.d.mts.)

function binDir() {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, "bin")).find((d) => existsSync(join(d, "pg_ctl")));
  if (!found) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql (see .ci/run)");
  return found;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// CPU seconds (user + system) of the postmaster, its live backends and those that exited, from /proc.
function serverCpuSeconds(postmaster) {
  const stat = (pid) => {
    try {
      // Fields after the command name: state is [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14].
      const text = readFileSync(`/proc/${pid}/stat`, "utf8");
      return text.slice(text.lastIndexOf(")") + 2).split(" ");
    } catch {
      return undefined;
    }
  };
  const own = stat(postmaster);
  if (!own) return 0;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    const f = stat(pid);
    if (f && Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / 100; // USER_HZ
}

export async function startPostgres() {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "qodd-pg-"));
  const data = join(dir, "data");
  const owner = root ? Number(execFileSync("id", ["-u", "postgres"]).toString()) : undefined;
  if (owner !== undefined) chownSync(dir, owner, Number(execFileSync("id", ["-g", "postgres"]).toString()));
  const run = (tool, args) => {
    const command = root ? "runuser" : join(bin, tool);
    const argv = root ? ["-u", "postgres", "--", join(bin, tool), ...args] : args;
    execFileSync(command, argv, { stdio: "pipe", cwd: dir });
  };
  run("initdb", ["-D", data, "-A", "trust", "-U", "qodd", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = () => run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "-t", "30", "start"]);
  const stop = (mode = "fast") => run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
  start();
  return {
    url: `postgres://qodd@127.0.0.1:${port}/postgres`,
    start,
    stop,
    cpuSeconds: () => serverCpuSeconds(Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0])),
    destroy() {
      try {
        stop("immediate");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
