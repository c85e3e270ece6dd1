import { expect, test } from "./fixtures";
import { ready, signIn } from "./helpers";

// ADR 026: a module page answers a repeat with 304 and no body, without a new CSP header, and the
// page the browser kept still runs its scripts; a change of the reader's own state gives a new tag.
test("a repeat visit to a module page is a 304, the kept page hydrates, and a saved answer shows next time", async ({ page }) => {
  await signIn(page, "deltaker08@demo.example");
  const url = "/modules/psykologisk-trygghet";
  const first = await page.goto(url);
  expect(first?.status()).toBe(200);
  const etag = first?.headers()["etag"];
  expect(etag).toMatch(/^W\/"/);
  expect(first?.headers()["cache-control"]).toBe("private, no-cache");

  const repeat = await page.request.get(url, { headers: { "if-none-match": etag! } });
  expect(repeat.status()).toBe(304);
  expect(repeat.headers()["content-security-policy"]).toBeUndefined();
  expect((await repeat.body()).length).toBe(0);

  // The browser revalidates its copy (no-cache) and shows it; its scripts still run with the kept nonce.
  await page.reload();
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByRole("heading", { level: 1, name: "Psykologisk trygghet" })).toBeVisible();

  const prompt = page.locator("section.reflection").first();
  await prompt.getByLabel("Ditt svar").fill("Jeg spør teamet hva som er vanskelig å si høyt på fagmøtet.");
  // The demo person may have answered already: then the button updates the answer.
  await prompt.getByRole("button", { name: /Lagre i refleksjonsloggen|Oppdater svaret/ }).click();
  await expect(page.locator("section.reflection").first().getByRole("status")).toContainText("lagret");

  const changed = await page.request.get(url, { headers: { "if-none-match": etag! } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).not.toBe(etag);
  await page.goto("/modules");
  await page.goto(url);
  await ready(page);
  await expect(page.locator("section.reflection").first().getByLabel("Ditt svar")).toHaveValue(/vanskelig å si høyt/);
});
