import fs from "node:fs";

import Database from "better-sqlite3";

import { readAids } from "../../app/utils/aids.server";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

test("a participant opens a module's job aid, sees it as a sheet for paper when printing, and comes back", async ({ page }) => {
  await signIn(page, "deltaker06@demo.example");
  await page.goto("/modules/psykologisk-trygghet");
  const aids = page.getByRole("region", { name: "Hjelpemidler" });
  await aids.getByRole("link", { name: "Sju påstander om trygghet i teamet, med skåringsark" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Sju påstander om trygghet i teamet, med skåringsark" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Det er trygt å ta en sjanse i dette teamet." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kilder" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv ut / lagre som PDF" })).toBeVisible();

  // On paper the sheet stands alone: no site navigation, no button, no way back.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Skriv ut / lagre som PDF" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Programmet" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Sju påstander om trygghet i teamet, med skåringsark" })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "← Psykologisk trygghet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Psykologisk trygghet" })).toBeVisible();
});

test("every job aid prints on one A4 page", async ({ page, server }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one print layout; the PDF is the same on every project");
  test.setTimeout(120_000);
  // A cohort in its last month has every module open: move its start 47 weeks back from today.
  const today = new Date(server.appNow ?? Date.now());
  const start = new Date(today.getTime() - (47 * 7 + ((today.getUTCDay() + 6) % 7)) * 86_400_000).toISOString().slice(0, 10);
  // The worker's database is shared with the other tests: put the start date back afterwards.
  const sqlite = new Database(server.databasePath);
  const before = sqlite.prepare("SELECT id, start_date AS startDate FROM cohorts").all() as { id: number; startDate: string }[];
  sqlite.prepare("UPDATE cohorts SET start_date = ?").run(start);
  try {
    await signIn(page, "deltaker06@demo.example");
    for (const aid of readAids()) {
      await page.goto(`/modules/${aid.modules[0]}/hjelpemidler/${aid.slug}`);
      await expect(page.getByRole("heading", { level: 1, name: aid.title })).toBeVisible();
      const pdf = await page.pdf({ preferCSSPageSize: true });
      fs.writeFileSync(testInfo.outputPath(`${aid.slug}.pdf`), pdf);
      if (process.env.AID_SCREENSHOTS) {
        await page.emulateMedia({ media: "print" });
        await page.screenshot({ path: testInfo.outputPath(`${aid.slug}.png`), fullPage: true });
        await page.emulateMedia({ media: null });
      }
      expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g), `${aid.slug}: pages`).toHaveLength(1);
    }
  } finally {
    const restore = sqlite.prepare("UPDATE cohorts SET start_date = ? WHERE id = ?");
    for (const c of before) restore.run(c.startDate, c.id);
    sqlite.close();
  }
});

test("a job aid opens with its module: locked before, missing when it belongs to another module", async ({ page }) => {
  await signIn(page, "deltaker06@demo.example");
  const locked = await page.goto("/modules/ny-jobbspesialist/hjelpemidler/veiledningsavtale");
  expect(locked?.status()).toBe(403);
  const elsewhere = await page.goto("/modules/psykologisk-trygghet/hjelpemidler/veiledningsavtale");
  expect(elsewhere?.status()).toBe(404);
  const open = await page.goto("/modules/veiledning/hjelpemidler/veiledningsavtale");
  expect(open?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Veiledningsavtale" })).toBeVisible();
});

test("the first use of a term in a module links to its entry in the glossary", async ({ page }) => {
  await signIn(page, "deltaker06@demo.example");
  await page.goto("/modules/psykologisk-trygghet");
  const terms = page.locator(".prose a.glossary-term");
  // Each term is linked once: the first use, not the later ones.
  const hrefs = await terms.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(3);
  expect(new Set(hrefs).size).toBe(hrefs.length);

  await page.locator('.prose a[href="/ordliste#fagmote"]').click();
  await expect(page).toHaveURL(/\/ordliste#fagmote$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ordliste" })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "fagmøte" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Teamets faste møte" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the print view says how to print or save as PDF with the browser", async ({ page }) => {
    await signIn(page, "deltaker06@demo.example");
    await page.goto("/modules/metodeveilederens-rolle/hjelpemidler/k1-k5-egenvurdering");
    await expect(page.getByRole("heading", { level: 1, name: "Egenvurdering K1–K5" })).toBeVisible();
    await expect(page.getByText(/nettleserens utskrift .* «Lagre som PDF»/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Skriv ut / lagre som PDF" })).toHaveCount(0);
  });
});
