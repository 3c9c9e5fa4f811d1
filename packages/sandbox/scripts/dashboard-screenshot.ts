// Regenerates docs/dashboard.png, the README's picture of the dashboard, in Debian's Chromium.
// Run: pnpm screenshot   (after pnpm build)
import { mkdirSync } from "node:fs";
import { launchBrowser, openDashboard } from "../test/helpers/browser.js";
import { demoSandbox } from "./demo-sandbox.js";

const output = new URL("../docs/dashboard.png", import.meta.url);
const { sandbox, url } = await demoSandbox(12);
const browser = await launchBrowser();
try {
  const page = await openDashboard(browser, url);
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.locator("tbody tr").first().waitFor();
  mkdirSync(new URL(".", output), { recursive: true });
  await page.screenshot({ path: output.pathname });
  console.log(`wrote ${output.pathname}`);
} finally {
  await browser.close();
  await sandbox.close();
}
