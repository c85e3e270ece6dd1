import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demopassord123";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await visit(page, "/login");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  // Signed in (left /login) or refused (an alert): either way the form has been answered.
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/login")),
    page.getByRole("alert").waitFor(),
    page.locator(".field-error").first().waitFor(),
  ]);
  await ready(page);
}

/** On a phone the menu and the header's tools sit behind «Meny»; on wide screens they are always shown. */
export async function openSiteMenu(page: Page) {
  const menu = page.locator("details.site-menu");
  if ((await menu.locator("summary").isVisible()) && (await menu.getAttribute("open")) === null) await menu.locator("summary").click();
}

export async function signOut(page: Page) {
  await openSiteMenu(page);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** Waits until the page's scripts have taken over (immediately true when JavaScript is off). */
export async function ready(page: Page) {
  await page.waitForFunction(() => !("__remixContext" in window) || document.documentElement.dataset.hydrated === "true");
}

export async function visit(page: Page, url: string) {
  const res = await page.goto(url);
  await ready(page);
  return res;
}
