// The people of the authorization matrix. The demo has one cohort; the matrix also needs someone in
// another cohort and the owner of another cohort, in another organisation, so this adds them to the
// e2e database (the server sees them at once: it is the same SQLite file). Idempotent.
import Database from "better-sqlite3";
import { and, desc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";

import { getProgramme, weekPlan } from "../../app/utils/programme.server";
import * as schema from "../../db/schema";

export type Actor = "anonymous" | "A" | "B" | "C" | "ownerA" | "ownerB" | "admin";

export const ACTORS: Record<Actor, { email: string | null; who: string }> = {
  anonymous: { email: null, who: "not signed in" },
  A: { email: "deltaker01@demo.example", who: "participant A, whose ids are in the URLs" },
  B: { email: "deltaker02@demo.example", who: "A's training partner" },
  C: { email: "deltaker.c@annen.example", who: "a participant in another cohort" },
  ownerA: { email: "programeier@demo.example", who: "the owner of A's cohort" },
  ownerB: { email: "programeier.b@annen.example", who: "the owner of another cohort" },
  admin: { email: "admin@demo.example", who: "an administrator" },
};

export type World = {
  cohortId: number;
  userId: number;
  entryId: number;
  gatheringId: number;
  noticeId: number;
  /** A team measurement participant A runs. */
  pulseId: number;
  week: number;
  slug: string;
  // A's cohort's organisation (its SSO settings are an admin's page).
  organisationId: number;
  // The same kinds of ids from the other cohort, for URLs that mix an owned cohort with a foreign id.
  otherCohortId: number;
  otherUserId: number;
  otherEntryId: number;
  otherGatheringId: number;
};

/** `now` is the server's clock (the pinned test instant), so the world's dates fit its demo. */
export function buildWorld(databasePath: string, now: Date): World {
  const sqlite = new Database(databasePath);
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema });
  const { users, cohorts, memberships, organisations, partnerships, partnershipMembers, gatherings, journalEntries, notices } = schema;
  try {
    return db.transaction((tx) => {
      const a = tx.select().from(users).where(eq(users.email, ACTORS.A.email!)).get()!;
      const homeMembership = tx
        .select()
        .from(memberships)
        .where(and(eq(memberships.userId, a.id), eq(memberships.role, "participant")))
        .get()!;
      const home = tx.select().from(cohorts).where(eq(cohorts.id, homeMembership.cohortId)).get()!;

      let other = tx.select().from(cohorts).where(eq(cohorts.name, "Kull Vest")).get();
      if (!other) {
        const org = tx.insert(organisations).values({ name: "Annen kommune" }).returning().get();
        other = tx
          .insert(cohorts)
          .values({ organisationId: org.id, programmeId: home.programmeId, name: "Kull Vest", startDate: home.startDate })
          .returning()
          .get();
        // Same password as the demo people, so the test signs everyone in the same way.
        const person = (email: string, name: string) =>
          tx.insert(users).values({ email, name, passwordHash: a.passwordHash }).returning().get();
        const c = person(ACTORS.C.email!, "Cecilie Vest");
        const d = person("deltaker.d@annen.example", "Didrik Vest");
        const ownerB = person(ACTORS.ownerB.email!, "Oda Vest");
        tx.insert(memberships)
          .values([
            { cohortId: other.id, userId: c.id, role: "participant" },
            { cohortId: other.id, userId: d.id, role: "participant" },
            { cohortId: other.id, userId: ownerB.id, role: "owner" },
          ])
          .run();
        const pair = tx.insert(partnerships).values({ cohortId: other.id, fromWeek: 14, toWeek: 26, publishedAt: now }).returning().get();
        tx.insert(partnershipMembers)
          .values([
            { partnershipId: pair.id, userId: c.id },
            { partnershipId: pair.id, userId: d.id },
          ])
          .run();
        const in30Days = now.getTime() + 30 * 86_400_000;
        tx.insert(gatherings)
          .values({ cohortId: other.id, title: "Samling Vest", startsAt: new Date(in30Days), endsAt: new Date(in30Days + 7 * 3_600_000) })
          .run();
        tx.insert(journalEntries)
          .values({ userId: c.id, cohortId: other.id, title: "Cs tanke", body: "Cs private tekst.", updatedAt: now })
          .run();
      }

      const entry = tx.select().from(journalEntries).where(eq(journalEntries.userId, a.id)).orderBy(desc(journalEntries.id)).get()!;
      const gathering = tx.select().from(gatherings).where(eq(gatherings.cohortId, home.id)).orderBy(desc(gatherings.startsAt)).get()!;
      // A notice of its own (not whichever the scheduler happened to make first), so its link is known.
      const notice =
        tx
          .select()
          .from(notices)
          .where(eq(notices.dedupeKey, `matrix:${a.id}`))
          .get() ??
        tx
          .insert(notices)
          .values({ userId: a.id, dedupeKey: `matrix:${a.id}`, kind: "checkin_logged", title: "Samtale logget", link: "/partner" })
          .returning()
          .get();
      // A's pair has agreed its next conversation, so its .ics is there for A and B and nobody else.
      const pairOfA = tx
        .select({ id: partnerships.id })
        .from(partnerships)
        .innerJoin(partnershipMembers, eq(partnershipMembers.partnershipId, partnerships.id))
        .where(and(eq(partnershipMembers.userId, a.id), eq(partnerships.fromWeek, 14)))
        .get()!;
      tx.insert(schema.nextTalks)
        .values({
          partnershipId: pairOfA.id,
          proposedBy: a.id,
          startsAt: new Date(now.getTime() + 3 * 86_400_000),
          minutes: 45,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .run();
      const pulse =
        tx
          .select({ id: schema.pulses.id })
          .from(schema.pulses)
          .where(eq(schema.pulses.leaderId, a.id))
          .orderBy(desc(schema.pulses.id))
          .get() ??
        tx
          .insert(schema.pulses)
          .values({
            cohortId: home.id,
            leaderId: a.id,
            instrument: "teamets-psykologiske-trygghet",
            occasion: "start",
            mode: "link",
            token: "m".repeat(32),
            closesOn: "2099-12-31",
          })
          .returning({ id: schema.pulses.id })
          .get();
      const c = tx.select().from(users).where(eq(users.email, ACTORS.C.email!)).get()!;
      const cEntry = tx.select().from(journalEntries).where(eq(journalEntries.userId, c.id)).get()!;
      const cGathering = tx.select().from(gatherings).where(eq(gatherings.cohortId, other.id)).get()!;
      return {
        cohortId: home.id,
        userId: a.id,
        entryId: entry.id,
        gatheringId: gathering.id,
        noticeId: notice.id,
        pulseId: pulse.id,
        // A past week that has a challenge in this cohort's plan (at some instants week 20 is Christmas).
        week: weekPlan(getProgramme(), home.startDate)
          .filter((w) => w.challengeSlug && w.week <= 20)
          .at(-1)!.week,
        slug: "psykologisk-trygghet",
        organisationId: home.organisationId,
        otherCohortId: other.id,
        otherUserId: c.id,
        otherEntryId: cEntry.id,
        otherGatheringId: cGathering.id,
      };
    });
  } finally {
    sqlite.close();
  }
}
