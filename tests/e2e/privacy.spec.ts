import { type APIRequestContext, request as pwRequest } from "@playwright/test";

import { expect, test } from "./fixtures";
import { DEMO_PASSWORD } from "./helpers";

// Who may read what, over HTTP, with other people's ids. A journal entry is its author's; the
// current partner reads it only on /partner and only while shared; owners and admins never see it.
// The worker's own server (tests/e2e/fixtures.ts).
let baseURL = "";
test.beforeAll(({ server }) => {
  baseURL = server.url;
});

async function as(email: string | null): Promise<APIRequestContext> {
  const ctx = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  if (email) {
    const res = await ctx.post("/login", { form: { email, password: DEMO_PASSWORD, redirectTo: "/" }, maxRedirects: 0 });
    expect(res.status(), `sign-in of ${email}`).toBe(302);
  }
  return ctx;
}

type Entry = { id: number; title: string; body: string; sharedWith: string[] };

test("nobody but the author reads a journal entry, whatever the id or the role", async () => {
  // deltaker07 and deltaker08 are training partners; deltaker01 is in another pair.
  const author = await as("deltaker08@demo.example");
  const title = `Privat ${Date.now()}`;
  const secret = `Hemmelig refleksjon ${Date.now()}`;
  await author.post("/journal/new", { form: { intent: "save", title, body: secret, tags: "" } });
  const sharedTitle = `Delt ${Date.now()}`;
  await author.post("/journal/new", { form: { intent: "save", title: sharedTitle, body: "Dette deler jeg.", tags: "" } });
  const mine = (await (await author.get("/journal/export.json")).json()) as { entries: Entry[] };
  const priv = mine.entries.find((e) => e.title === title)!;
  const shared = mine.entries.find((e) => e.title === sharedTitle)!;
  expect(priv && shared).toBeTruthy();
  // The share form names the partner by id; sharing with anyone else is refused.
  const recipient = /name="recipient" value="(\d+)"/.exec(await (await author.get(`/journal/${shared.id}`)).text())?.[1];
  expect(recipient).toBeDefined();
  expect((await author.post(`/journal/${shared.id}`, { form: { intent: "share", recipient: "1" }, maxRedirects: 0 })).status()).toBe(400);
  expect((await author.post(`/journal/${shared.id}`, { form: { intent: "share", recipient: recipient! }, maxRedirects: 0 })).status()).toBe(
    302,
  );

  const partner = await as("deltaker07@demo.example");
  const other = await as("deltaker01@demo.example");
  const owner = await as("programeier@demo.example");
  const admin = await as("admin@demo.example");
  const anonymous = await as(null);

  for (const [who, ctx] of [
    ["partner", partner],
    ["other participant", other],
    ["owner", owner],
    ["admin", admin],
  ] as const) {
    for (const id of [priv.id, shared.id]) {
      const page = await ctx.get(`/journal/${id}`);
      expect(page.status(), `${who} GET /journal/${id}`).toBe(404);
      expect(await page.text()).not.toContain(secret);
      expect((await ctx.get(`/journal/${id}/edit`)).status(), `${who} edit`).toBe(404);
      expect(
        (await ctx.post(`/journal/${id}`, { form: { intent: "delete", confirm: "yes" }, maxRedirects: 0 })).status(),
        `${who} delete`,
      ).toBe(404);
      expect(
        (await ctx.post(`/journal/${id}`, { form: { intent: "revoke", recipient: recipient! }, maxRedirects: 0 })).status(),
        `${who} revoke`,
      ).toBe(404);
      expect(
        (await ctx.post(`/journal/${id}`, { form: { intent: "share", recipient: recipient! }, maxRedirects: 0 })).status(),
        `${who} share`,
      ).toBe(404);
      expect(
        (await ctx.post("/journal/draft", { form: { intent: "draft", draftKey: String(id), title: "x", body: "y" } })).status(),
        `${who} draft`,
      ).toBe(404);
    }
  }
  expect((await anonymous.get(`/journal/${priv.id}`, { maxRedirects: 0 })).status()).toBe(302);

  // The partner reads the shared entry on /partner, not the private one; others see neither.
  const partnerPage = await (await partner.get("/partner")).text();
  expect(partnerPage).toContain(sharedTitle);
  expect(partnerPage).not.toContain(secret);
  expect(await (await other.get("/partner")).text()).not.toContain(sharedTitle);

  // Exports and owner pages carry no one else's text.
  expect(await (await partner.get("/journal/export.json")).text()).not.toContain(secret);
  expect(await (await partner.get("/journal/export.md")).text()).not.toContain(sharedTitle);
  for (const path of ["/admin", "/admin/cohorts/1"]) {
    const text = await (await owner.get(path)).text();
    expect(text).not.toContain(secret);
    expect(text).not.toContain(sharedTitle);
  }

  // The entry survived all of it.
  expect((await author.get(`/journal/${priv.id}`)).status()).toBe(200);
  for (const c of [author, partner, other, owner, admin, anonymous]) await c.dispose();
});

test("check-ins, samlinger and challenge weeks of others, or that do not exist, are not found", async () => {
  const a = await as("deltaker01@demo.example");
  const outsider = await as("deltaker11@demo.example");
  const owner = await as("programeier@demo.example");
  const page = await (await a.get("/partner")).text();
  const ids = [...page.matchAll(/name="checkInId" value="(\d+)"/g)].map((m) => Number(m[1]));
  const someId = ids[0] ?? 1;
  expect(
    (
      await outsider.post("/partner", { form: { intent: "confirm", checkInId: String(someId), reflection: "x" }, maxRedirects: 0 })
    ).status(),
  ).toBe(404);
  expect(
    (await outsider.post("/partner", { form: { intent: "confirm", checkInId: "99999999", reflection: "x" }, maxRedirects: 0 })).status(),
  ).toBe(404);
  // Someone else's conversation cannot be changed, deleted or amended, whatever its id.
  for (const intent of ["delete", "amend"]) {
    const res = await outsider.post("/partner", { form: { intent, checkInId: String(someId), text: "x" }, maxRedirects: 0 });
    expect(res.status(), `outsider ${intent}`).toBe(404);
  }
  const edit = { intent: "edit", checkInId: String(someId), heldOn: "2026-01-01", minutes: "30", format: "video", notes: "x" };
  expect((await outsider.post("/partner", { form: edit, maxRedirects: 0 })).status()).toBe(404);
  // Nor a comment, nor a grant of someone else's entry.
  expect((await outsider.post("/partner", { form: { intent: "delete-comment", commentId: "1" }, maxRedirects: 0 })).status()).toBe(404);
  expect((await outsider.post("/partner", { form: { intent: "comment", entryId: "1", body: "x" }, maxRedirects: 0 })).status()).toBe(404);
  const mine = (await (await outsider.get("/journal/export.json")).json()) as { entries: { id: number }[] };
  const own = mine.entries[0]!.id;
  expect((await outsider.post(`/journal/${own}`, { form: { intent: "revoke", recipient: "1" }, maxRedirects: 0 })).status()).toBe(404);
  expect((await a.post("/gatherings", { form: { gatheringId: "99999999", answer: "attending" }, maxRedirects: 0 })).status()).toBe(404);
  for (const week of ["0", "53", "abc", "-1", "1e2"]) expect((await a.get(`/challenges/${week}`)).status(), `week ${week}`).toBe(404);
  for (const path of ["/journal", "/partner", "/challenges", "/gatherings", "/modules"]) {
    expect((await owner.get(path, { maxRedirects: 0 })).status(), `owner ${path}`).toBe(404);
  }
  await Promise.all([a.dispose(), outsider.dispose(), owner.dispose()]);
});

test("an owner sees only the cohorts they run; participants get nothing of the owner area", async () => {
  const stamp = Date.now();
  const admin = await as("admin@demo.example");
  const orgName = `Annen etat ${stamp}`;
  expect((await admin.post("/admin/organisations", { form: { intent: "create", name: orgName }, maxRedirects: 0 })).status()).toBe(302);
  const orgPage = await (await admin.get("/admin/organisations")).text();
  const orgId = new RegExp(`${orgName}</h2>[\\s\\S]*?name="organisationId" value="(\\d+)"`).exec(orgPage)?.[1];
  expect(orgId).toBeTruthy();
  const invited = await (
    await admin.post("/admin/organisations", {
      form: { intent: "invite-owner", organisationId: orgId!, name: "Oda Owner", email: `oda.${stamp}@nav.example` },
    })
  ).text();
  const token = /\/invitation\/([a-z2-7]{32})/.exec(invited)?.[1];
  expect(token).toBeTruthy();

  const other = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const accepted = await other.post(`/invitation/${token}`, {
    form: { name: "Oda Owner", password: "et godt langt passord", confirm: "et godt langt passord" },
    maxRedirects: 0,
  });
  expect(accepted.status()).toBe(302);
  const created = await other.post("/admin/cohorts/new", {
    form: { organisationId: orgId!, name: `Oda-kohort ${stamp}`, startDate: "2027-01-04" },
    maxRedirects: 0,
  });
  expect(created.status()).toBe(302);
  const odaCohort = /\/admin\/cohorts\/(\d+)\//.exec(created.headers()["location"] ?? "")?.[1];
  expect(odaCohort).toBeTruthy();

  // The new owner cannot reach the demo cohort by id, and the demo owner cannot reach theirs.
  for (const path of [
    "/admin/cohorts/1",
    "/admin/cohorts/1/participants",
    "/admin/cohorts/1/people",
    "/admin/cohorts/1/report.csv",
    "/admin/cohorts/1/gatherings/1",
    "/admin/cohorts/1/participants/3",
  ]) {
    expect((await other.get(path)).status(), `other owner ${path}`).toBe(404);
  }
  expect(
    (await other.post("/admin/cohorts/1/people", { form: { intent: "remove", userId: "3", confirm: "yes" }, maxRedirects: 0 })).status(),
  ).toBe(404);
  expect(await (await other.get("/admin")).text()).not.toContain("Demokohort 2026");
  const demoOwner = await as("programeier@demo.example");
  expect((await demoOwner.get(`/admin/cohorts/${odaCohort}`)).status()).toBe(404);
  expect((await demoOwner.get("/admin/organisations")).status()).toBe(403);

  // Participants are refused everywhere in the owner area.
  const participant = await as("deltaker02@demo.example");
  for (const path of ["/admin", "/admin/cohorts/1", "/admin/cohorts/1/report.csv", "/admin/cohorts/new", "/admin/organisations"]) {
    expect([403, 404], `participant ${path}`).toContain((await participant.get(path)).status());
  }
  await Promise.all([admin.dispose(), other.dispose(), demoOwner.dispose(), participant.dispose()]);
});

test("writes from another site are refused, whatever the cookie", async () => {
  const evil = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: "https://evil.example" } });
  expect(
    (await evil.post("/login", { form: { email: "deltaker01@demo.example", password: DEMO_PASSWORD }, maxRedirects: 0 })).status(),
  ).toBe(403);
  const noOrigin = await pwRequest.newContext({ baseURL });
  expect((await noOrigin.post("/logout", { maxRedirects: 0 })).status()).toBe(403);
  const crossSite = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL, "Sec-Fetch-Site": "cross-site" } });
  expect((await crossSite.post("/login", { form: { email: "a@b.no", password: "x" }, maxRedirects: 0 })).status()).toBe(403);
  // Reading is not affected.
  expect((await evil.get("/login")).status()).toBe(200);
  await Promise.all([evil.dispose(), noOrigin.dispose(), crossSite.dispose()]);
});

test("the admin's outbox shows who was sent a reset or an invitation link, never a link that works", async () => {
  const anonymous = await as(null);
  expect((await anonymous.post("/forgot-password", { form: { email: "deltaker05@demo.example" } })).status()).toBe(200);
  const owner = await as("programeier@demo.example");
  const invited = `utboks.${Date.now()}@test.example`;
  await owner.post("/admin/cohorts/1/people", { form: { intent: "invite", name: "Utboks Test", email: invited, role: "participant" } });
  const admin = await as("admin@demo.example");
  const page = await (await admin.get("/admin/outbox")).text();
  expect(page).toContain("deltaker05@demo.example");
  expect(page).toContain(invited);
  expect(page).toContain("/reset-password/••••••");
  expect(page).not.toMatch(/\/(invitation|reset-password|calendar)\/[a-z2-7]{32}/);
  // And the privacy statement says so, naming the closed paths.
  const statement = await (await anonymous.get("/personvern")).text();
  expect(statement).toContain("Ingen bakdør for administratorer");
  expect(statement).toContain("Utboksen");
  await Promise.all([anonymous.dispose(), owner.dispose(), admin.dispose()]);
});
