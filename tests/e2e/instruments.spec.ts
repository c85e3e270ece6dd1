import { expect, test } from "./fixtures";
import { ready, signIn, visit } from "./helpers";

// A leader measures the team's psychological safety: five phones answer without an account, the
// leader sees the team's result, and the owner sees only the cohort's aggregate.
test("a leader's team answers on five phones, the leader sees the result and the owner only the cohort", async ({
  page,
  browser,
  server,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "deltaker05@demo.example");
  await visit(page, "/pulse");
  await page.getByRole("button", { name: "Start målingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Teamets psykologiske trygghet/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR-kode til svarsiden" })).toBeVisible();
  const link = await page.getByRole("link", { name: /\/p\// }).getAttribute("href");
  expect(link).toMatch(/\/p\/[a-z2-7]{32}$/);
  const answerPath = new URL(link!).pathname;

  for (let phone = 0; phone < 5; phone++) {
    // A phone of its own: none of the leader's cookies.
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 360, height: 740 } });
    const p = await context.newPage();
    await visit(p, answerPath);
    const statements = p.getByRole("group", { name: /^Påstand \d av 7/ });
    await expect(statements).toHaveCount(7);
    for (let i = 0; i < 7; i++) {
      // Reversed statements (1, 3, 5) answered 2, the others 6: every score is 6.
      const value = [0, 2, 4].includes(i) ? "2" : "6";
      await statements
        .nth(i)
        .getByRole("radio", { name: new RegExp(`^${value}`) })
        .check();
    }
    await p.getByRole("button", { name: "Send svarene" }).click();
    await expect(p.getByRole("status")).toHaveText(/Takk!/);
    await context.close();
  }

  await page.reload();
  await ready(page);
  // The count line ends in the count; a bare "5 svar" can also match across the random link and the next paragraph.
  await expect(page.getByText(/ · 5 svar$/)).toBeVisible();
  await expect(page.getByText(/Resultatet vises når målingen er avsluttet/)).toBeVisible();
  await page.getByRole("button", { name: "Avslutt målingen nå" }).click();
  await expect(page.getByRole("status")).toHaveText("Målingen er avsluttet.");
  const result = page.getByRole("region", { name: "Resultat" });
  await expect(result.getByRole("term").first()).toHaveText("Snitt");
  await expect(result.getByRole("definition").first()).toHaveText("6,0");
  // The link is closed for good: the answer page is simply not there any more.
  const closed = await browser.newContext({ baseURL: server.url });
  expect((await closed.request.get(answerPath)).status()).toBe(404);
  await closed.close();
  const pulseUrl = new URL(page.url()).pathname;

  // The owner sees the cohort's aggregate, never this team's page.
  const owner = await browser.newContext({ baseURL: server.url });
  const op = await owner.newPage();
  await signIn(op, "programeier@demo.example");
  await visit(op, "/admin/cohorts/1/outcomes");
  const section = op.getByRole("region", { name: "Teamets psykologiske trygghet" });
  await expect(section.getByRole("table", { name: /Antall team og svar/ })).toBeVisible();
  await expect(section.getByRole("heading", { name: "Oppstart sammenlignet med Underveis" })).toBeVisible();
  await expect(section.getByRole("table", { name: /Fordeling av teamsnittene/ })).toBeVisible();
  await expect(op.getByText("Tone Pedersen")).toHaveCount(0);
  expect((await op.request.get(pulseUrl)).status()).toBe(404);
  await owner.close();
});

test("a participant answers the self-assessment and sees the start and the new answers side by side", async ({ page }) => {
  await signIn(page, "deltaker04@demo.example");
  await page.getByRole("link", { name: "Svar nå (Egenvurdering av metodeveilederrollen)" }).click();
  await ready(page);
  const card = page.getByRole("region", { name: "Egenvurdering av metodeveilederrollen" });
  const table = card.getByRole("table", { name: /Svarene dine/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Påstand", "Oppstart"]);
  const form = card.getByRole("form", { name: "Svar for Halvveis" });
  const groups = form.getByRole("group", { name: /^Påstand \d av 5/ });
  await expect(groups).toHaveCount(5);
  for (let i = 0; i < 5; i++) await groups.nth(i).getByRole("radio").nth(3).check();
  await form
    .getByLabel(/Hva skulle til for at du kom ett trinn opp\?/)
    .first()
    .fill("En fast feltdag i måneden.");
  await form.getByRole("button", { name: "Lagre svarene" }).click();
  await expect(page.getByRole("status")).toHaveText("Svarene er lagret.");
  await expect(table.getByRole("columnheader")).toHaveText(["Påstand", "Oppstart", "Halvveis"]);
  await expect(
    table
      .getByRole("row", { name: /K1 Kapasitet/ })
      .getByRole("cell")
      .last(),
  ).toHaveText("4");
  await expect(card.getByRole("form", { name: "Endre svarene for Halvveis" })).toBeVisible();
});
