import { type Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { ready, signIn, signOut, visit } from "./helpers";

async function inviteOne(page: Page, name: string, email: string, role: "programdeltaker" | "programeier") {
  const panel = page.getByRole("region", { name: "Inviter en person" });
  await panel.getByLabel("Navn").fill(name);
  await panel.getByLabel("E-post").fill(email);
  await panel.getByLabel("Rolle").selectOption({ label: role });
  await panel.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitasjonen er sendt til ${email}` })).toBeVisible();
  return new URL(await page.locator("code", { hasText: "/invitation/" }).innerText()).pathname;
}

async function accept(page: Page, link: string, password = "et godt langt passord") {
  await visit(page, link);
  await page.getByLabel("Velg passord").fill(password);
  await page.getByLabel("Gjenta passordet").fill(password);
  await page.getByRole("button", { name: "Opprett konto og bli med" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/invitation"));
  await ready(page);
}

test("an owner sets up a new cohort end to end", async ({ page }) => {
  const stamp = Date.now();
  const cohortName = `Høstkohort ${stamp}`;
  await signIn(page, "programeier@demo.example");
  await page.getByRole("link", { name: "Ny kohort" }).click();
  await ready(page);

  // The form suggests next Monday (by the server's clock); a date that is not a Monday is refused.
  const nextMonday = await page.getByLabel("Startdato (en mandag)").inputValue();
  expect(new Date(`${nextMonday}T12:00:00Z`).getUTCDay()).toBe(1);
  await page.getByLabel("Navn på kohorten").fill(cohortName);
  await page.getByLabel("Startdato (en mandag)").fill("2027-01-06");
  await page.getByRole("button", { name: "Opprett kohorten" }).click();
  await expect(page.getByText("En kohort starter på en mandag. Velg en mandag.")).toBeVisible();
  await page.getByLabel("Startdato (en mandag)").fill(nextMonday);
  await page.getByRole("button", { name: "Opprett kohorten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: cohortName })).toBeVisible();
  const cohortUrl = new URL(page.url()).pathname.replace(/\/people$/, "");

  // Invite by CSV: the preview flags the bad row, and only good rows are sent.
  const csv = `Navn;E-post\r\nÅse Ødegård;ase.${stamp}@nav.example\r\nBjørn Bø;bjorn.${stamp}@nav.example\r\nFeil Adresse;ikke-en-adresse\r\n`;
  await page
    .getByLabel("…eller last opp en CSV-fil")
    .setInputFiles({ name: "deltakere.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  await expect(page.getByRole("heading", { name: "2 av 3 kan inviteres" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Feil Adresse/ })).toContainText("Ugyldig e-postadresse");
  await expect(page.getByRole("row", { name: /Åse Ødegård/ })).toContainText("Klar");
  await page.getByRole("button", { name: "Send 2 invitasjoner" }).click();
  await expect(page.getByRole("status")).toHaveText("Invitasjonene er sendt.");
  await expect(page.getByRole("row", { name: /Bjørn Bø/ })).toContainText("Venter");

  // Two more people are invited one by one and accept as new users.
  const links = [await inviteOne(page, "Cecilie Carlsen", `cecilie.${stamp}@nav.example`, "programdeltaker")];
  links.push(await inviteOne(page, "David Dahl", `david.${stamp}@nav.example`, "programdeltaker"));
  await signOut(page);
  for (const link of links) {
    await accept(page, link);
    await expect(page.getByText(/Programmet ditt starter/)).toBeVisible();
    await signOut(page);
  }

  // Pair them, plan the first samling and record attendance.
  await signIn(page, "programeier@demo.example");
  await visit(page, `${cohortUrl}/partners`);
  await page.getByRole("button", { name: "Lag forslag" }).click();
  await expect(page.getByRole("status")).toContainText("Forslaget er laget");
  await expect(page.getByRole("heading", { name: "Forslag for uke 1–13" })).toBeVisible();
  await page.getByRole("button", { name: "Publiser for deltakerne" }).click();
  await expect(page.getByRole("status")).toContainText("Parene er publisert");
  await expect(page.getByRole("listitem").filter({ hasText: /Cecilie Carlsen, David Dahl|David Dahl, Cecilie Carlsen/ })).toBeVisible();

  await visit(page, `${cohortUrl}/gatherings`);
  await page.getByText(/Samling 1: Oppstart — uke 1/).click();
  await page.locator("details[open]").getByLabel("Sted").fill("Gardermoen");
  await page.locator("details[open]").getByRole("button", { name: "Lagre samlingen" }).click();
  await expect(page.getByRole("status")).toHaveText("Samlingen er lagret.");
  await page.getByRole("link", { name: "Samling 1: Oppstart" }).click();
  await ready(page);
  // The samling is weeks ahead: who is coming can be followed, attendance waits for the day.
  await expect(page.getByRole("heading", { name: "Hvem kommer" })).toBeVisible();
  await expect(page.getByText(/Oppmøte registrerer du fra samlingens første dag/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Lagre oppmøte" })).toHaveCount(0);
});

test("an owner reads the demo cohort's progress and follow-up list, and downloads the report", async ({ page }) => {
  await signIn(page, "programeier@demo.example");
  await page.getByRole("link", { name: "Demokohort 2026" }).click();
  await ready(page);
  const followUp = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Hvorfor" }) });
  await expect(followUp.getByRole("row", { name: /Mona Karlsen/ })).toContainText("Ikke møtt på siste samling");
  await expect(followUp.getByRole("row", { name: /Espen Andersen/ })).toContainText("Ingen lederutfordring på 3 uker");
  await expect(followUp.getByRole("row", { name: /Randi Haugen/ })).toContainText("Ingen partnersamtale på 4 uker");
  await expect(page.getByRole("heading", { name: "Lederutfordringer per uke" })).toBeVisible();

  await page.getByRole("navigation", { name: "Kohortens sider" }).getByRole("link", { name: "Deltakere" }).click();
  await ready(page);
  await page.getByLabel("Vis").selectOption("behind");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByRole("link", { name: "Randi Haugen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Silje Hansen" })).toHaveCount(0);
  await page.getByRole("link", { name: "Randi Haugen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Randi Haugen" })).toBeVisible();
  await expect(page.getByText("Du ser tall, datoer og status.")).toBeVisible();

  const csv = await page.request.get("/admin/cohorts/1/report.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("Navn;E-post;Status");
  expect(text).toContain("Jørgen Eide;deltaker10@demo.example");
  expect(text.split("\r\n").filter(Boolean)).toHaveLength(1 + 12 + (text.includes("Liv Nyberg") ? 1 : 0));
});

test("bad owner input is refused with a message: wrong CSV columns, an overlapping period", async ({ page }) => {
  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1/people");
  await page.getByLabel("Navn og e-post, én person per linje").fill("Fornavn;Etternavn\nKari;Nordmann");
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  await expect(page.getByRole("alert")).toContainText("Finner ikke kolonnene for navn og e-post");
  await visit(page, "/admin/cohorts/1/partners");
  await page.getByLabel("Fra programuke").fill("10");
  await page.getByLabel("Til programuke").fill("20");
  await page.getByRole("button", { name: /Lag (nytt )?forslag/ }).click();
  await expect(page.getByRole("alert")).toContainText("overlapper en publisert periode");
});
