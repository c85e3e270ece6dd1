import { expect, test } from "./fixtures";
import { signIn, signOut, visit } from "./helpers";

// A samling that runs itself: the owner sets a reply deadline and the day's details, the
// participant sees them, and cancelling reaches the participant's page and calendar. The samling
// is an extra one made here, so no demo samling that other specs read is changed.
test("an owner sets a deadline and details on an extra samling, the participant sees them, and a cancellation reaches both", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Ekstra samling ${Date.now()}`;
  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1/gatherings");
  await page.getByText("Legg til en annen samling").click();
  const form = page.locator("details[open]").filter({ has: page.getByRole("button", { name: "Lagre samlingen" }) });
  await form.getByLabel("Tittel").fill(title);
  await form.getByLabel("Dato", { exact: true }).fill("2027-03-10");
  await form.getByLabel("Sluttdato").fill("2027-03-10");
  await form.getByLabel("Sted").fill("Nav-huset, Oslo");
  await form.getByLabel("Lenke til nettmøte").fill("http://meet.example.no/samling");
  await form.getByLabel("Svarfrist").fill("2027-02-24");
  await form.getByLabel("Program for dagen").fill("- 09:00 Velkommen\n- 10:00 **Øvelse i par**");
  await form.getByLabel("Praktisk informasjon").fill("Lunsj er bestilt. Si fra om allergier.");
  await form.getByRole("button", { name: "Lagre samlingen" }).click();

  // A link that is not https is refused next to the field, and what was typed is still there.
  const again = page.locator("details[open]").filter({ has: page.getByRole("button", { name: "Lagre samlingen" }) });
  await expect(again.getByText(/Skriv en lenke som begynner med https:\/\//)).toBeVisible();
  await expect(again.getByLabel("Tittel")).toHaveValue(title);
  await again.getByLabel("Lenke til nettmøte").fill("https://meet.example.no/samling");
  await again.getByRole("button", { name: "Lagre samlingen" }).click();
  await expect(page.getByRole("status")).toHaveText("Samlingen er lagret.");

  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  const gatheringUrl = new URL(page.url()).pathname;
  const id = gatheringUrl.split("/").pop()!;
  const seen = page.getByRole("region", { name: "Det deltakerne ser" });
  await expect(seen).toContainText("Svarfrist: 24. feb. 2027.");
  await expect(seen).toContainText("Automatisk påminnelse til dem som ikke har svart, går 21. feb. 2027 kl. 07:00.");
  await expect(seen.getByRole("listitem").filter({ hasText: "Øvelse i par" })).toBeVisible();
  // Here the details sit under the section's h3; on the participant's card (below) under the samling's h2.
  await expect(seen.getByRole("heading", { level: 4, name: "Program for dagen" })).toBeVisible();
  await expect(seen.getByRole("heading", { level: 4, name: "Praktisk informasjon" })).toBeVisible();
  await signOut(page);

  // The participant's card: the deadline, the link, the programme and practical information.
  await signIn(page, "deltaker06@demo.example");
  await visit(page, "/gatherings");
  const card = page.locator(`#samling-${id}`);
  await expect(card.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(card).toContainText("Svar innen 24. feb. 2027.");
  await expect(card.getByRole("link", { name: "https://meet.example.no/samling" })).toHaveAttribute(
    "href",
    "https://meet.example.no/samling",
  );
  await expect(card.getByRole("heading", { level: 3, name: "Program for dagen" })).toBeVisible();
  await expect(card.locator("strong", { hasText: "Øvelse i par" })).toBeVisible();
  await expect(card.getByRole("heading", { level: 3, name: "Praktisk informasjon" })).toBeVisible();
  await expect(card).toContainText("Si fra om allergier.");
  await card.getByLabel("Kommer", { exact: true }).check();
  await card.getByRole("button", { name: "Send svar" }).click();
  await expect(page.locator(`#samling-${id}`).getByRole("status")).toContainText("Du er meldt på");
  await signOut(page);

  // The owner cancels it: the confirmation is asked for, then everyone is told.
  await signIn(page, "programeier@demo.example");
  await visit(page, gatheringUrl);
  await page.getByText("Avlys samlingen", { exact: true }).first().click();
  await page.getByLabel("Beskjed til deltakerne (valgfritt)").fill("Vi slår den sammen med neste samling.");
  await page.getByRole("button", { name: "Avlys samlingen" }).click();
  await expect(page.getByText("Kryss av for å bekrefte at samlingen skal avlyses.")).toBeVisible();
  await page.getByLabel("Beskjed til deltakerne (valgfritt)").fill("Vi slår den sammen med neste samling.");
  await page.getByLabel("Ja, avlys samlingen").check();
  await page.getByRole("button", { name: "Avlys samlingen" }).click();
  await expect(page.getByRole("status")).toContainText("Samlingen er avlyst.");
  await expect(page.getByRole("heading", { level: 2, name: title })).toContainText("Avlyst");
  await expect(page.getByRole("button", { name: /Send påminnelse/ })).toHaveCount(0);
  await signOut(page);

  // The participant sees «Avlyst» in words, cannot answer, and the calendar file says CANCELLED.
  await signIn(page, "deltaker06@demo.example");
  await visit(page, "/gatherings");
  const cancelled = page.locator(`#samling-${id}`);
  await expect(cancelled.getByRole("heading", { level: 2 })).toContainText("Avlyst");
  await expect(cancelled).toContainText("Samlingen er avlyst. Du trenger ikke svare.");
  await expect(cancelled).toContainText("Vi slår den sammen med neste samling.");
  await expect(cancelled.getByRole("button", { name: "Send svar" })).toHaveCount(0);
  const ics = await (await page.request.get(`/gatherings/${id}.ics`)).text();
  expect(ics).toContain("STATUS:CANCELLED");
  expect(ics).toContain("SEQUENCE:1");
});
