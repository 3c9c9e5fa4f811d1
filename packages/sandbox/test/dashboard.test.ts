import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PROFILES_VERSIONS, PROVISIONING_VERSION, QOD_VERSIONS } from "../src/api/versions.js";
import { DEV_TOKEN, type Sandbox, type SandboxOptions } from "../src/index.js";
import { type Browser, launchBrowser, openDashboard } from "./helpers/browser.js";
import { type Receiver, selfSignedCertificate, startReceiver } from "./helpers/receiver.js";
import { newSandbox, PHONE, QOD, sessionBody } from "./helpers/sandbox.js";

// The dashboard in Debian's Chromium against a sandbox on 127.0.0.1. Every wait is on a condition
// of the page, with a timeout.

let browser: Browser;
let sandbox: Sandbox | undefined;
let receiver: Receiver | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const page of browser.context.pages()) await page.close();
  await sandbox?.close();
  await receiver?.close();
  sandbox = undefined;
  receiver = undefined;
});

async function serve(options: SandboxOptions = {}): Promise<string> {
  sandbox = newSandbox(options);
  return sandbox.listen(0, "127.0.0.1");
}

/** A QoD request over HTTP with the development token. */
function api(url: string, method: string, path: string, body?: unknown) {
  return request(url, method, `${QOD}${path}`, body);
}

/** A QoS Provisioning request over HTTP with the development token. */
function provisioning(url: string, method: string, path: string, body?: unknown) {
  return request(url, method, `${PROVISIONING_VERSION.base}${path}`, body);
}

async function request(url: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Presses Tab until the focused element's accessible name (label, aria-label or text) starts with `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element) return "";
      const label = element.labels?.[0]?.textContent ?? "";
      return (element.getAttribute("aria-label") ?? (label || element.textContent) ?? "").trim();
    });
    if (focused.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** The focused element draws a visible outline. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
  });
}

const row = (page: Page, sessionId: string) => page.locator(`tr[data-session="${sessionId}"]`);
const assignmentRow = (page: Page, id: string) => page.locator(`tr[data-assignment="${id}"]`);

describe("the dashboard in a browser", () => {
  it("shows a session created over the API within 1 s, with its countdown", async () => {
    const url = await serve({ activationDelaySeconds: 0 });
    const page = await openDashboard(browser, url);
    const created = await api(url, "POST", "/sessions", sessionBody({ duration: 600 }));
    expect(created.status).toBe(201);
    const sessionRow = row(page, created.body.sessionId);
    await sessionRow.waitFor({ timeout: 1000 });
    expect(await sessionRow.getByTestId("countdown").textContent()).toBe("10:00");
    expect(await sessionRow.locator(".status").textContent()).toBe("AVAILABLE");
    expect(await sessionRow.textContent()).toContain("QOS_L");
    expect(await sessionRow.textContent()).toContain("233.252.0.2");
  });

  it("counts down with the wall clock when the sandbox clock is realtime", async () => {
    const url = await serve({ activationDelaySeconds: 0, clock: { realtime: true } });
    const page = await openDashboard(browser, url);
    expect(await page.locator(".badge").textContent()).toBe("realtime");
    const { body } = await api(url, "POST", "/sessions", sessionBody({ duration: 600 }));
    const countdown = row(page, body.sessionId).getByTestId("countdown");
    await countdown.waitFor({ timeout: 1000 });
    // No message arrives meanwhile: the page moves the countdown on by itself.
    await countdown.filter({ hasText: /^9:5\d$/ }).waitFor({ timeout: 5000 });
  });

  it("expires the session when 'Advance 1 h' is pressed, and the timeline shows the expiry", async () => {
    // Kept readable for 2 h after it ends, so the table still shows it after the hour.
    const url = await serve({ activationDelaySeconds: 0, retentionSeconds: 7200 });
    const page = await openDashboard(browser, url);
    const { body } = await api(url, "POST", "/sessions", sessionBody({ duration: 600 }));
    await row(page, body.sessionId).waitFor({ timeout: 1000 });
    await page.getByRole("button", { name: "Advance 1 h" }).click();
    await row(page, body.sessionId).locator(".status", { hasText: "UNAVAILABLE" }).waitFor({ timeout: 5000 });
    expect(await row(page, body.sessionId).textContent()).toContain("DURATION_EXPIRED");
    const short = body.sessionId.slice(0, 8);
    await page
      .getByTestId("timeline-entries")
      .locator("li", { hasText: `${short} expired` })
      .waitFor({ timeout: 5000 });
    expect(await page.getByTestId("now").textContent()).toBe("2026-11-21 11:00:00 UTC");
    const reply = await api(url, "GET", `/sessions/${body.sessionId}`);
    expect(reply.body).toMatchObject({ qosStatus: "UNAVAILABLE", statusInfo: "DURATION_EXPIRED" });
  });

  it("arms a fault from the page that makes the next API call fail as configured", async () => {
    const url = await serve();
    const page = await openDashboard(browser, url);
    const form = page.getByRole("form", { name: "Arm a fault" });
    await form.getByLabel("Method").selectOption("POST");
    await form.getByLabel("Path").fill("/sessions");
    await form.getByLabel("Answer status").fill("503");
    await form.getByLabel("Retry-After (s)").fill("7");
    await form.getByRole("button", { name: "Arm fault" }).click();
    await page
      .getByTestId("faults")
      .locator("li", { hasText: "POST /sessions: answer 503, Retry-After 7; 1 left" })
      .waitFor({ timeout: 5000 });

    const failed = await api(url, "POST", "/sessions", sessionBody());
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe("UNAVAILABLE");
    expect(failed.headers.get("retry-after")).toBe("7");
    expect((await api(url, "POST", "/sessions", sessionBody())).status).toBe(201);
  });

  it("shows a notification to a local HTTPS sink as delivered", async () => {
    receiver = await startReceiver();
    const url = await serve({ notifications: { ca: selfSignedCertificate().cert } });
    const page = await openDashboard(browser, url);
    const { body } = await api(
      url,
      "POST",
      "/sessions",
      sessionBody({
        duration: 600,
        sink: receiver.url,
        sinkCredential: {
          credentialType: "ACCESSTOKEN",
          accessToken: "sink-secret",
          accessTokenExpiresUtc: "2027-01-01T00:00:00Z",
          accessTokenType: "bearer",
        },
      }),
    );
    await page.getByRole("button", { name: "Advance 1 min" }).click();
    const delivered = page.getByTestId("deliveries").locator("tr", { hasText: body.sessionId.slice(0, 8) });
    await delivered.locator(".outcome", { hasText: "delivered" }).waitFor({ timeout: 5000 });
    const text = await delivered.textContent();
    expect(text).toContain("AVAILABLE");
    expect(text).toContain(receiver.url);
    expect(text).toContain("HTTP 204");
    expect(receiver.received.map((n) => n.body.data)).toEqual([{ sessionId: body.sessionId, qosStatus: "AVAILABLE" }]);
    expect(await page.content()).not.toContain("sink-secret");
  });

  it("works with the keyboard alone: extend, advance by a typed duration, terminate", async () => {
    const url = await serve({ activationDelaySeconds: 0 });
    const page = await openDashboard(browser, url);
    const { body } = await api(url, "POST", "/sessions", sessionBody({ duration: 600 }));
    const sessionRow = row(page, body.sessionId);
    await sessionRow.waitFor({ timeout: 1000 });
    const name = `session ${body.sessionId.slice(0, 8)}`;

    await tabTo(page, `Extend ${name}`);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await sessionRow.getByTestId("countdown").filter({ hasText: "20:00" }).waitFor({ timeout: 5000 });

    await page.keyboard.press("Shift+Tab");
    await tabTo(page, "Advance by");
    await page.keyboard.type("5m30s");
    await page.keyboard.press("Enter");
    await sessionRow.getByTestId("countdown").filter({ hasText: "14:30" }).waitFor({ timeout: 5000 });

    await tabTo(page, `Terminate ${name}`);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Space");
    await sessionRow.locator(".info", { hasText: "NETWORK_TERMINATED" }).waitFor({ timeout: 5000 });
    expect((await api(url, "GET", `/sessions/${body.sessionId}`)).body.statusInfo).toBe("NETWORK_TERMINATED");
  });

  it("adds a device, changes a profile, sets a rate limit and deletes a session from the page", async () => {
    const url = await serve({ activationDelaySeconds: 0 });
    const page = await openDashboard(browser, url);
    const addDevice = page.getByRole("form", { name: "Add a device" });
    await addDevice.getByLabel("Phone number").fill("+36721601239999");
    await addDevice.getByRole("button", { name: "Add device" }).click();
    await page.locator("#devices tr", { hasText: "+36721601239999" }).waitFor({ timeout: 5000 });
    expect(sandbox?.control.devices().some((d) => d.device.phoneNumber === "+36721601239999")).toBe(true);

    await page.getByLabel("Status of QOS_TEST_SHORT").selectOption("INACTIVE");
    await page.getByLabel("Maximum duration of QOS_TEST_SHORT, seconds").fill("1800");
    await page.getByRole("button", { name: "Save QOS_TEST_SHORT" }).click();
    await page.getByRole("status").filter({ hasText: "Saved QOS_TEST_SHORT." }).waitFor({ timeout: 5000 });
    const profile = await fetch(`${url}/qos-profiles/v1/qos-profiles/QOS_TEST_SHORT`, {
      headers: { authorization: `Bearer ${DEV_TOKEN}` },
    });
    expect(await profile.json()).toMatchObject({ status: "INACTIVE", maxDuration: { value: 1800, unit: "Seconds" } });

    const limit = page.getByRole("form", { name: "Set a rate limit" });
    await limit.getByLabel("Requests per second").fill("3");
    await limit.getByRole("button", { name: "Set limit" }).click();
    await page.locator("#faults li", { hasText: "all clients: 3 requests/s" }).waitFor({ timeout: 5000 });
    await page.getByRole("button", { name: "Remove all limits" }).click();
    await page.locator("#faults li", { hasText: "requests/s" }).waitFor({ state: "detached", timeout: 5000 });

    const { body } = await api(url, "POST", "/sessions", sessionBody());
    await row(page, body.sessionId).waitFor({ timeout: 1000 });
    await page.getByRole("button", { name: `Delete session ${body.sessionId.slice(0, 8)}` }).click();
    await row(page, body.sessionId).waitFor({ state: "detached", timeout: 5000 });
    expect((await api(url, "GET", `/sessions/${body.sessionId}`)).status).toBe(404);
  });

  it("shows a QoS assignment, activates it on 'Advance 1 min', and terminates it from the page", async () => {
    const url = await serve({ activationDelaySeconds: 1 });
    const page = await openDashboard(browser, url);
    const created = await provisioning(url, "POST", "/qos-assignments", {
      device: { phoneNumber: PHONE },
      qosProfile: "QOS_M",
    });
    expect(created.status).toBe(201);
    const id = created.body.assignmentId as string;
    const short = id.slice(0, 8);
    const assigned = assignmentRow(page, id);
    await assigned.waitFor({ timeout: 1000 });
    expect(await assigned.locator(".status").textContent()).toBe("REQUESTED");
    expect(await assigned.textContent()).toContain("QOS_M");
    expect(await assigned.textContent()).toContain(PHONE);
    expect(await assigned.textContent()).toContain("activating");

    await page.getByRole("button", { name: "Advance 1 min" }).click();
    await assigned.locator(".status", { hasText: /^AVAILABLE$/ }).waitFor({ timeout: 5000 });
    expect(await assigned.getByTestId("since").textContent()).toBe("2026-11-21 10:00:01 UTC");
    await assigned.locator(".hint", { hasText: "(for 0:59)" }).waitFor({ timeout: 5000 });

    await page.getByRole("button", { name: `Terminate assignment ${short}` }).click();
    await assigned.locator(".status", { hasText: "UNAVAILABLE" }).waitFor({ timeout: 5000 });
    expect(await assigned.locator(".info").textContent()).toBe(" NETWORK_TERMINATED");
    expect(await page.getByRole("button", { name: `Terminate assignment ${short}` }).isDisabled()).toBe(true);
    const entry = page.getByTestId("timeline-entries").locator("li", { hasText: `${short} terminated` });
    await entry.waitFor({ timeout: 5000 });
    expect(await entry.locator(".subject").textContent()).toBe("assignment");
    expect(await page.locator(".timeline g.assignment").count()).toBe(1);
    const reply = await provisioning(url, "GET", `/qos-assignments/${id}`);
    expect(reply.body).toMatchObject({ status: "UNAVAILABLE", statusInfo: "NETWORK_TERMINATED" });
  });

  it("deletes a QoS assignment from the page", async () => {
    const url = await serve({ activationDelaySeconds: 0 });
    const page = await openDashboard(browser, url);
    const { body } = await provisioning(url, "POST", "/qos-assignments", {
      device: { phoneNumber: PHONE },
      qosProfile: "QOS_M",
    });
    const assigned = assignmentRow(page, body.assignmentId);
    await assigned.locator(".status", { hasText: /^AVAILABLE$/ }).waitFor({ timeout: 1000 });
    await page.getByRole("button", { name: `Delete assignment ${body.assignmentId.slice(0, 8)}` }).click();
    await assigned.locator(".info", { hasText: "DELETE_REQUESTED" }).waitFor({ timeout: 5000 });
    expect(await assigned.locator(".status").textContent()).toBe("UNAVAILABLE");
    await page.getByRole("status").filter({ hasText: "Deleted assignment" }).waitFor({ timeout: 5000 });
  });

  it("lists the API versions the sandbox serves", async () => {
    const url = await serve();
    const page = await openDashboard(browser, url);
    const rows = page.getByTestId("apis").locator("tbody tr");
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)),
    );
    const served = [...QOD_VERSIONS, ...PROFILES_VERSIONS, PROVISIONING_VERSION];
    expect(listed.map(([, version, base]) => [version, base])).toEqual(served.map((v) => [v.version, v.base]));
    expect(listed).toContainEqual(["QoS Provisioning", "0.4.0-rc.1", "/qos-provisioning/v0.4rc1"]);
    expect(listed).toContainEqual(["Quality on Demand (Network as Code)", "nac-v0", "/qod/v0"]);
    expect(await page.getByRole("navigation").getByRole("link", { name: "QoS assignments" }).getAttribute("href")).toBe(
      "#assignments",
    );
  });

  it("names every control, for screen readers", async () => {
    const url = await serve();
    const page = await openDashboard(browser, url);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, select, a")]
        .filter((element) => {
          const labels = (element as HTMLInputElement).labels;
          const name = element.getAttribute("aria-label") ?? (labels?.[0]?.textContent || element.textContent) ?? "";
          return name.trim() === "";
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe("QoD sandbox");
  });

  it("loads nothing but the sandbox's own files and stream", async () => {
    const url = await serve();
    const before = browser.requested.length;
    await openDashboard(browser, url);
    const requested = browser.requested.slice(before);
    expect(requested.length).toBeGreaterThan(2);
    for (const request of requested) expect(request.startsWith(`${url}/`), request).toBe(true);
  });
});
