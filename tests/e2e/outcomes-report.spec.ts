import fs from "node:fs";

import Database from "better-sqlite3";

import { expect, test } from "./fixtures";
import { signIn, visit } from "./helpers";

// The owner's before-and-after printed as a report: its own header, no navigation, the same
// five-answer floor as on screen (docs/decisions/017-instruments-and-team-pulse.md).
test.describe("the printable outcomes report", () => {
  // Only the desktop project runs this file (playwright.config.ts); the guard keeps it so if that changes.
  test.beforeEach(({}, testInfo) =>
    test.skip(testInfo.project.name !== "desktop", "one print layout; the PDF is the same on every project"),
  );

  test("prints on two A4 pages with its own header and no navigation", async ({ page }, testInfo) => {
    await signIn(page, "programeier@demo.example");
    await visit(page, "/admin/cohorts/1/outcomes");
    const button = page.getByRole("button", { name: "Skriv ut rapporten" });
    await expect(button).toBeVisible();
    await expect(page.getByText("Før og etter: Demokohort 2026")).toBeHidden();

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(page.getByRole("banner").getByText("Lederprogrammet")).toBeHidden();
    await expect(button).toBeHidden();
    await expect(page.getByRole("link", { name: "Last ned som CSV" })).toBeHidden();
    await expect(page.getByText("Før og etter: Demokohort 2026")).toBeVisible();
    await expect(page.getByText("Skrevet ut 1. feb. 2027")).toBeVisible();
    await expect(page.getByText(/^Bare samlede tall for kohorten: .* minst fem deltakere/)).toBeVisible();
    // The demo's pairs at halfway show (nine, or ten once instruments.spec has answered in this worker).
    await expect(page.getByRole("table", { name: /^Fordeling for de (9|10) deltakerne som har svart begge gangene$/ })).toBeVisible();

    const pdf = await page.pdf({ preferCSSPageSize: true });
    fs.writeFileSync(testInfo.outputPath("outcomes.pdf"), pdf);
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
  });

  test("with four participants who answered both times, the printed report carries no mean", async ({ page, server }) => {
    // The worker's database is shared with other tests: take out all but four halfway answers, then put them back.
    const sqlite = new Database(server.databasePath);
    const halfway = sqlite
      .prepare("SELECT * FROM self_assessments WHERE cohort_id = 1 AND occasion = 'halvveis' ORDER BY id")
      .all() as Record<string, unknown>[];
    expect(halfway.length).toBeGreaterThan(4);
    const removed = halfway.slice(4);
    const remove = sqlite.prepare("DELETE FROM self_assessments WHERE id = ?");
    for (const row of removed) remove.run(row.id);
    try {
      await signIn(page, "programeier@demo.example");
      await visit(page, "/admin/cohorts/1/outcomes");
      await page.emulateMedia({ media: "print" });
      const self = page.getByRole("region", { name: "Egenvurdering av metodeveilederrollen" });
      await expect(self.getByText("4 deltakere har svart begge gangene. Fordelingen vises fra 5.")).toBeVisible();
      await expect(self.getByRole("columnheader", { name: "Snitt Halvveis" })).toHaveCount(0);
      await expect(self.getByRole("table", { name: /^Fordeling/ })).toHaveCount(0);
      expect((await page.pdf({ preferCSSPageSize: true })).length).toBeGreaterThan(0);
    } finally {
      const columns = Object.keys(removed[0] ?? {});
      const restore = sqlite.prepare(
        `INSERT INTO self_assessments (${columns.join(", ")}) VALUES (${columns.map((c) => `@${c}`).join(", ")})`,
      );
      for (const row of removed) restore.run(row);
      sqlite.close();
    }
  });
});
