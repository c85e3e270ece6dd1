import { getISOWeek } from "date-fns";

import { expect, test } from "./fixtures";
import { signIn, visit } from "./helpers";

// The one run at the real current time (no pinned clock): the product works on the day CI runs,
// whatever that day is. The demo is seeded 20 weeks before today, so it is always week 21.
test("on today's date, Min uke, the year and the owner's overview make sense", async ({ page, server }) => {
  expect(server.appNow, "the today project runs without APP_NOW").toBeNull();
  const realIsoWeek = getISOWeek(new Date(new Date().toLocaleString("en-US", { timeZone: "Europe/Oslo" })));

  await signIn(page, "deltaker01@demo.example");
  await expect(page.getByText(/^Uke 21 av 52$/)).toBeVisible();
  await expect(page.getByText(`uke ${realIsoWeek} (ISO)`, { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "52 programuker med status" }).getByRole("listitem")).toHaveCount(52);

  for (const path of ["/challenges", "/journal", "/partner", "/gatherings", "/modules"]) {
    const res = await visit(page, path);
    expect(res?.status(), path).toBe(200);
  }
  await page.getByRole("button", { name: "Logg ut" }).click();

  await signIn(page, "programeier@demo.example");
  await visit(page, "/admin/cohorts/1");
  await expect(page.getByRole("heading", { level: 1, name: "Demokohort 2026" })).toBeVisible();
  await expect(page.getByText(/Uke 21 av 52/).first()).toBeVisible();
});
