import { expect, test } from "./fixtures";
import { ready, signIn, visit } from "./helpers";

// The demo cohort started 20 weeks before the test clock, so it is in week 21; each project pauses its own week.
const PAUSE: Record<string, string> = { desktop: "25", phone: "33", "no-js": "34" };
test("an owner sees the cohort's year, previews a pause week and saves it; a week in the past is refused", async ({ page }, testInfo) => {
  const week = PAUSE[testInfo.project.name] ?? "25";
  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1");
  await page.getByRole("navigation", { name: "Kohortens sider" }).getByRole("link", { name: "Årsplan" }).click();
  await ready(page);
  await expect(page.getByRole("heading", { name: "Årsplan", level: 2 })).toBeVisible();
  const table = page.getByRole("region", { name: "Årsplanen uke for uke" }).getByRole("table");
  await expect(table.locator(".year-plan__row")).toHaveCount(52);
  await expect(table.getByRole("rowheader", { name: "januar 2027" })).toBeVisible();
  await expect(table.getByText("Samling 1: Oppstart")).toBeVisible();
  await expect(table.getByText("Ferie: Jul og nyttår").first()).toBeVisible();
  await expect(table.getByText("Kvartalsgjennomgang på 45 minutter")).toHaveCount(3);

  const pauses = page.getByLabel("Egne pauseuker (programuker)");
  await pauses.fill("3");
  await page.getByRole("button", { name: "Vis hva som flytter seg" }).click();
  await expect(page.getByText("En ny pause kan bare legges fra denne uka og framover.")).toBeVisible();

  await pauses.fill(week);
  await page.getByRole("button", { name: "Vis hva som flytter seg" }).click();
  await expect(page.getByRole("heading", { name: "Dette flytter seg" })).toBeVisible();
  await expect(page.locator(".plan-change li").first()).toContainText(/uke \d+/);
  await page.getByRole("button", { name: "Lagre feriene" }).click();
  await expect(page.getByText("Feriene er lagret, og planen er oppdatert.")).toBeVisible();
  const row = table.locator("tr", { has: page.getByRole("rowheader", { name: week, exact: true }) });
  await expect(row).toContainText("Ferie: Pause");
});

test("a participant sees the year with months, samlinger and a legend, and can list only open weeks", async ({ page }) => {
  // deltaker11 only reads here, so every project can use the same person.
  await signIn(page, "deltaker11@demo.example");
  const strip = page.getByRole("list", { name: "52 programuker med status" });
  await expect(strip.getByText("Samling 1: Oppstart", { exact: false }).first()).toBeAttached();
  const legend = page.getByRole("list", { name: "Forklaring" });
  await expect(legend.getByText("Samling", { exact: true })).toBeVisible();
  await expect(legend.getByText("Ferie", { exact: true })).toBeVisible();
  // Weeks left open before this one read as optional, not as debts; this week is still «Åpen».
  await expect(legend.getByText("Ikke gjort – valgfritt å ta igjen")).toBeVisible();
  await expect(strip.getByRole("link", { name: /: Ikke gjort – valgfritt å ta igjen$/ }).first()).toBeAttached();
  await expect(strip.getByRole("link", { name: /: Åpen \(denne uka\)$/ })).toHaveCount(1);

  await visit(page, "/challenges");
  await page.getByRole("link", { name: "Gå til denne uka" }).click();
  await expect(page).toHaveURL(/#uke-21$/);
  await page.getByLabel("Vis", { exact: true }).selectOption({ label: "Bare åpne uker" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await ready(page);
  await expect(page).toHaveURL(/vis=apne/);
  // One retrying assertion over the whole list, not a count followed by row-by-row reads of a list that may re-render.
  const rows = page.locator(".week-list > li");
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ hasNot: page.locator(".week-row__status", { hasText: "Åpen" }) })).toHaveCount(0);
});

test("the Årsplan prints on one A4 landscape page", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "printing to PDF needs the desktop browser");
  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1/plan");
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  expect(pdf.match(/\/Count (\d+)/)?.[1]).toBe("1");
  expect(pdf).toMatch(/\/MediaBox \[0 0 84\d(\.\d+)? 59\d(\.\d+)?\]/); // A4 (297 × 210 mm), landscape
});
