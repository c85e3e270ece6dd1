import { expect, test } from "./fixtures";
import { ready, signIn, signOut } from "./helpers";

test("an owner invites a new participant, who creates an account through the link and lands on Min uke", async ({ page }) => {
  await signIn(page, "programeier@demo.example");
  await page.getByRole("link", { name: "Demokohort 2026" }).click();
  await page.getByRole("navigation", { name: "Kohortens sider" }).getByRole("link", { name: "Personer og invitasjoner" }).click();
  await ready(page);
  const panel = page.getByRole("region", { name: "Inviter en person" });
  await panel.getByLabel("Navn").fill("Liv Nyberg");
  await panel.getByLabel("E-post").fill("liv.nyberg@nav.example");
  await panel.getByLabel("Rolle").selectOption({ label: "programdeltaker" });
  await panel.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status")).toHaveText(/Invitasjonen er sendt til liv.nyberg@nav.example/);
  const link = await page.locator("code").filter({ hasText: "/invitation/" }).innerText();
  await expect(page.getByRole("row", { name: /Liv Nyberg/ })).toContainText("Venter");
  await signOut(page);

  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "Velkommen til Demokohort 2026" })).toBeVisible();
  await page.getByLabel("Velg passord").fill("kort");
  await page.getByLabel("Gjenta passordet").fill("annerledes");
  await page.getByRole("button", { name: "Opprett konto og bli med" }).click();
  await expect(page.getByText("Passordet må ha minst 10 tegn.")).toBeVisible();

  await page.getByLabel("Velg passord").fill("et godt langt passord");
  await page.getByLabel("Gjenta passordet").fill("et godt langt passord");
  await page.getByRole("button", { name: "Opprett konto og bli med" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Liv Nyberg" })).toBeVisible();
  await signOut(page);

  // The link is single use.
  const again = await page.goto(new URL(link).pathname);
  expect(again?.status()).toBe(410);
  await expect(page.getByText("Invitasjonen er allerede brukt.")).toBeVisible();
});

test("a reset link that does not exist says so and offers a new one", async ({ page }) => {
  const res = await page.goto("/reset-password/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Vi finner ikke denne lenken.")).toBeVisible();
  await page.getByRole("link", { name: "Be om ny lenke" }).click();
  await page.getByLabel("E-post").fill("deltaker09@demo.example");
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByRole("status")).toHaveText(/Hvis adressen finnes hos oss/);
});
