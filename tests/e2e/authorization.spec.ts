import fs from "node:fs";

import { type APIRequestContext, request as pwRequest } from "@playwright/test";

import { type Actor, ACTORS, buildWorld, type World } from "./authorization-world";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD } from "./helpers";
import { loadRoutes } from "./route-manifest";

// Who gets what, for every route of the app, over HTTP. The routes come from the Remix route
// manifest of the build, so a new route fails this test until it has a row in MATRIX below.
// Every URL carries participant A's ids (A's cohort, A's journal entry, A's samling, A's notice,
// A's user id). A cell that answers differently from the table fails the build.
//
// Cells:  200, 400, 403, 404, 405, 409 … the status code
//         →/login   a redirect to the sign-in page (not signed in)
//         →/path    any other redirect, to that path
// POST rows send an empty form: whoever may use the action gets 400 (nothing written), whoever
// may not gets the same answer as for reading.

const MATRIX = `
method url                                                    | anonymous | A          | B          | C          | ownerA     | ownerB     | admin
GET    /                                                      | →/login   | 200        | 200        | 200        | →/admin    | →/admin    | →/admin
POST   /?index                                                | →/login   | 400        | 400        | 400        | →/admin    | →/admin    | →/admin
GET    /*                                                     | 404       | 404        | 404        | 404        | 404        | 404        | 404
GET    /healthz                                               | 200       | 200        | 200        | 200        | 200        | 200        | 200
GET    /personvern                                            | 200       | 200        | 200        | 200        | 200        | 200        | 200
GET    /tilgjengelighet                                       | 200       | 200        | 200        | 200        | 200        | 200        | 200
GET    /bench/ceiling                                         | 200       | 200        | 200        | 200        | 200        | 200        | 200

GET    /login                                                 | 200       | →/         | →/         | →/         | →/         | →/         | →/
POST   /login                                                 | 400       | →/         | →/         | →/         | →/         | →/         | →/
GET    /logout                                                | →/        | →/         | →/         | →/         | →/         | →/         | →/
POST   /logout                                                | →/login   | →/login    | →/login    | →/login    | →/login    | →/login    | →/login
GET    /forgot-password                                       | 200       | 200        | 200        | 200        | 200        | 200        | 200
POST   /forgot-password                                       | 400       | 400        | 400        | 400        | 400        | 400        | 400
GET    /reset-password/:token                                 | 404       | 404        | 404        | 404        | 404        | 404        | 404
POST   /reset-password/:token                                 | 404       | 404        | 404        | 404        | 404        | 404        | 404
GET    /invitation/:token                                     | 404       | 404        | 404        | 404        | 404        | 404        | 404
POST   /invitation/:token                                     | 404       | 404        | 404        | 404        | 404        | 404        | 404
GET    /calendar/:token                                       | 404       | 404        | 404        | 404        | 404        | 404        | 404
GET    /language                                              | →/settings| →/settings | →/settings | →/settings | →/settings | →/settings | →/settings
POST   /language                                              | 400       | 400        | 400        | 400        | 400        | 400        | 400

GET    /settings                                              | →/login   | 200        | 200        | 200        | 200        | 200        | 200
POST   /settings                                              | →/login   | 400        | 400        | 400        | 400        | 400        | 400
GET    /settings/my-data.json                                 | →/login   | 200        | 200        | 200        | 200        | 200        | 200
GET    /settings/my-data.md                                   | →/login   | 200        | 200        | 200        | 200        | 200        | 200
GET    /settings/delete-account                               | →/login   | 200        | 200        | 200        | 200        | 200        | 200
POST   /settings/delete-account                               | →/login   | 400        | 400        | 400        | 400        | 400        | 400
GET    /notices                                               | →/login   | 200        | 200        | 200        | 200        | 200        | 200
POST   /notices?index                                         | →/login   | →/notices  | →/notices  | →/notices  | →/notices  | →/notices  | →/notices
GET    /notices/:noticeId                                     | →/login   | →/partner  | 404        | 404        | 404        | 404        | 404

GET    /challenges                                            | →/login   | 200        | 200        | 200        | 404        | 404        | 404
GET    /challenges/:week                                      | →/login   | 200        | 200        | 200        | 404        | 404        | 404
POST   /challenges/:week                                      | →/login   | 400        | 400        | 400        | 404        | 404        | 404
GET    /modules                                               | →/login   | 200        | 200        | 200        | 404        | 404        | 404
GET    /modules/:slug                                         | →/login   | 200        | 200        | 200        | 404        | 404        | 404
POST   /modules/:slug                                         | →/login   | 400        | 400        | 400        | 404        | 404        | 404
GET    /modules/:slug/hjelpemidler/:aid                       | →/login   | 200        | 200        | 200        | 404        | 404        | 404
GET    /ordliste                                              | →/login   | 200        | 200        | 200        | 200        | 200        | 200
GET    /partner                                               | →/login   | 200        | 200        | 200        | 404        | 404        | 404
POST   /partner                                               | →/login   | 400        | 400        | 400        | 404        | 404        | 404
GET    /partner/next-talk.ics                                 | →/login   | 200        | 200        | 404        | 404        | 404        | 404
GET    /gatherings                                            | →/login   | 200        | 200        | 200        | 404        | 404        | 404
POST   /gatherings                                            | →/login   | 400        | 400        | 400        | 404        | 404        | 404
GET    /gatherings/:gatheringId.ics                           | →/login   | 200        | 200        | 404        | 404        | 404        | 404
GET    /gatherings/:otherGatheringId.ics                      | →/login   | 404        | 404        | 200        | 404        | 404        | 404

GET    /journal                                               | →/login   | 200        | 200        | 200        | 404        | 404        | 404
GET    /journal/new                                           | →/login   | 200        | 200        | 200        | 404        | 404        | 404
POST   /journal/new                                           | →/login   | 400        | 400        | 400        | 404        | 404        | 404
GET    /journal/:entryId                                      | →/login   | 200        | 404        | 404        | 404        | 404        | 404
POST   /journal/:entryId                                      | →/login   | 400        | 404        | 404        | 404        | 404        | 404
GET    /journal/:entryId/edit                                 | →/login   | 200        | 404        | 404        | 404        | 404        | 404
POST   /journal/:entryId/edit                                 | →/login   | 400        | 404        | 404        | 404        | 404        | 404
GET    /journal/:otherEntryId                                 | →/login   | 404        | 404        | 200        | 404        | 404        | 404
GET    /journal/draft                                         | 404       | 404        | 404        | 404        | 404        | 404        | 404
POST   /journal/draft                                         | 401       | 400        | 400        | 400        | 404        | 404        | 404
GET    /journal/export.json                                   | →/login   | 200        | 200        | 200        | 404        | 404        | 404
GET    /journal/export.md                                     | →/login   | 200        | 200        | 200        | 404        | 404        | 404

GET    /self-assessment                                       | →/login   | 200        | 200        | 200        | 404        | 404        | 404
POST   /self-assessment                                       | →/login   | 400        | 400        | 400        | 404        | 404        | 404
GET    /pulse                                                 | →/login   | 200        | 200        | 200        | 404        | 404        | 404
POST   /pulse                                                 | →/login   | 400        | 400        | 400        | 404        | 404        | 404
GET    /pulse/:pulseId                                        | →/login   | 200        | 404        | 404        | 404        | 404        | 404
POST   /pulse/:pulseId                                        | →/login   | 400        | 404        | 404        | 404        | 404        | 404
GET    /pulse/:pulseId/paper                                  | →/login   | 200        | 404        | 404        | 404        | 404        | 404
GET    /p/:token                                              | 404       | 404        | 404        | 404        | 404        | 404        | 404
POST   /p/:token                                              | 404       | 404        | 404        | 404        | 404        | 404        | 404

GET    /admin                                                 | →/login   | 403        | 403        | 403        | 200        | 200        | 200
GET    /admin/cohorts/new                                     | →/login   | 403        | 403        | 403        | 200        | 200        | 200
POST   /admin/cohorts/new                                     | →/login   | 403        | 403        | 403        | 400        | 400        | 400
GET    /admin/cohorts/:cohortId                               | →/login   | 403        | 403        | 403        | 200        | 404        | 200
POST   /admin/cohorts/:cohortId?index                         | →/login   | 403        | 403        | 403        | 400        | 404        | 400
GET    /admin/cohorts/:otherCohortId                          | →/login   | 403        | 403        | 403        | 404        | 200        | 200
GET    /admin/cohorts/:cohortId/participants                  | →/login   | 403        | 403        | 403        | 200        | 404        | 200
GET    /admin/cohorts/:cohortId/participants/:userId          | →/login   | 403        | 403        | 403        | 200        | 404        | 200
GET    /admin/cohorts/:cohortId/participants/:otherUserId     | →/login   | 403        | 403        | 403        | 404        | 404        | 404
POST   /admin/cohorts/:cohortId/participants/:userId          | →/login   | 403        | 403        | 403        | 400        | 404        | 400
POST   /admin/cohorts/:cohortId/participants/:otherUserId     | →/login   | 403        | 403        | 403        | 404        | 404        | 404
GET    /admin/cohorts/:cohortId/people                        | →/login   | 403        | 403        | 403        | 200        | 404        | 200
POST   /admin/cohorts/:cohortId/people                        | →/login   | 403        | 403        | 403        | 400        | 404        | 400
GET    /admin/cohorts/:cohortId/partners                      | →/login   | 403        | 403        | 403        | 200        | 404        | 200
POST   /admin/cohorts/:cohortId/partners                      | →/login   | 403        | 403        | 403        | 400        | 404        | 400
GET    /admin/cohorts/:cohortId/gatherings                    | →/login   | 403        | 403        | 403        | 200        | 404        | 200
POST   /admin/cohorts/:cohortId/gatherings                    | →/login   | 403        | 403        | 403        | 400        | 404        | 400
GET    /admin/cohorts/:cohortId/gatherings/:gatheringId       | →/login   | 403        | 403        | 403        | 200        | 404        | 200
POST   /admin/cohorts/:cohortId/gatherings/:gatheringId       | →/login   | 403        | 403        | 403        | 400        | 404        | 400
GET    /admin/cohorts/:cohortId/gatherings/:otherGatheringId  | →/login   | 403        | 403        | 403        | 404        | 404        | 404
POST   /admin/cohorts/:cohortId/gatherings/:otherGatheringId  | →/login   | 403        | 403        | 403        | 404        | 404        | 404
GET    /admin/cohorts/:cohortId/settings                      | →/login   | 403        | 403        | 403        | 200        | 404        | 200
POST   /admin/cohorts/:cohortId/settings                      | →/login   | 403        | 403        | 403        | 400        | 404        | 400
GET    /admin/cohorts/:cohortId/plan                          | →/login   | 403        | 403        | 403        | 200        | 404        | 200
POST   /admin/cohorts/:cohortId/plan                          | →/login   | 403        | 403        | 403        | 400        | 404        | 400
GET    /admin/cohorts/:cohortId/report.csv                    | →/login   | 403        | 403        | 403        | 200        | 404        | 200
GET    /admin/cohorts/:cohortId/outcomes                      | →/login   | 403        | 403        | 403        | 200        | 404        | 200
GET    /admin/cohorts/:cohortId/outcomes.csv                  | →/login   | 403        | 403        | 403        | 200        | 404        | 200
GET    /admin/organisations                                   | →/login   | 403        | 403        | 403        | 403        | 403        | 200
POST   /admin/organisations                                   | →/login   | 403        | 403        | 403        | 403        | 403        | 400
GET    /admin/outbox                                          | →/login   | 403        | 403        | 403        | 403        | 403        | 200
POST   /admin/outbox                                          | →/login   | 403        | 403        | 403        | 403        | 403        | 400
GET    /admin/audit                                           | →/login   | 403        | 403        | 403        | 403        | 403        | 200
GET    /admin/audit.csv                                       | →/login   | 403        | 403        | 403        | 403        | 403        | 200
GET    /admin/users                                           | →/login   | 403        | 403        | 403        | 403        | 403        | 200
POST   /admin/users                                           | →/login   | 403        | 403        | 403        | 403        | 403        | 400
GET    /admin/organisations/:organisationId/sign-in           | →/login   | 403        | 403        | 403        | 403        | 403        | 200
POST   /admin/organisations/:organisationId/sign-in           | →/login   | 403        | 403        | 403        | 403        | 403        | 400
GET    /sso/callback                                          | 400       | 400        | 400        | 400        | 400        | 400        | 400
GET    /sso/:organisationId                                   | 404       | 404        | 404        | 404        | 404        | 404        | 404
`;

// The worker's own server (tests/e2e/fixtures.ts).
let baseURL = "";
test.beforeAll(({ server }) => {
  baseURL = server.url;
});
const ORDER: Actor[] = ["anonymous", "A", "B", "C", "ownerA", "ownerB", "admin"];

/** Every URL pattern of the app, with GET always and POST where the route has an action. */
async function routeRows(): Promise<string[]> {
  const { routes, urlOf } = await loadRoutes();
  const rows = new Set<string>();
  for (const r of routes) {
    if (r.id === "root") continue;
    const url = urlOf(r);
    // A layout and its index share a URL; the index is what a person gets, and posts go to `?index`.
    const layoutWithIndex = routes.some((c) => c.parentId === r.id && c.index);
    if (!layoutWithIndex) rows.add(`GET ${url}`);
    // An index route's action answers only at ?index (a plain POST / reaches the root route: 405).
    if (r.module.action) rows.add(`POST ${url}${r.index ? "?index" : ""}`);
  }
  return [...rows].sort();
}

function fill(url: string, w: World) {
  const values: Record<string, string> = {
    cohortId: String(w.cohortId),
    userId: String(w.userId),
    entryId: String(w.entryId),
    gatheringId: String(w.gatheringId),
    noticeId: String(w.noticeId),
    pulseId: String(w.pulseId),
    otherCohortId: String(w.otherCohortId),
    otherUserId: String(w.otherUserId),
    otherEntryId: String(w.otherEntryId),
    otherGatheringId: String(w.otherGatheringId),
    week: String(w.week),
    slug: w.slug,
    // A job aid of that module (content/aids/sjupunktsmaling.mdx).
    aid: "sjupunktsmaling",
    organisationId: String(w.organisationId),
    // Tokens are secrets nobody else can know: a wrong one is the realistic foreign id.
    token: "b".repeat(32),
  };
  return url.replace(/:(\w+)/g, (_, n: string) => values[n] ?? `MISSING_${n}`).replace("*", "finnes-ikke");
}

async function signedIn(actor: Actor): Promise<APIRequestContext> {
  const ctx = await pwRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const email = ACTORS[actor].email;
  if (email) {
    const res = await ctx.post("/login", { form: { email, password: DEMO_PASSWORD, redirectTo: "/" }, maxRedirects: 0 });
    expect(res.status(), `sign-in of ${actor}`).toBe(302);
  }
  return ctx;
}

function answer(status: number, location: string | undefined) {
  if (status < 300 || status >= 400) return String(status);
  const path = new URL(location ?? "/", baseURL).pathname;
  return `→${path}`;
}

function parseMatrix(): Map<string, Record<Actor, string>> {
  const lines = MATRIX.trim()
    .split("\n")
    .slice(1)
    .filter((l) => l.trim());
  return new Map(
    lines.map((line) => {
      const [head, ...cells] = line.split("|").map((c) => c.trim());
      const [method, url] = head!.split(/\s+/);
      return [`${method} ${url}`, Object.fromEntries(ORDER.map((a, i) => [a, cells[i]!])) as Record<Actor, string>];
    }),
  );
}

test("every route answers each kind of person as the matrix says", async ({ server }) => {
  test.setTimeout(120_000);
  const world = buildWorld(server.databasePath, server.appNow ? new Date(server.appNow) : new Date());
  const expected = parseMatrix();
  // Rows with `:other…` ids are extra checks written by hand; all others come from the manifest.
  const manifest = await routeRows();
  const extra = [...expected.keys()].filter((r) => r.includes(":other"));
  const rows = [...manifest, ...extra];
  const sessions = Object.fromEntries(await Promise.all(ORDER.map(async (a) => [a, await signedIn(a)] as const))) as Record<
    Actor,
    APIRequestContext
  >;

  const actual: string[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const [method, pattern] = row.split(" ") as ["GET" | "POST", string];
    const url = fill(pattern, world);
    const cells: string[] = [];
    for (const actor of ORDER) {
      // Signing out ends the session, so it gets a session of its own.
      const ctx = pattern === "/logout" && method === "POST" ? await signedIn(actor) : sessions[actor];
      const res = method === "GET" ? await ctx.get(url, { maxRedirects: 0 }) : await ctx.post(url, { form: {}, maxRedirects: 0 });
      const got = answer(res.status(), res.headers()["location"]);
      cells.push(got);
      const want = expected.get(row)?.[actor];
      if (want !== undefined && want !== got) problems.push(`${row} as ${actor} (${ACTORS[actor].who}): expected ${want}, got ${got}`);
    }
    actual.push(`${row.padEnd(52)} | ${cells.map((c) => c.padEnd(9)).join(" | ")}`);
  }
  // The whole answer table, for a person to read after a run.
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync("test-results/authorization-matrix.txt", `method url | ${ORDER.join(" | ")}\n${actual.join("\n")}\n`);
  const missing = rows.filter((r) => !expected.has(r));
  const stale = [...expected.keys()].filter((r) => !rows.includes(r));
  expect(extra.length, "the hand-written rows with other cohorts' ids").toBeGreaterThan(5);
  expect(
    missing,
    `routes without a row in MATRIX; the answers they give now:\n${actual.filter((a) => missing.some((m) => a.startsWith(m + " "))).join("\n")}`,
  ).toEqual([]);
  expect(stale, "rows in MATRIX for routes that no longer exist").toEqual([]);
  expect(problems, actual.join("\n")).toEqual([]);
});
