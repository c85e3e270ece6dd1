import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { ready, signIn, visit } from "./helpers";
import { loadRoutes } from "./route-manifest";

// Every page of the app, for every role that may see it, in bokmål and English, scanned with axe
// for WCAG 2.1 A and AA. The list comes from the route manifest of the build, so a new page is
// scanned without anyone adding it here; a new URL parameter needs a value in PARAMS below.

async function pagePaths(): Promise<string[]> {
  const { routes, urlOf } = await loadRoutes();
  const pages = routes.filter(
    (r) =>
      typeof r.module.default === "function" &&
      !routes.some((c) => c.parentId === r.id && !c.path && typeof c.module.default === "function"),
  );
  return [...new Set(pages.map(urlOf))].sort();
}

const PARAMS: Record<string, string> = {
  cohortId: "1",
  userId: "3",
  gatheringId: "1",
  pulseId: "1",
  organisationId: "1",
  week: "21",
  slug: "psykologisk-trygghet",
  aid: "sjupunktsmaling",
  entryId: "ENTRY",
  // An unknown notice: the plain-language 404 page (a real one redirects to where it points).
  noticeId: "9999",
  token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  "*": "finnes-ikke",
};

async function scan(page: Page, url: string, label: string) {
  const res = await visit(page, url);
  const status = res?.status() ?? 0;
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const problems = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(problems, `${label} ${url} [${status}]`).toEqual([]);
  return status;
}

// Each role and language is independent (every worker has its own database): spread them over the workers.
test.describe.configure({ mode: "parallel" });

for (const locale of ["nb", "en"] as const) {
  for (const role of ["anonymous", "participant", "owner", "admin"] as const) {
    test(`every page passes axe as ${role} in ${locale}`, async ({ page, context }) => {
      test.setTimeout(180_000);
      const email = {
        anonymous: null,
        participant: "deltaker01@demo.example",
        owner: "programeier@demo.example",
        admin: "admin@demo.example",
      }[role];
      if (email) await signIn(page, email);
      if (locale === "en") {
        await visit(page, "/settings");
        if (email) {
          await page.getByRole("button", { name: "English" }).click();
          await ready(page);
        } else {
          await context.addCookies([{ name: "lng", value: Buffer.from(JSON.stringify("en")).toString("base64"), url: page.url() }]);
        }
      }
      let entry = "1";
      if (role === "participant") {
        const exp = await page.request.get("/journal/export.json");
        entry = String(((await exp.json()) as { entries: { id: number }[] }).entries[0]?.id ?? 1);
      }
      const scanned: string[] = [];
      for (const path of await pagePaths()) {
        const names = [...path.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? "*");
        const missing = names.filter((n) => !(n in PARAMS));
        expect(missing, `route ${path} has parameters without a test value`).toEqual([]);
        const url = path.replace(/:(\w+)/g, (_, n: string) => (PARAMS[n] === "ENTRY" ? entry : PARAMS[n]!)).replace("*", PARAMS["*"]!);
        const status = await scan(page, url, `${role}/${locale}`);
        scanned.push(`${status} ${url}`);
      }
      expect(scanned.length).toBeGreaterThan(20);
      // Most pages must really have been shown (not only refused) for the roles that own them.
      expect(scanned.filter((s) => s.startsWith("200")).length, scanned.join("\n")).toBeGreaterThan(role === "anonymous" ? 2 : 9);
      await visit(page, "/");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      if (locale === "en" && email) {
        await visit(page, "/settings");
        await page.getByRole("button", { name: "Bokmål" }).click();
      }
    });
  }
}

test("the scanner itself notices a page that breaks the rules", async ({ page }) => {
  await visit(page, "/login");
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "/favicon.ico";
    document.querySelector("main")!.append(img);
    document.querySelector("label")!.remove();
  });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual(expect.arrayContaining(["image-alt", "label"]));
});
