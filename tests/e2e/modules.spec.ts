import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

test("a participant reads an open module, answers a prompt, marks it complete and sees the progress", async ({ page }) => {
  await signIn(page, "deltaker06@demo.example");
  await page.getByRole("navigation", { name: "Programmet" }).getByRole("link", { name: "Moduler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moduler" })).toBeVisible();
  await page.getByRole("link", { name: "Motiverende intervju i veiledning" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Motiverende intervju i veiledning" })).toBeVisible();
  const toc = page.getByRole("navigation", { name: "Innhold" });
  await expect(toc.getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kilder" })).toBeVisible();

  const prompt = page.locator("section.reflection").first();
  const answer = prompt.getByLabel("Ditt svar");
  await answer.fill("Jeg merker at jeg gir råd før jeg har lyttet ferdig, særlig rett før kvartalstallene.");
  await prompt.getByRole("button", { name: "Lagre i refleksjonsloggen" }).click();
  await expect(page.locator("section.reflection").first().getByRole("status")).toHaveText("Svaret er lagret i refleksjonsloggen din.");
  await expect(page.locator("section.reflection").first().getByLabel("Ditt svar")).toHaveValue(/gir råd før jeg har lyttet/);

  // Empty answers are refused next to the field.
  const second = page.locator("section.reflection").nth(1);
  await second.getByRole("button", { name: "Lagre i refleksjonsloggen" }).click();
  await expect(page.locator("section.reflection").nth(1).getByText("Skriv et svar før du lagrer.")).toBeVisible();

  await page.getByRole("button", { name: "Merk som fullført" }).click();
  await expect(page.getByText("Du har fullført denne modulen.")).toBeVisible();
  await page
    .getByRole("link", { name: "Tilbake til modulene" })
    .or(page.getByRole("navigation", { name: "Programmet" }).getByRole("link", { name: "Moduler" }))
    .first()
    .click();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Motiverende intervju i veiledning" }) });
  await expect(card).toContainText("Fullført");
  await expect(card).toContainText("1 av 4 refleksjoner besvart");
});

test("a module not yet open says when it opens, and an unknown module is a 404 with a way back", async ({ page }) => {
  await signIn(page, "deltaker06@demo.example");
  const locked = await page.goto("/modules/anerkjennelse");
  expect(locked?.status()).toBe(403);
  await expect(page.getByText(/Denne modulen åpner i programuke \d+/)).toBeVisible();
  const missing = await page.goto("/modules/finnes-ikke");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Vi finner ikke den modulen" })).toBeVisible();
  await page.getByRole("link", { name: "Psykologisk trygghet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Psykologisk trygghet" })).toBeVisible();
});

test("a module's sources come from the programme's one list: citations lead to the entry, second-hand pages say so, web addresses are links", async ({
  page,
}) => {
  await signIn(page, "deltaker06@demo.example");
  await page.goto("/modules/motiverende-intervju");
  const sources = page.getByRole("list").filter({ hasText: "Larsen, M. D. (2021)" });
  const address = "https://vpt.dk/jobcenter/selvledelse-kraever-nye-roller-af-medarbejdere-og-ledere-i-naestved";
  await expect(sources.getByRole("link", { name: address })).toHaveAttribute("href", address);
  await page.getByRole("link", { name: "Miller & Rollnick 2013", exact: true }).first().click();
  await expect(page).toHaveURL(/#kilde-miller-rollnick-2013$/);

  await page.goto("/modules/veiledning");
  await expect(page.getByText("(Tveiten 2013, s. 21, gjengitt etter Vigsø 2023)")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Tveiten, S. (2013)" })).toContainText(
    "Sidetallene er gjengitt etter Vigsø (2023) og ikke kontrollert mot boka.",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a reflection is saved with a plain form post and shown again", async ({ page }) => {
    await signIn(page, "deltaker08@demo.example");
    await page.goto("/modules/veiledning");
    const prompt = page.locator("section#hvem-veileder-deg");
    await prompt.getByLabel("Ditt svar").fill("Ingen, egentlig. Jeg tar det opp med treningspartneren neste gang.");
    await prompt.getByRole("button", { name: /Lagre i refleksjonsloggen|Oppdater svaret/ }).click();
    await expect(page).toHaveURL(/\/modules\/veiledning#hvem-veileder-deg$/);
    await expect(page.locator("section#hvem-veileder-deg").getByRole("status")).toHaveText("Svaret er lagret i refleksjonsloggen din.");
    await page.goto("/modules/veiledning");
    await expect(page.locator("section#hvem-veileder-deg").getByLabel("Ditt svar")).toHaveValue(/Ingen, egentlig/);
  });
});
