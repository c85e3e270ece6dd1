import { expect, test } from "./fixtures";
import { signIn, visit } from "./helpers";

// Each main page at phone and desktop width: nothing may scroll sideways, and a screenshot of each
// is written to test-results/screenshots for people to look at.
const participantPages = [
  "/",
  "/modules",
  "/modules/psykologisk-trygghet",
  "/challenges",
  "/challenges/21",
  "/journal",
  "/journal/new",
  "/partner",
  "/gatherings",
  "/self-assessment",
  "/pulse",
  "/settings",
  "/notices",
  "/tilgjengelighet",
];
const ownerPages = [
  "/admin",
  "/admin/cohorts/1",
  "/admin/cohorts/1/participants",
  "/admin/cohorts/1/people",
  "/admin/cohorts/1/partners",
  "/admin/cohorts/1/gatherings",
  "/admin/cohorts/1/gatherings/3",
  "/admin/cohorts/1/settings",
  "/admin/cohorts/1/outcomes",
  "/admin/cohorts/1/plan",
  "/admin/cohorts/new",
];

for (const width of [360, 1280]) {
  for (const [who, email, pages] of [
    ["participant", "deltaker01@demo.example", participantPages],
    ["owner", "programeier@demo.example", ownerPages],
  ] as const) {
    test(`${who} pages fit ${width} px and are photographed`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, email);
      for (const path of pages) {
        const res = await visit(page, path);
        expect(res?.status(), path).toBeLessThan(400);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        const name = path.replace(/^\//, "").replace(/\//g, "_") || "home";
        await page.screenshot({ path: `test-results/screenshots/${who}-${name}-${width}.png`, fullPage: true });
      }
    });
  }
}
