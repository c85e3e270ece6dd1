import { defineConfig, devices } from "@playwright/test";

// Each worker starts its own server on its own database (tests/e2e/fixtures.ts), so workers and
// projects never share state and the suite can use both cores.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", testIgnore: /today/, use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } },
    // The participant's week again on a phone-width screen, and with JavaScript turned off.
    {
      name: "phone",
      testMatch: /participant-week|year-plan|instruments/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 360, height: 740 }, hasTouch: true },
    },
    {
      name: "no-js",
      testMatch: /participant-week|owner|reminders|year-plan|instruments|sso/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, javaScriptEnabled: false },
    },
    // A short run at the real current time, with no pinned clock.
    { name: "today", testMatch: /today/, use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } },
  ],
});
