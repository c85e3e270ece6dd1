import { expect, test } from "./fixtures";
import { ready, signIn, visit } from "./helpers";

// Issue 19's bugs, each as a participant meets it. Every test here failed before its fix.

test("a reflection written in the challenge form reads as written: headings, paragraphs and a list, HTML as plain text", async ({
  page,
}) => {
  await signIn(page, "deltaker07@demo.example");
  await visit(page, "/challenges");
  await page
    .locator("li.week-row", { has: page.locator(".badge--open") })
    .first()
    .getByRole("link")
    .click();
  await page
    .getByLabel("Hva gjorde jeg?")
    .fill(
      "Jeg ba teamet om to ting:\n\n- ett eksempel fra uka\n- ett spørsmål de ikke fikk svar på\n\n<b>Ikke fet</b> <script>alert(1)</script>",
    );
  await page.getByLabel(/^Hva skjedde\?/).fill("Først stille.\nSå kom det mye.");
  await page.getByRole("button", { name: "Fullfør og lagre refleksjonen" }).click();

  // One success banner, not two.
  await expect(page.getByRole("status")).toContainText("Utfordringen er fullført, og refleksjonen er lagret i loggen din.");
  await expect(page.getByText(/^Du gjorde utfordringen/)).toHaveCount(0);
  await expect(page.getByText("Utfordringen er fullført", { exact: false })).toHaveCount(1);

  await page.getByRole("link", { name: "Les refleksjonen din" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Hva gjorde jeg?" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Hva skjedde?" })).toBeVisible();
  // The question left empty is not a heading over nothing.
  await expect(page.getByRole("heading", { name: "Hva gjør jeg neste gang?" })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "ett eksempel fra uka" })).toBeVisible();
  await expect(page.getByText("## Hva gjorde jeg?")).toHaveCount(0);
  await expect(page.getByText("<b>Ikke fet</b> <script>alert(1)</script>")).toBeVisible();
  await expect(page.locator(".entry__body b, .entry__body script")).toHaveCount(0);
});

test("switching to English in one browser shows English in the other on its next page, without hydration errors", async ({
  browser,
  server,
}) => {
  const first = await browser.newContext({ baseURL: server.url });
  const second = await browser.newContext({ baseURL: server.url });
  const a = await first.newPage();
  const b = await second.newPage();
  const errors: string[] = [];
  b.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  b.on("pageerror", (e) => errors.push(e.message));

  await signIn(a, "deltaker04@demo.example");
  await signIn(b, "deltaker04@demo.example");
  await a.getByRole("button", { name: "English" }).click();
  await expect(a.getByRole("heading", { level: 1, name: /^Hello, / })).toBeVisible();

  await b.reload();
  await ready(b);
  await expect(b.getByRole("heading", { level: 1, name: /^Hello, / })).toBeVisible();
  await expect(b.locator("html")).toHaveAttribute("lang", "en");
  expect(errors).toEqual([]);
  await first.close();
  await second.close();
});

test("an unknown notice is a plain Norwegian 404 page with a way on", async ({ page }) => {
  await signIn(page, "deltaker07@demo.example");
  const res = await visit(page, "/notices/9999");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Vi finner ikke siden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gå til forsiden" })).toBeVisible();
});

test("a journal entry is linked to a challenge by the week it falls in the year", async ({ page }) => {
  await signIn(page, "deltaker07@demo.example");
  await visit(page, "/journal/new");
  const select = page.getByLabel("Knytt til en lederutfordring (valgfritt)");
  const labels = await select.locator("option").allInnerTexts();
  expect(labels[0]).toBe("Ingen");
  expect(labels.filter((l) => /^Uke \d+: /.test(l)).length).toBeGreaterThan(30);
  // The quarterly review comes round three times, and says so.
  expect(labels.some((l) => /^Uke \d+, \d+, \d+: /.test(l))).toBe(true);
});
