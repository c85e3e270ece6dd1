import { type Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { openSiteMenu, ready, signIn, signOut, visit } from "./helpers";

// A whole week in the programme, as a participant and then their training partner. Run at
// 1280 px, at 360 px and with JavaScript off, each with its own demo pair.
const pairs: Record<string, [string, string]> = {
  desktop: ["deltaker09@demo.example", "deltaker10@demo.example"],
  phone: ["deltaker05@demo.example", "deltaker06@demo.example"],
  "no-js": ["deltaker07@demo.example", "deltaker08@demo.example"],
};

async function openMenu(page: Page, name: string) {
  await openSiteMenu(page);
  await page.getByRole("navigation", { name: "Programmet" }).getByRole("link", { name }).click();
  await ready(page);
}

test("a participant does the whole week and the training partner confirms the conversation", async ({ page }, testInfo) => {
  const [me, partner] = pairs[testInfo.project.name] ?? pairs.desktop!;
  const stamp = `${testInfo.project.name}-${Date.now()}`;

  await signIn(page, me);
  // The header leaves the first screen to the page, on a phone too (issue 19: it took 300 of 740 px).
  expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThanOrEqual(120);
  await expect(page.getByText(/^Uke 21 av 52$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ukas lederutfordring" })).toBeVisible();
  await expect(page.getByRole("list", { name: "52 programuker med status" })).toBeVisible();

  // Read this month's module.
  await page.getByRole("region", { name: "Månedens modul" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Motiverende intervju i veiledning" })).toBeVisible();

  // Complete an open leader challenge with a reflection.
  await openMenu(page, "Utfordringer");
  const openRow = page.locator("li.week-row", { has: page.locator(".badge--open") }).first();
  await openRow.getByRole("link").click();
  await page.getByLabel("Hva gjorde jeg?").fill(`Jeg prøvde utfordringen i fagmøtet (${stamp}).`);
  await page.getByLabel("Hva skjedde?").fill("Det ble stille først, så kom det gode innspill.");
  await page.getByLabel("Hva gjør jeg neste gang?").fill("Tåle stillheten litt lenger.");
  await page.getByRole("button", { name: /Fullfør/ }).click();
  await expect(page.getByRole("status")).toHaveText(/Utfordringen er fullført/);
  await page.getByRole("link", { name: "Les refleksjonen din" }).click();
  await expect(page.getByText(`Jeg prøvde utfordringen i fagmøtet (${stamp}).`)).toBeVisible();

  // Write a journal entry, find it by searching, share it with the partner.
  await openMenu(page, "Refleksjonslogg");
  await page.getByRole("link", { name: "Nytt innlegg" }).click();
  await page.getByLabel("Tittel").fill(`Ukas læring ${stamp}`);
  await page.getByLabel("Tekst").fill("Jeg merker at jeg svarer for fort når noen spør. Treningspartneren min kjenner seg igjen.");
  await page.getByLabel("Stikkord").fill("veiledning, egen rolle");
  await page.getByRole("button", { name: "Lagre innlegget" }).click();
  await expect(page.getByRole("status")).toHaveText("Innlegget er lagret.");
  await openMenu(page, "Refleksjonslogg");
  await page.getByRole("searchbox", { name: "Søk" }).fill("svarer treningspartner");
  await page.getByRole("button", { name: "Vis" }).click();
  await page.getByRole("link", { name: `Ukas læring ${stamp}` }).click();
  await expect(page.getByText("Bare du kan lese dette innlegget.")).toBeVisible();
  await page.getByRole("button", { name: /^Del med / }).click();
  await expect(page.getByRole("status")).toHaveText("Innlegget er delt.");
  await expect(page.getByText(/^Delt med .+ \d+\. \w+\.? \d{4}\.$/)).toBeVisible();

  // Log the conversation with the partner.
  await openMenu(page, "Treningspartner");
  const log = page.getByRole("region", { name: "Logg en samtale" });
  await log.getByLabel("Minutter", { exact: true }).fill("35");
  await log.getByLabel("Form", { exact: true }).selectOption({ label: "Telefon" });
  // This month's module (and the week's challenge) are already ticked; earlier topics are folded away.
  await expect(log.getByRole("checkbox", { name: "Motiverende intervju i veiledning" })).toBeChecked();
  await log.getByLabel("Annet tema (valgfritt)").fill("Stillhet i fagmøtet");
  await log.getByLabel("Hva snakket dere om?").fill(`Vi snakket om stillhet i fagmøtet (${stamp}).`);
  await log.getByLabel("Avtaler til neste gang").fill("Begge prøver fem minutter uten råd.");
  await log.getByRole("button", { name: "Lagre samtalen" }).click();
  await expect(page.getByRole("status")).toHaveText(/Samtalen er lagret/);

  // Answer the next samling.
  await openMenu(page, "Samlinger");
  const next = page.locator("li.gathering:not(.gathering--held):not(.gathering--cancelled)").first();
  await next.getByLabel("Kommer ikke").check();
  await next.getByLabel(/Melding til programeier/).fill("Kollisjon med ansettelsesintervju.");
  await next.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByRole("status")).toHaveText(/registrert med forfall/);
  await signOut(page);

  // The partner sees the conversation and the shared entry, and confirms.
  await signIn(page, partner);
  // Nothing missed: Min uke and the notices say a conversation waits for confirmation.
  await expect(page.getByRole("link", { name: /har logget (en samtale .+|\d+ samtaler) – bekreft (den|dem)$/ })).toBeVisible();
  await visit(page, "/notices");
  await expect(page.getByText(/har logget en samtale – bekreft den/).first()).toBeVisible();
  await visit(page, "/");
  await openMenu(page, "Treningspartner");
  const logged = page.locator("ol.checkin-list > li", { hasText: `Vi snakket om stillhet i fagmøtet (${stamp}).` });
  await expect(logged).toBeVisible();
  await expect(page.getByRole("heading", { name: `Ukas læring ${stamp}` })).toBeVisible();
  // The agenda above the log form recalls what was agreed last time.
  await expect(page.getByRole("region", { name: "Logg en samtale" })).toContainText(
    "Sist avtalte dere: Begge prøver fem minutter uten råd.",
  );
  // It waits at the top of the page, and the reflection field says who will read it.
  await expect(page.getByRole("region", { name: /Venter på at du bekrefter/ })).toContainText(`(${stamp})`);
  await expect(logged.getByText(/^Leses av .+ og deg\. Programeieren ser den ikke\.$/)).toBeVisible();
  await logged.getByLabel("Din refleksjon (valgfritt)").fill("Godt å høre at det ikke bare er meg.");
  await logged.getByRole("button", { name: "Bekreft samtalen" }).click();
  // After confirming you stay at that card, with its own status message.
  const card = page.locator("ol.checkin-list > li", { hasText: `(${stamp})` });
  await expect(card.getByRole("status")).toHaveText("Du har bekreftet samtalen.");
  await expect(card).toContainText("Bekreftet av");
  await expect(card).toContainText("Tema: ");
  await expect(card).toContainText("Stillhet i fagmøtet");
  expect(new URL(page.url()).hash).toMatch(/^#checkin-\d+$/);

  // The partner proposes the next conversation; it can go straight into a calendar.
  const plan = page.getByRole("region", { name: "Neste samtale" });
  const today = (await plan.getByLabel("Dato", { exact: true }).getAttribute("min"))!;
  const inTwoDays = new Date(Date.parse(`${today}T12:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
  await plan.getByLabel("Dato", { exact: true }).fill(inTwoDays);
  await plan.getByLabel("Klokkeslett").fill("10:15");
  await plan.getByLabel("Sted eller videolenke").fill("Teams");
  await plan.getByRole("button", { name: "Foreslå tidspunktet" }).click();
  await expect(page.getByRole("status")).toHaveText(/Neste samtale er lagt inn/);
  await expect(plan).toContainText("kl. 10:15");
  const ics = await page.request.get("/partner/next-talk.ics");
  expect(await ics.text()).toMatch(/DTSTART;TZID=Europe\/Oslo:\d{8}T101500/);

  // …and answers the shared entry with a word back.
  const sharedEntry = page.locator("li.entry-card", { has: page.getByRole("heading", { name: `Ukas læring ${stamp}` }) });
  await sharedEntry.getByLabel("Skriv en kommentar").fill(`Takk for at du delte (${stamp}).`);
  await sharedEntry.getByRole("button", { name: "Lagre kommentaren" }).click();
  await expect(page.getByRole("status")).toHaveText("Kommentaren er lagret.");
  await expect(sharedEntry).toContainText(`Takk for at du delte (${stamp}).`);
  await signOut(page);

  // The author sees the plan on Min uke and the comment on the entry, and may remove it.
  await signIn(page, me);
  await expect(page.getByRole("link", { name: /^Neste samtale: .+ kl\. 10:15$/ })).toBeVisible();
  await openMenu(page, "Refleksjonslogg");
  await page.getByRole("link", { name: `Ukas læring ${stamp}` }).click();
  await expect(page.getByText(`Takk for at du delte (${stamp}).`)).toBeVisible();
  await page.getByRole("button", { name: "Slett kommentaren" }).click();
  await expect(page.getByRole("status")).toHaveText("Kommentaren er slettet.");
  await expect(page.getByText(`Takk for at du delte (${stamp}).`)).toHaveCount(0);
});

test("bad input in the week's forms is refused next to the field", async ({ page }, testInfo) => {
  const [me] = pairs[testInfo.project.name] ?? pairs.desktop!;
  await signIn(page, me);
  await visit(page, "/partner");
  const log = page.getByRole("region", { name: "Logg en samtale" });
  // Nothing ticked and nothing written: not a conversation.
  const ticked = log.getByRole("checkbox", { checked: true });
  for (let n = await ticked.count(); n > 0; n--) await ticked.first().uncheck();
  await log.getByRole("button", { name: "Lagre samtalen" }).click();
  await expect(log.getByText("Velg minst ett tema eller skriv noen ord om hva dere snakket om.")).toBeVisible();
  await log.getByLabel("Hva snakket dere om?").fill("Kort om uka.");
  await log.getByLabel("Minutter", { exact: true }).fill("0");
  await log.getByLabel("Dato", { exact: true }).fill("2099-01-01");
  await log.getByRole("button", { name: "Lagre samtalen" }).click();
  await expect(log.getByText("Skriv et antall minutter mellom 1 og 600.")).toBeVisible();
  await log.getByLabel("Minutter", { exact: true }).fill("30");
  await log.getByRole("button", { name: "Lagre samtalen" }).click();
  await expect(log.getByText("Datoen kan ikke være fram i tid.")).toBeVisible();

  await visit(page, "/journal/new");
  await page.getByRole("button", { name: "Lagre innlegget" }).click();
  await expect(page.getByText("Fyll ut feltet.").first()).toBeVisible();
});

test("a week in the year strip opens that week's challenge, in the page when JavaScript runs", async ({ page }, testInfo) => {
  await signIn(page, "deltaker03@demo.example");
  // A mark on the window survives only a navigation the page made itself, not a full reload.
  await page.evaluate(() => ((window as unknown as { stayed?: boolean }).stayed = true));
  const strip = page.getByRole("list", { name: "52 programuker med status" });
  await strip.getByRole("link", { name: /^Uke 20 \(/ }).click();
  await expect(page).toHaveURL(/\/challenges\/20$/);
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const stayed = await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
  expect(stayed, "moved inside the page").toBe(testInfo.project.name !== "no-js");
});
