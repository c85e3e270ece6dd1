import { expect, test } from "./fixtures";
import { ready, signIn, signOut, visit } from "./helpers";

// An owner goes from the follow-up list to doing something about it; an admin answers an access
// request about the same person from the audit log.
test("an owner reminds, notes and sets leave from the follow-up list; an admin finds it all in the audit log and its CSV", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, "programeier@demo.example");
  await page.getByRole("link", { name: "Demokohort 2026" }).click();
  await ready(page);
  await expect(page.getByText(/«Aktiv denne uka» betyr/)).toBeVisible();
  await expect(page.getByText(/Rekkefølge: hver grunn teller/)).toBeVisible();
  const list = page.getByRole("region", { name: "Trenger oppfølging" }).last();
  // owner.spec.ts reads these three in the same list; setting one of them on leave here would take
  // them out of it when both specs share a worker's database.
  const first = list
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader") })
    .filter({ hasNotText: /Mona Karlsen|Espen Andersen|Randi Haugen/ })
    .first();
  const name = (await first.getByRole("rowheader").innerText()).trim();

  // A reminder from the list: into the outbox, and the second within a week needs a confirmation.
  await first.getByRole("button", { name: `Send påminnelse til ${name}` }).click();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Påminnelsen ligger i utboksen og sendes straks.");
  const email = (
    await page
      .getByRole("link", { name: /@demo\.example$/ })
      .first()
      .innerText()
  ).trim();
  await page.getByRole("button", { name: "Send påminnelse", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("har fått en påminnelse den siste uka");
  await expect(page.getByLabel(/Ja, send en påminnelse til/)).toBeVisible();

  // A note, which the page says only owners see.
  await expect(page.getByText(/Bare programeiere for denne kohorten ser notatene/)).toBeVisible();
  await page.getByLabel("Nytt notat").fill("Ringte 1. des., tilbake etter nyttår.");
  await page.getByRole("button", { name: "Lagre notat" }).click();
  await expect(page.getByRole("status")).toHaveText("Notatet er lagret.");
  await expect(page.getByText("Ringte 1. des., tilbake etter nyttår.")).toBeVisible();

  // Leave from long ago with no end: out of follow-up today.
  await page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Permisjon" });
  await page.getByLabel("Fra og med").fill("2026-01-05");
  await page.getByRole("button", { name: "Lagre status" }).click();
  await expect(page.getByRole("status")).toHaveText("Statusen er lagret.");
  await expect(page.getByText("Status i dag: Permisjon.")).toBeVisible();
  await visit(page, "/admin/cohorts/1");
  await expect(page.getByRole("region", { name: "Trenger oppfølging" }).last().getByRole("rowheader", { name })).toHaveCount(0);

  // A samling ahead: remind those who have not answered.
  await visit(page, "/admin/cohorts/1/gatherings/4");
  await expect(page.getByRole("heading", { name: "Hvem kommer" })).toBeVisible();
  await page.getByRole("button", { name: /Send påminnelse til \d+ som ikke har svart/ }).click();
  await expect(page.getByRole("status")).toContainText(/Påminnelsen er sendt til \d+/);
  await signOut(page);

  // The admin: the reminder is in the outbox, and the audit log tells the person's history.
  await signIn(page, "admin@demo.example");
  await visit(page, `/admin/outbox?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { name: "En hilsen fra Demokohort 2026" })).toBeVisible();
  await visit(page, "/admin/audit");
  await page.getByLabel("Person (navn eller e-post)").fill(email);
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/person=/);
  const log = page.getByRole("region", { name: "Revisjonslogg" }).last();
  await expect(log.getByRole("rowheader", { name: "Sendte påminnelse til deltakeren" })).toBeVisible();
  await expect(log.getByRole("rowheader", { name: "Skrev et notat om deltakeren" })).toBeVisible();
  await expect(log.getByRole("rowheader", { name: "Satte status på deltakeren" })).toBeVisible();
  await expect(log).not.toContainText("followup.");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned som CSV (regneark)" }).click();
  const csv = await (await download).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf-8");
  });
  expect(csv).toContain("Sendte påminnelse til deltakeren");
  expect(csv).toContain(`${name} <${email}>`);
  // The note's words are not in the log: only that a note was written.
  expect(csv).not.toContain("nyttår");
});
