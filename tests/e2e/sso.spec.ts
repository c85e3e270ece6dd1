// Single sign-on with an organisation's own identity provider (ADR 023), against a real OpenID
// Connect provider (oidc-provider) running in this process on 127.0.0.1: the admin connects it,
// people sign in through it, and everything a provider or an attacker could get wrong is refused.
import type { Page } from "@playwright/test";
import Database from "better-sqlite3";

import { CLIENT_ID, CLIENT_SECRET, closedPort, startTestProvider } from "../support/oidc-test-provider";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, ready, signIn, signOut, visit } from "./helpers";

const ORG = "Nav Demo fylke";
const DOWN_ORG = "Nedetaten";

type TestProvider = Awaited<ReturnType<typeof startTestProvider>>;
let idp: TestProvider;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ server }, workerInfo) => {
  // A fixed port per worker beside the app's (3280 in CI, where the app uses 3200 + worker).
  const port = Number(process.env.E2E_BASE_PORT ?? 3200) + 80 + workerInfo.workerIndex;
  idp = await startTestProvider(port, `${server.url}/sso/callback`);
});

test.afterAll(async ({ server }) => {
  await idp?.stop();
  // Later spec files in this worker share the database: they expect password sign-in as seeded.
  const sqlite = new Database(server.databasePath);
  sqlite.prepare("DELETE FROM organisation_sso").run();
  sqlite.close();
});

test.afterEach(() => {
  idp.tamper(null);
  idp.hold(false);
});

async function ssoSignIn(page: Page, login: string, organisation = ORG) {
  // A fresh sign-in at the provider each time (its own session would sign the last person in again).
  await page.context().clearCookies({ name: /^_(session|interaction)/ });
  await visit(page, "/login");
  await page.getByRole("link", { name: `Logg inn med ${organisation}` }).click();
  await page.getByLabel("Brukernavn hos testleverandøren").fill(login);
  await page.getByRole("button", { name: "Logg inn hos testleverandøren" }).click();
  await page.waitForURL((url) => url.port !== new URL(idp.issuer).port || url.pathname.startsWith("/auth"));
  await ready(page);
}

async function configure(page: Page, organisation: string, values: { issuer: string; domains: string; contact?: string }) {
  await visit(page, "/admin/organisations");
  await page.getByRole("link", { name: `Innlogging (SSO) for ${organisation}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Innlogging for ${organisation}` })).toBeVisible();
  await page.getByLabel("Utsteder (issuer-URL)").fill(values.issuer);
  await page.getByLabel("Klient-ID").fill(CLIENT_ID);
  await page.getByLabel("Klienthemmelighet").fill(CLIENT_SECRET);
  await page.getByLabel("E-postdomener").fill(values.domains);
  await page.getByLabel("Hvem skal uinviterte kontakte?").fill(values.contact ?? "");
  await page.getByRole("button", { name: "Lagre innlogging" }).click();
  await expect(page.getByText("Innloggingen er lagret.")).toBeVisible();
}

test("an admin connects an organisation to its sign-in service; a plain-http issuer elsewhere is refused", async ({ page }) => {
  await signIn(page, "admin@demo.example");
  await visit(page, "/admin/organisations");
  await page.getByRole("link", { name: `Innlogging (SSO) for ${ORG}` }).click();
  await page.getByLabel("Utsteder (issuer-URL)").fill("http://idp.example.com");
  await page.getByLabel("Klient-ID").fill(CLIENT_ID);
  await page.getByLabel("Klienthemmelighet").fill(CLIENT_SECRET);
  await page.getByLabel("E-postdomener").fill("demo.example");
  await page.getByRole("button", { name: "Lagre innlogging" }).click();
  await expect(page.getByText("Adressen må begynne med https://")).toBeVisible();

  await configure(page, ORG, { issuer: idp.issuer, domains: "demo.example", contact: "Hilde Aasen, programeier@demo.example" });
  // The secret is never shown again, only that one is kept.
  await expect(page.getByLabel("Klienthemmelighet")).toHaveValue("");
  await expect(page.getByText("En kryptert hemmelighet er lagret.")).toBeVisible();

  await visit(page, "/admin/organisations");
  const create = page.locator("form").filter({ has: page.getByRole("button", { name: "Opprett organisasjonen" }) });
  await create.getByLabel("Navn", { exact: true }).fill(DOWN_ORG);
  await create.getByRole("button", { name: "Opprett organisasjonen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: DOWN_ORG })).toBeVisible();
  await configure(page, DOWN_ORG, { issuer: `http://127.0.0.1:${await closedPort()}`, domains: "nede.example" });
});

test("a participant signs in with the organisation: linked by e-mail the first time, by subject after that", async ({ page }) => {
  idp.accounts.set("deltaker01", { sub: "nav-ansatt-0001", email: "deltaker01@demo.example", emailVerified: true, name: "" });
  await ssoSignIn(page, "deltaker01");
  const greeting = page.getByRole("heading", { level: 1, name: /^Hei, / });
  await expect(greeting).toBeVisible();
  const who = await greeting.textContent();
  await signOut(page);

  // The directory changes the address; the subject identifier stays, and so does the account.
  idp.accounts.set("deltaker01", { sub: "nav-ansatt-0001", email: "nytt.navn@demo.example", emailVerified: true, name: "" });
  await ssoSignIn(page, "deltaker01");
  await expect(page.getByRole("heading", { level: 1, name: who ?? "" })).toBeVisible();
  await signOut(page);
});

test("someone with no invitation and no account is not let in and is told whom to contact", async ({ page }) => {
  await ssoSignIn(page, "ny.person@demo.example");
  await expect(page.getByRole("heading", { level: 1, name: "Du har ikke tilgang ennå" })).toBeVisible();
  await expect(page.getByText("Ta kontakt med Hilde Aasen, programeier@demo.example for å bli invitert.")).toBeVisible();
  await visit(page, "/");
  await expect(page).toHaveURL(/\/login/);
});

test("an unverified e-mail address is not linked to the account that has it", async ({ page }) => {
  idp.accounts.set("falsk", { sub: "annen-0002", email: "deltaker02@demo.example", emailVerified: false, name: "" });
  await ssoSignIn(page, "falsk");
  await expect(page.getByText("E-postadressen fra innloggingstjenesten er ikke bekreftet.")).toBeVisible();
});

test("a callback with a tampered state is a 400 page and nobody is signed in", async ({ page }) => {
  idp.hold(true);
  await ssoSignIn(page, "deltaker01");
  await expect(page.getByRole("heading", { name: "Svaret er holdt tilbake" })).toBeVisible();
  const callback = idp.lastCallback();
  const tampered = new URL(callback);
  tampered.searchParams.set("state", `${tampered.searchParams.get("state")}x`);
  const res = await page.goto(tampered.href);
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "Innloggingen kunne ikke fullføres" })).toBeVisible();
  await expect(page.getByText("Denne innloggingen hører ikke til denne nettleseren")).toBeVisible();
  await visit(page, "/");
  await expect(page).toHaveURL(/\/login/);
  // The real answer still works once: the tampered one used nothing up.
  await visit(page, callback);
  await expect(page.getByRole("heading", { level: 1, name: /^Hei, / })).toBeVisible();
  await signOut(page);
});

test("a replayed callback is refused", async ({ page }) => {
  await ssoSignIn(page, "deltaker01");
  await expect(page.getByRole("heading", { level: 1, name: /^Hei, / })).toBeVisible();
  await signOut(page);
  const res = await page.goto(idp.lastCallback());
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "Innloggingen kunne ikke fullføres" })).toBeVisible();
});

for (const [tamper, what] of [
  ["nonce", "an ID token with another nonce"],
  ["expired", "an expired ID token"],
  ["audience", "an ID token for another client"],
] as const) {
  test(`${what} is refused, correctly signed or not`, async ({ page }) => {
    idp.tamper(tamper);
    await ssoSignIn(page, "deltaker01");
    await expect(page.getByRole("heading", { level: 1, name: "Innloggingen kunne ikke fullføres" })).toBeVisible();
    await expect(page.getByText("Vi kunne ikke bekrefte hvem du er")).toBeVisible();
    await visit(page, "/");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a provider that is down gives a clear message, and password sign-in still works", async ({ page }) => {
  await visit(page, "/login");
  await page.getByRole("link", { name: `Logg inn med ${DOWN_ORG}` }).click();
  await expect(page.getByRole("alert")).toHaveText(new RegExp(`Vi fikk ikke kontakt med innloggingstjenesten til ${DOWN_ORG}`));
  await signIn(page, "deltaker02@demo.example", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: /^Hei, / })).toBeVisible();
});

test("an invited person signs in through the organisation from the invitation and joins with the linked account", async ({
  page,
  browser,
  server,
}) => {
  await signIn(page, "admin@demo.example");
  await visit(page, "/admin/organisations");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: ORG, exact: true }) });
  await card.getByText("Inviter programeier for hele organisasjonen").click();
  await card.getByLabel("Navn", { exact: true }).fill("Nora Ny");
  await card.getByLabel("E-post", { exact: true }).fill("nora.ny@demo.example");
  await card.getByRole("button", { name: "Send invitasjon" }).click();
  const link = (await page.locator("code").filter({ hasText: "/invitation/" }).textContent())!.trim();
  await signOut(page);

  // The link names APP_URL's host; the test server answers on 127.0.0.1, where the provider sends people back.
  const invitee = await browser.newPage({ baseURL: server.url });
  await visit(invitee, new URL(link).pathname);
  await invitee.getByRole("link", { name: `Logg inn med ${ORG}` }).click();
  await invitee.getByLabel("Brukernavn hos testleverandøren").fill("nora.ny@demo.example");
  await invitee.getByRole("button", { name: "Logg inn hos testleverandøren" }).click();
  await invitee.waitForURL(/\/invitation\//);
  await ready(invitee);
  await expect(invitee.getByText("Du er logget inn som nora.ny@demo.example.")).toBeVisible();
  await invitee.getByRole("button", { name: "Bli med i kohorten" }).click();
  await expect(invitee).toHaveURL(/\/admin/);
  await invitee.close();
});

test("an organisation that requires SSO refuses password sign-in and reset for its members, not for the admin", async ({ page }) => {
  await signIn(page, "admin@demo.example");
  await visit(page, "/admin/organisations");
  await page.getByRole("link", { name: `Innlogging (SSO) for ${ORG}` }).click();
  await page.getByLabel("Medlemmene må bruke organisasjonens innlogging").check();
  await page.getByRole("button", { name: "Lagre innlogging" }).click();
  await expect(page.getByText("Innloggingen er lagret.")).toBeVisible();
  await signOut(page);

  await signIn(page, "deltaker03@demo.example");
  await expect(page.getByRole("alert")).toHaveText(/Nav Demo fylke krever at du logger inn gjennom organisasjonens egen innlogging/);
  await visit(page, "/forgot-password");
  await page.getByLabel("E-post").fill("deltaker03@demo.example");
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByRole("alert")).toHaveText(/krever at du logger inn gjennom organisasjonens egen innlogging/);

  await signIn(page, "admin@demo.example");
  await expect(page).toHaveURL(/\/admin/);
});
