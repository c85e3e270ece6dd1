import { type Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { ready } from "./helpers";

// The weekly loop and the owner's attendance recording with the keyboard alone. The test only
// presses keys (it reads the page to know where focus is) and checks that focus is always visible.

async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: "", group: "", visible: true };
    const label = (el as HTMLInputElement).labels?.[0]?.innerText ?? el.getAttribute("aria-label") ?? el.innerText ?? "";
    const group = el.closest("fieldset")?.querySelector("legend")?.textContent ?? "";
    const style = getComputedStyle(el);
    return {
      name: label.trim().replace(/\s+/g, " "),
      group: group.trim(),
      visible: style.outlineStyle !== "none" && style.outlineWidth !== "0px",
    };
  });
}

/** Tabs until focus is on `name` (inside the group whose legend is `group`, when given). */
async function tabTo(page: Page, name: string | RegExp, max = 150, group?: string) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    expect(f.visible, `focus on "${f.name}" is not visible`).toBe(true);
    if (group !== undefined && f.group !== group) continue;
    if (typeof name === "string" ? f.name === name : name.test(f.name)) return;
  }
  throw new Error(`Could not reach "${name}" with Tab`);
}

async function signInByKeyboard(page: Page, email: string) {
  await page.goto("/login");
  await ready(page);
  await tabTo(page, "E-post");
  await page.keyboard.type(email);
  await tabTo(page, "Passord");
  await page.keyboard.type("demopassord123");
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await ready(page);
}

test("a participant completes a challenge and writes in the journal with the keyboard only", async ({ page }) => {
  await signInByKeyboard(page, "deltaker10@demo.example");
  await tabTo(page, "Utfordringer");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/challenges$/);
  await ready(page);
  const target = await page
    .locator("li.week-row", { has: page.locator(".badge--open") })
    .first()
    .getByRole("link")
    .innerText();
  await tabTo(page, target);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/challenges\/\d+$/);
  await ready(page);
  await tabTo(page, "Hva gjorde jeg?");
  await page.keyboard.type("Jeg gjorde det med tastaturet.");
  await tabTo(page, "Hva skjedde? (valgfritt)");
  await page.keyboard.type("Det gikk fint.");
  await tabTo(page, "Hva gjør jeg neste gang? (valgfritt)");
  await page.keyboard.type("Det samme.");
  await tabTo(page, /^Fullfør/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(/Utfordringen er fullført/);

  await tabTo(page, "Refleksjonslogg");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/journal$/);
  await ready(page);
  await tabTo(page, "Nytt innlegg");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/journal\/new$/);
  await ready(page);
  await tabTo(page, "Tittel");
  await page.keyboard.type("Skrevet uten mus");
  await tabTo(page, "Tekst");
  await page.keyboard.type("Alt gikk med Tab og Enter.");
  await tabTo(page, "Lagre innlegget");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Innlegget er lagret.");
});

test("an owner records attendance with the keyboard only", async ({ page }) => {
  await signInByKeyboard(page, "programeier@demo.example");
  await tabTo(page, "Demokohort 2026");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/admin\/cohorts\/1$/);
  await ready(page);
  await tabTo(page, "Samlinger");
  await page.keyboard.press("Enter");
  await page.waitForURL(/gatherings$/);
  await ready(page);
  await tabTo(page, "Samling 3: Motiverende intervju i veiledning");
  await page.keyboard.press("Enter");
  await page.waitForURL(/gatherings\/\d+$/);
  await ready(page);
  // Tab into Aisha Rahman's row (one stop per radio group) and choose "Ikke møtt" with the arrow keys.
  await tabTo(page, /./, 150, "Oppmøte for Aisha Rahman");
  for (let i = 0; i < 4 && (await focused(page)).name !== "Ikke møtt"; i++) await page.keyboard.press("ArrowRight");
  expect((await focused(page)).name).toBe("Ikke møtt");
  await tabTo(page, "Lagre oppmøte");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Oppmøtet er lagret.");
  await expect(page.getByRole("group", { name: "Oppmøte for Aisha Rahman" }).getByLabel("Ikke møtt")).toBeChecked();
});
