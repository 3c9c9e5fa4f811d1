// What both benchmarks share: a self-signed certificate for the notification receivers, the
// lease clients, and the Markdown table written into README.md.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSandbox, DEV_TOKEN } from "@qod/sandbox";

export const API_TOKEN = "bench-api-token-0123456789";
export const phone = (i) => `+3670${String(1_000_000 + i)}`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Writes cert.pem and key.pem for 127.0.0.1 into `dir`. */
export function makeCert(dir) {
  const out = ["-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "2"];
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", ...out].concat([
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ]),
    { stdio: "ignore" },
  );
}

/**
 * The sandbox every benchmark runs against, served on loopback: its clock frozen at `start`, one
 * device per lease (`phone(i)`), trusting the receivers' certificate made by makeCert(dir).
 */
export async function startBenchSandbox(dir, leases, start) {
  const sandbox = createSandbox({
    logger: false,
    clock: { start },
    // One device per lease, beyond the seed's five.
    caps: { devices: leases + 100 },
    notifications: { ca: readFileSync(join(dir, "cert.pem"), "utf8") },
  });
  for (let i = 0; i < leases; i++) sandbox.control.addDevice({ device: { phoneNumber: phone(i) } });
  return { sandbox, sandboxUrl: await sandbox.listen(0, "127.0.0.1") };
}

/** The config sections every benchmark's daemon shares: the sandbox, loopback listeners, notifications over TLS. */
export function baseConfig(sandboxUrl, dir) {
  return {
    upstream: {
      baseUrl: `${sandboxUrl}/quality-on-demand/v1`,
      profilesBaseUrl: `${sandboxUrl}/qos-profiles/v1`,
      token: { value: DEV_TOKEN },
    },
    listen: { host: "127.0.0.1", port: 0 },
    api: { token: { value: API_TOKEN } },
    notifications: {
      listen: { host: "127.0.0.1", port: 0 },
      tls: { cert: join(dir, "cert.pem"), key: join(dir, "key.pem") },
    },
  };
}

/** `count` apps each lease a session for their own device, `clients` at a time; request i goes to apis[i % n]. Returns the failures. */
export async function leaseAll({ apis, count, clients }) {
  let issued = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < count) {
        const i = issued++;
        const res = await fetch(`${apis[i % apis.length]}/v1/leases`, {
          method: "POST",
          headers: { authorization: `Bearer ${API_TOKEN}`, "content-type": "application/json" },
          body: JSON.stringify({
            device: { phoneNumber: phone(i) },
            profile: "QOS_L",
            serviceIpv4: "198.51.100.200",
            // A day: renewals are app traffic, not upkeep, and are left out of these measures.
            ttlSeconds: 86400,
            holder: `app-${i}`,
          }),
        });
        await res.text();
        if (res.status !== 201) failed++;
      }
    }),
  );
  return failed;
}

/** The table as the repository's formatter writes Markdown, under a caption. */
export function markdownTable(caption, rows) {
  const widths = rows[0].map((_, c) => Math.max(3, ...rows.map((r) => r[c].length)));
  const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  return [caption, "", line(rows[0]), line(widths.map((w) => "-".repeat(w))), ...rows.slice(1).map(line)].join("\n");
}

/** Replaces the README's section between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function writeReadmeSection(name, table) {
  const readme = fileURLToPath(new URL("../README.md", import.meta.url));
  const text = readFileSync(readme, "utf8");
  const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  const updated = text.replace(pattern, `$1${table}\n$2`);
  if (updated !== text) writeFileSync(readme, updated);
}
