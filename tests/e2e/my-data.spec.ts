import fs from "node:fs";

import { type Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { ready, signIn, signOut, visit } from "./helpers";

const PASSWORD = "mitt eget lange passord";

/** A participant of their own, made through an invitation, so deleting them disturbs no other test. */
async function newParticipant(page: Page, name: string, email: string) {
  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1/people");
  const panel = page.getByRole("region", { name: "Inviter en person" });
  await panel.getByLabel("Navn").fill(name);
  await panel.getByLabel("E-post").fill(email);
  await panel.getByLabel("Rolle").selectOption({ label: "programdeltaker" });
  await panel.getByRole("button", { name: "Send invitasjon" }).click();
  const link = await page.locator("code").filter({ hasText: "/invitation/" }).innerText();
  await signOut(page);
  await visit(page, new URL(link).pathname);
  await page.getByLabel("Velg passord").fill(PASSWORD);
  await page.getByLabel("Gjenta passordet").fill(PASSWORD);
  await page.getByRole("button", { name: "Opprett konto og bli med" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}` })).toBeVisible();
}

test("a participant downloads everything stored about them, then deletes the account with their password", async ({ page }) => {
  const stamp = Date.now();
  const email = `mina.dahl.${stamp}@nav.example`;
  await newParticipant(page, "Mina Dahl", email);

  await visit(page, "/journal/new");
  await page.getByLabel("Tittel").fill("Hva jeg lærte av mandagsmøtet");
  await page.getByLabel("Tekst").fill("Teamet snakket mer når jeg stilte åpne spørsmål.");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("status")).toBeVisible();

  await visit(page, "/settings");
  await expect(page.getByRole("heading", { level: 2, name: "Mine data" })).toBeVisible();
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Last ned som JSON/ }).click()]);
  const data = JSON.parse(fs.readFileSync((await json.path())!, "utf8")) as {
    profile: { email: string };
    memberships: { cohort: string }[];
    journal: { title: string; body: string }[];
  };
  expect(data.profile.email).toBe(email);
  expect(data.memberships.map((m) => m.cohort)).toEqual(["Demokohort 2026"]);
  expect(data.journal).toEqual([
    expect.objectContaining({ title: "Hva jeg lærte av mandagsmøtet", body: "Teamet snakket mer når jeg stilte åpne spørsmål." }),
  ]);
  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Last ned som Markdown/ }).click()]);
  const text = fs.readFileSync((await md.path())!, "utf8");
  expect(text).toContain("# Mine data");
  expect(text).toContain("### Hva jeg lærte av mandagsmøtet");

  await page.getByRole("link", { name: "Slett kontoen min" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Slett kontoen din" })).toBeVisible();
  await ready(page);
  // Without the tick, and then with a wrong password, nothing is deleted and the field says why.
  await page.getByLabel("Passordet ditt").fill(PASSWORD);
  await page.getByRole("button", { name: "Slett kontoen for godt" }).click();
  await expect(page.getByText("Kryss av for å bekrefte at du vil slette kontoen.")).toBeVisible();
  await page.getByLabel(/Jeg forstår at kontoen/).check();
  await page.getByLabel("Passordet ditt").fill("feil passord her");
  await page.getByRole("button", { name: "Slett kontoen for godt" }).click();
  await expect(page.getByText("Passordet stemmer ikke.")).toBeVisible();

  await page.getByLabel("Passordet ditt").fill(PASSWORD);
  await page.getByLabel(/Jeg forstår at kontoen/).check();
  await page.getByRole("button", { name: "Slett kontoen for godt" }).click();
  await expect(page).toHaveURL(/\/login\?deleted=1$/);
  await expect(page.getByRole("status")).toHaveText(/Kontoen din er slettet/);

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("alert")).toHaveText(/E-postadressen eller passordet er feil/);
});
