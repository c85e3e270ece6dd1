// Builders for unit tests: real rows in the test's own SQLite file.
import { db, schema } from "~/utils/db.server";
import type { SessionUser } from "~/utils/session.server";

let seq = 0;
const next = () => ++seq;

// A real argon2id hash of "correct horse battery", made once: hashing per user would slow tests.
let cachedHash: string | undefined;
export const TEST_PASSWORD = "correct horse battery";
export async function passwordHash() {
  if (!cachedHash) {
    const { hashPassword } = await import("~/models/password.server");
    cachedHash = await hashPassword(TEST_PASSWORD);
  }
  return cachedHash;
}

export async function makeUser(over: Partial<typeof schema.users.$inferInsert> = {}): Promise<SessionUser> {
  const n = next();
  const row = db
    .insert(schema.users)
    .values({ email: `person${n}@test.example`, name: `Person ${n}`, passwordHash: await passwordHash(), ...over })
    .returning()
    .get();
  return { id: row.id, email: row.email, name: row.name, locale: row.locale, isAdmin: row.isAdmin };
}

export function makeOrganisation(name = `Organisasjon ${next()}`) {
  return db.insert(schema.organisations).values({ name }).returning().get();
}

export function makeProgramme() {
  return db
    .insert(schema.programmes)
    .values({ slug: `programme-${next()}`, name: "Lederprogram" })
    .returning()
    .get();
}

export function makeCohort(over: Partial<typeof schema.cohorts.$inferInsert> = {}) {
  const org = over.organisationId ? undefined : makeOrganisation();
  const prog = over.programmeId ? undefined : makeProgramme();
  return db
    .insert(schema.cohorts)
    .values({
      organisationId: org?.id ?? over.organisationId!,
      programmeId: prog?.id ?? over.programmeId!,
      name: `Kohort ${next()}`,
      startDate: "2026-06-29",
      ...over,
    })
    .returning()
    .get();
}

export function addMember(cohortId: number, userId: number, role: "participant" | "owner") {
  db.insert(schema.memberships).values({ cohortId, userId, role }).run();
}

/** A request carrying the session cookie for a token, as a browser would send it. */
export async function requestAs(token: string | null, url = "http://localhost/", init: RequestInit = {}) {
  const { sessionCookie } = await import("~/utils/session.server");
  const headers = new Headers(init.headers);
  if (token) headers.set("Cookie", (await sessionCookie.serialize(token)).split(";")[0]!);
  return new Request(url, { ...init, headers });
}

/** A cohort that started 29 June 2026 (so 22 Nov 2026 is week 21) with participants, paired as given. */
export async function cohortWithPairs(groups: number[][], opts: { fromWeek?: number; toWeek?: number } = {}) {
  const cohort = makeCohort({ startDate: "2026-06-29" });
  const count = Math.max(...groups.flat());
  const people: SessionUser[] = [];
  for (let i = 0; i < count; i++) {
    const u = await makeUser();
    addMember(cohort.id, u.id, "participant");
    people.push(u);
  }
  for (const group of groups) {
    const p = db
      .insert(schema.partnerships)
      .values({
        cohortId: cohort.id,
        fromWeek: opts.fromWeek ?? 14,
        toWeek: opts.toWeek ?? 26,
        publishedAt: new Date("2026-09-28T08:00:00Z"),
      })
      .returning()
      .get();
    for (const n of group)
      db.insert(schema.partnershipMembers)
        .values({ partnershipId: p.id, userId: people[n - 1]!.id })
        .run();
  }
  return { cohort, people };
}
