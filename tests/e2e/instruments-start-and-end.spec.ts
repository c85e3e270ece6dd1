// The self-assessment across the year: a participant answers at the start and again at the end, and
// sees both side by side. The worker's server runs at one pinned instant, so this test starts a
// server of its own on a database of its own, twice: once at an instant in the start window, and
// again on the same database at an instant in the end window (docs/decisions/010-one-clock.md).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Browser, BrowserContextOptions } from "@playwright/test";
import Database from "better-sqlite3";

import { getInstrument, occasionWindows } from "../../app/utils/instruments.server";
import { addDays, zonedInstant } from "../../app/utils/programme-time";
import { resolveInstant } from "../support/instants";
import { expect, test } from "./fixtures";
import { ready, signIn } from "./helpers";
import { seedDatabase, startServer } from "./server";

const K = "egenvurdering-metodeveilederrollen";
const WHO = "deltaker03@demo.example";

/** Signs in on `url`, answers every statement of `occasion` with `value`, and returns the card. */
async function answer(browser: Browser, options: BrowserContextOptions, url: string, occasion: string, value: number) {
  const context = await browser.newContext({ ...options, baseURL: url });
  const page = await context.newPage();
  await signIn(page, WHO);
  await page.goto("/self-assessment");
  await ready(page);
  const card = page.getByRole("region", { name: "Egenvurdering av metodeveilederrollen" });
  const form = card.getByRole("form", { name: `Svar for ${occasion}` });
  const groups = form.getByRole("group", { name: /^Påstand \d av 5/ });
  await expect(groups).toHaveCount(5);
  for (let i = 0; i < 5; i++)
    await groups
      .nth(i)
      .getByRole("radio", { name: new RegExp(`^${value}`) })
      .check();
  await form.getByRole("button", { name: "Lagre svarene" }).click();
  await expect(page.getByRole("status")).toHaveText("Svarene er lagret.");
  return { context, card };
}

test("a participant answers the self-assessment at the start and at the end, and sees both side by side", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "self-assessment-year-"));
  const databasePath = path.join(dir, "app.db");
  // Inside this run's port range (E2E_BASE_PORT), clear of the worker servers at base + worker index.
  const port = Number(process.env.E2E_BASE_PORT ?? 3200) + 50 + testInfo.workerIndex;
  const settingsAt = (appNow: string) => ({ databasePath, port, appNow, backgroundJobs: false });
  // A context of its own for each server, with the project's screen, language and JavaScript setting.
  const { viewport, locale, timezoneId, hasTouch, javaScriptEnabled } = testInfo.project.use;
  const options: BrowserContextOptions = { viewport, locale, timezoneId, hasTouch, javaScriptEnabled };
  try {
    // Seeded at the instant the worker servers run at, so the demo's year is the same whatever day this runs.
    seedDatabase(settingsAt(resolveInstant(process.env.APP_NOW)));
    // The demo has answered the start already; this participant begins from nothing.
    const sqlite = new Database(databasePath);
    const { id: userId } = sqlite.prepare("SELECT id FROM users WHERE email = ?").get(WHO) as { id: number };
    sqlite.prepare("DELETE FROM self_assessments WHERE user_id = ?").run(userId);
    const { startDate } = sqlite.prepare("SELECT start_date AS startDate FROM cohorts WHERE id = 1").get() as { startDate: string };
    sqlite.close();
    const windows = occasionWindows(getInstrument(K)!, startDate);
    const inWindow = (key: string) => zonedInstant(addDays(windows.find((w) => w.key === key)!.opensOn, 1), "10:00").toISOString();

    const start = await startServer(settingsAt(inWindow("start")));
    try {
      const { context, card } = await answer(browser, options, start.url, "Oppstart", 2);
      await expect(card.getByRole("table", { name: /Svarene dine/ }).getByRole("columnheader")).toHaveText(["Påstand", "Oppstart"]);
      await context.close();
    } finally {
      await start.stop();
    }

    const end = await startServer(settingsAt(inWindow("slutt")));
    try {
      const { context, card } = await answer(browser, options, end.url, "Slutt", 4);
      const table = card.getByRole("table", { name: /Svarene dine/ });
      await expect(table.getByRole("columnheader")).toHaveText(["Påstand", "Oppstart", "Slutt"]);
      await expect(table.getByRole("row", { name: /K1 Kapasitet/ }).getByRole("cell")).toHaveText(["2", "4"]);
      // The chart beside the table draws the same two answers, one bar each.
      const k1 = card.locator(".profile__row", { hasText: "K1 Kapasitet" });
      await expect(k1.locator(".profile__bar")).toHaveText(["Oppstart 2", "Slutt 4"]);
      // The start is closed by now: only the end can still be changed.
      await expect(card.getByRole("form", { name: "Endre svarene for Slutt" })).toBeVisible();
      await expect(card.getByRole("form", { name: /Oppstart/ })).toHaveCount(0);
      await context.close();
    } finally {
      await end.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
