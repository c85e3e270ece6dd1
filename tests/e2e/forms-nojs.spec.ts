import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, signIn, signOut, visit } from "./helpers";

// The remaining forms, with JavaScript turned off: each is an ordinary HTML form that posts and
// comes back with a message. (The weekly loop, the owner's set-up and the settings run without
// JavaScript in their own specs.)
test.use({ javaScriptEnabled: false });

test("participant forms: skip, reopen and swap a challenge; edit and delete an entry; language and password", async ({ page }) => {
  await signIn(page, "deltaker05@demo.example");
  await visit(page, "/challenges");
  const open = page
    .locator("li.week-row", { has: page.locator(".badge--open") })
    .first()
    .getByRole("link");
  const href = (await open.getAttribute("href"))!;
  await visit(page, href);
  await page.getByText("Hopp over denne uka").click();
  await page.getByLabel("Grunn (valgfritt)").fill("Syk i teamet");
  await page.getByRole("button", { name: "Hopp over", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Uka er markert som hoppet over.");
  await expect(page.getByText("Grunn: Syk i teamet")).toBeVisible();
  await page.getByRole("button", { name: "Angre og åpne uka igjen" }).click();
  await expect(page.getByRole("status")).toHaveText("Uka er åpen igjen.");
  await page.getByText("Bytt til en annen utfordring fra samme modul").click();
  await page.getByRole("group", { name: "Velg utfordring" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Bytt utfordring" }).click();
  await expect(page.getByRole("status")).toHaveText("Utfordringen er byttet.");

  await visit(page, "/journal/new");
  await page.getByLabel("Tittel").fill("Uten JavaScript");
  await page.getByLabel("Tekst").fill("Første versjon.");
  await page.getByRole("button", { name: "Lagre innlegget" }).click();
  await page.getByRole("link", { name: "Rediger" }).click();
  await page.getByLabel("Tekst").fill("Andre versjon.");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByRole("status")).toHaveText("Endringene er lagret.");
  await expect(page.getByText("Andre versjon.")).toBeVisible();
  await page.getByText("Slett innlegget").click();
  await page.getByRole("button", { name: "Slett for godt" }).click();
  await expect(page.getByRole("alert")).toHaveText(/Kryss av for at du vil slette innlegget/);
  await page.getByText("Slett innlegget").click();
  await page.getByLabel("Ja, jeg vil slette innlegget").check();
  await page.getByRole("button", { name: "Slett for godt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Innlegget er slettet." })).toBeVisible();

  await visit(page, "/settings");
  await page.getByLabel("Nåværende passord").fill("feil passord");
  await page.getByLabel("Nytt passord", { exact: true }).fill("et helt nytt passord");
  await page.getByLabel("Gjenta nytt passord").fill("et helt nytt passord");
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page.getByText("Det nåværende passordet er feil.")).toBeVisible();
  // A real change without JavaScript keeps this session: the page that comes back is still signed in.
  const changePassword = async (from: string, to: string) => {
    await page.getByLabel("Nåværende passord").fill(from);
    await page.getByLabel("Nytt passord", { exact: true }).fill(to);
    await page.getByLabel("Gjenta nytt passord").fill(to);
    await page.getByRole("button", { name: "Bytt passord" }).click();
    await expect(page.getByRole("status")).toHaveText("Passordet er byttet. Du er logget ut på alle andre enheter.");
  };
  await changePassword(DEMO_PASSWORD, "et helt nytt passord");
  await visit(page, "/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Innstillinger" })).toBeVisible();
  // And back, so the demo password holds for the other tests.
  await changePassword("et helt nytt passord", DEMO_PASSWORD);
  await page.getByLabel("English").check();
  await page.getByRole("button", { name: "Lagre" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.getByLabel("Norsk bokmål").check();
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Innstillinger" })).toBeVisible();
});

test("owner and admin forms: cohort settings, resend and revoke, remove, new organisation", async ({ page }) => {
  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1/settings");
  await page.getByLabel("Oppfølging: uker uten lederutfordring").fill("0");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByText("Skriv et tall innenfor grensene.")).toBeVisible();
  await page.getByLabel("Oppfølging: uker uten lederutfordring").fill("3");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Innstillingene er lagret.");

  await visit(page, "/admin/cohorts/1/people");
  const panel = page.getByRole("region", { name: "Inviter en person" });
  await panel.getByLabel("Navn").fill("Trekkes Tilbake");
  await panel.getByLabel("E-post").fill(`trekk.${Date.now()}@nav.example`);
  await panel.getByRole("button", { name: "Send invitasjon" }).click();
  const row = page.getByRole("row", { name: /Trekkes Tilbake/ });
  await row.getByRole("button", { name: "Send på nytt" }).click();
  await expect(page.getByRole("status")).toHaveText("Invitasjonen er sendt på nytt med en ny lenke.");
  await page
    .getByRole("row", { name: /Trekkes Tilbake/ })
    .getByRole("button", { name: "Trekk tilbake" })
    .click();
  await expect(page.getByRole("status")).toHaveText("Invitasjonen er trukket tilbake.");
  await expect(page.getByRole("row", { name: /Trekkes Tilbake/ })).toContainText("Trukket tilbake");

  // Someone joins, and is then removed again (the demo's own people stay).
  const email = `kort.${Date.now()}@nav.example`;
  await panel.getByLabel("Navn").fill("Kort Opphold");
  await panel.getByLabel("E-post").fill(email);
  await panel.getByRole("button", { name: "Send invitasjon" }).click();
  const link = new URL(await page.locator("code", { hasText: "/invitation/" }).innerText()).pathname;
  await signOut(page);
  await visit(page, link);
  await page.getByLabel("Velg passord").fill("et godt langt passord");
  await page.getByLabel("Gjenta passordet").fill("et godt langt passord");
  await page.getByRole("button", { name: "Opprett konto og bli med" }).click();
  await signOut(page);
  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1/people");
  const member = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) }).first();
  await member.getByText("Fjern fra kohorten").click();
  await member.getByLabel("Ja, fjern Kort Opphold").check();
  await member.getByRole("button", { name: "Fjern" }).click();
  await expect(page.getByRole("status")).toHaveText("Personen er fjernet fra kohorten.");
  await expect(
    page
      .getByRole("table")
      .first()
      .getByRole("row", { name: /Kort Opphold/ }),
  ).toHaveCount(0);
  await signOut(page);

  await signIn(page, "admin@demo.example");
  await visit(page, "/admin/organisations");
  await page.getByLabel("Navn", { exact: true }).last().fill(`Etat ${Date.now()}`);
  await page.getByRole("button", { name: "Opprett organisasjonen" }).click();
  await expect(page.getByRole("status")).toHaveText("Organisasjonen er opprettet.");
});
