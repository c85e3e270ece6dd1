import { readFileSync } from "node:fs";

import { expect, test } from "./fixtures";
import { ready, signIn, visit } from "./helpers";

test("a participant chooses which e-mails to get, and the choice is remembered", async ({ page }, testInfo) => {
  await signIn(page, testInfo.project.name === "no-js" ? "deltaker06@demo.example" : "deltaker11@demo.example");
  await page.getByRole("link", { name: "Innstillinger" }).click();
  await ready(page);
  const weekly = page.getByLabel("Ukas lederutfordring (mandag morgen)");
  await expect(weekly).toBeChecked();
  await weekly.uncheck();
  await page.getByRole("group", { name: "Send meg e-post om" }).locator("xpath=..").getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("status")).toHaveText("Valgene for e-post er lagret.");
  await visit(page, "/settings");
  await expect(page.getByLabel("Ukas lederutfordring (mandag morgen)")).not.toBeChecked();
  await expect(page.getByLabel("Samlinger (en uke før og dagen før)")).toBeChecked();

  // A personal calendar link is shown once and answers with a calendar.
  await page.getByRole("button", { name: "Lag kalenderlenke" }).click();
  const feed = await page.getByLabel("Din kalenderlenke").inputValue();
  const res = await page.request.get(new URL(feed).pathname);
  expect(res.headers()["content-type"]).toContain("text/calendar");
  expect(await res.text()).toContain("BEGIN:VCALENDAR");
  expect((await page.request.get("/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics")).status()).toBe(404);
});

test("a samling can be downloaded as an .ics file, and the bell lists the week's notices", async ({ page }) => {
  await signIn(page, "deltaker09@demo.example");
  await page.getByRole("navigation", { name: "Programmet" }).getByRole("link", { name: "Samlinger" }).click();
  await ready(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Legg til i kalender \(\.ics\) \(Samling 4/ }).click();
  const file = await (await download).path();
  const ics = readFileSync(file!, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("SUMMARY:Samling 4: Anerkjennelse – og halvveis");
  expect(ics).toMatch(/DTSTART;TZID=Europe\/Oslo:\d{8}T090000/);

  await page.getByRole("link", { name: /^Varsler/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Varsler" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Uke 21:/ })).toBeVisible();
  await page.getByRole("link", { name: /^Uke 21:/ }).click();
  await expect(page).toHaveURL(/\/challenges\/21$/);
});
