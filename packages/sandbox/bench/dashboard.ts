// The dashboard's bundle size, and its first render in Debian's Chromium against a sandbox with
// 0 and with 1,000 sessions, side by side. Run alone: npx tsx bench/dashboard.ts
import { bundleSize } from "@qod/sandbox-dashboard/bundle-size";
import { demoSandbox } from "../scripts/demo-sandbox.js";
import { launchBrowser } from "../test/helpers/browser.js";
import { describeMachine } from "./machine.js";

const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 7);
const SIZES = [0, 1000];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Bytes of the stream's first message (the snapshot the page renders from). */
async function snapshotBytes(url: string): Promise<number> {
  const response = await fetch(`${url}/sandbox/v1/events`);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let text = "";
  while (!text.includes("\n\n")) text += Buffer.from((await reader.read()).value ?? []).toString("utf8");
  await reader.cancel();
  return Buffer.byteLength(text.slice(0, text.indexOf("\n\n")));
}

console.log(`Machine: ${describeMachine()}.\n`);
const size = bundleSize();
console.log("| dashboard file | bytes | gzipped |\n| --- | ---: | ---: |");
for (const f of size.files) console.log(`| ${f.file} | ${f.bytes} | ${f.gzipBytes} |`);
console.log(
  `| total | ${size.bytes} | ${size.gzipBytes} (${(size.gzipBytes / 1024).toFixed(1)} KB; budget 100 KB) |\n`,
);

const browser = await launchBrowser();
const rows: string[] = [];
try {
  for (const sessions of SIZES) {
    const { sandbox, url } = await demoSandbox(sessions);
    const live = sandbox.state.sessionCount;
    const bytes = await snapshotBytes(url);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.goto(`${url}/`);
      // Milliseconds from the start of navigation until every session row is on screen.
      const handle = await page.waitForFunction(
        (count) =>
          document.querySelector(".connection.live") !== null &&
          document.querySelectorAll("#sessions tbody tr").length === count
            ? performance.now()
            : false,
        live,
        { timeout: 30_000 },
      );
      times.push((await handle.jsonValue()) as number);
      await page.close();
    }
    await sandbox.close();
    rows.push(
      `| ${live.toLocaleString("en")} | ${(bytes / 1024).toFixed(0)} KB | ${median(times).toFixed(0)} | ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} |`,
    );
  }
} finally {
  await browser.close();
}
console.log(
  `First render: a fresh page in headless Chromium, median of ${RUNS} loads (assets cached after the first).\n`,
);
console.log("| sessions | snapshot message | first render (ms) | range (ms) |\n| ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(row);
