import { expect, test } from "./fixtures";
import { signIn, signOut } from "./helpers";

test.describe("signing in as each demo role", () => {
  test("a participant lands on Min uke with the programme week and ISO week", async ({ page }) => {
    await signIn(page, "deltaker01@demo.example");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hei, Silje Hansen" })).toBeVisible();
    await expect(page.getByText("Kohort: Demokohort 2026")).toBeVisible();
    await expect(page.getByText(/^Uke 21 av 52$/)).toBeVisible();
    await expect(page.getByText(/^uke \d+ \(ISO\)$/)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Programmet" }).getByRole("link", { name: "Min uke" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Programeier" })).toHaveCount(0);
    await signOut(page);
  });

  test("the training partner lands on their own week", async ({ page }) => {
    await signIn(page, "deltaker02@demo.example");
    await expect(page.getByRole("heading", { level: 1, name: "Hei, Mats Johansen" })).toBeVisible();
    await expect(page.getByText(/^Uke 21 av 52$/)).toBeVisible();
  });

  test("the programme owner lands on the list of their cohorts", async ({ page }) => {
    await signIn(page, "programeier@demo.example");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kohorter" })).toBeVisible();
    const cohort = page.getByRole("link", { name: "Demokohort 2026" });
    await expect(cohort).toBeVisible();
    // Other tests may have added people to the demo cohort; the row shows the week and the figures.
    await expect(page.getByRole("row").filter({ hasText: "Demokohort 2026" })).toContainText(/Uke \d+ av 52/);
    await cohort.click();
    await expect(page.getByRole("heading", { level: 1, name: "Demokohort 2026" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Trenger oppfølging" })).toBeVisible();
  });

  test("the admin lands on every cohort", async ({ page }) => {
    await signIn(page, "admin@demo.example");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("link", { name: "Demokohort 2026" })).toBeVisible();
  });
});

test("a wrong password is refused with a clear message and nothing else happens", async ({ page }) => {
  await signIn(page, "deltaker01@demo.example", "feil-passord");
  await expect(page.getByRole("alert")).toHaveText(/E-postadressen eller passordet er feil/);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("E-post")).toHaveValue("deltaker01@demo.example");
});

test("an empty or malformed form shows the problem next to the field", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-post").fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page.getByText("Skriv en gyldig e-postadresse")).toBeVisible();
  await expect(page.getByText("Fyll ut feltet.")).toBeVisible();
});

test("a participant asking for the owner area is refused", async ({ page }) => {
  await signIn(page, "deltaker03@demo.example");
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Nina Larsen" })).toBeVisible();
  const res = await page.goto("/admin");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Du har ikke tilgang" })).toBeVisible();
  const deeper = await page.goto("/admin/cohorts/1");
  expect([403, 404]).toContain(deeper?.status());
});

test("an unknown address is a 404 with a way on", async ({ page }) => {
  const res = await page.goto("/finnes-ikke");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Vi finner ikke siden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gå til forsiden" })).toBeVisible();
});

test("the language can be switched to English and is remembered after signing in again", async ({ page }) => {
  await signIn(page, "deltaker12@demo.example");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Thomas Moen" })).toBeVisible();
  await expect(page.getByText(/^Week 21 of 52$/)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.context().clearCookies();
  // With the cookies gone the sign-in page is in bokmål again; the account remembers English.
  await signIn(page, "deltaker12@demo.example");
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Thomas Moen" })).toBeVisible();
});

test("nynorsk can be chosen like English: the interface and its dates follow, the content says it is in bokmål, and the choice is remembered", async ({
  page,
}) => {
  await signIn(page, "deltaker08@demo.example");
  await page.getByRole("button", { name: "Nynorsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByText(/^Veke 21 av 52$/)).toBeVisible();
  await page.getByRole("link", { name: "Modular" }).first().click();
  await expect(page.getByText("Modulane og utfordringane i programmet er skrivne på bokmål.")).toBeVisible();

  await page.getByRole("button", { name: "Logg ut" }).click();
  await page.context().clearCookies();
  await signIn(page, "deltaker08@demo.example");
  await expect(page.getByText(/^Veke 21 av 52$/)).toBeVisible();
  await page.goto("/settings");
  await expect(page.getByLabel("Norsk nynorsk")).toBeChecked();
  // Back to bokmål, so later tests in this worker meet the demo as it was.
  await page.getByRole("button", { name: "Bokmål" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});
