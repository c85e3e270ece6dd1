// Training partners: the current pairing (or trio), earlier ones, and when the next conversation
// is due. The conversations themselves are in check-in.server.ts.
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, type SQL, sql } from "drizzle-orm";

import type { Participation } from "~/models/cohort.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import { db, schema } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";
import { addDays, weekStartDate } from "~/utils/programme-time";
import { dueOutsideHolidays } from "~/utils/year-plan";

const { partnerships, partnershipMembers: members, checkIns, users } = schema;

function membersOf(partnershipIds: number[]) {
  if (!partnershipIds.length) return [];
  return db
    .select({ partnershipId: members.partnershipId, userId: users.id, name: users.name, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(inArray(members.partnershipId, partnershipIds))
    .orderBy(asc(users.name))
    .all();
}

/** This participant's published pairings in their cohort that meet `when`, as plain rows. */
function publishedPairings(userId: number, participation: Participation, when: SQL | undefined) {
  return db
    .select({ id: partnerships.id, fromWeek: partnerships.fromWeek, toWeek: partnerships.toWeek })
    .from(partnerships)
    .innerJoin(members, and(eq(members.partnershipId, partnerships.id), eq(members.userId, userId)))
    .where(and(eq(partnerships.cohortId, participation.cohort.id), isNotNull(partnerships.publishedAt), when));
}

/** The published partnership this participant is in during a programme week, with the others in it. */
export type CurrentPartnership = NonNullable<ReturnType<typeof currentPartnership>>;

export function currentPartnership(userId: number, participation: Participation, week = participation.clock.currentWeek) {
  const row = publishedPairings(userId, participation, and(lte(partnerships.fromWeek, week), gte(partnerships.toWeek, week))).get();
  if (!row) return null;
  const partners = membersOf([row.id]).filter((m) => m.userId !== userId);
  return {
    ...row,
    partners,
    startsOn: weekStartDate(participation.cohort.startDate, row.fromWeek),
    endsOn: addDays(weekStartDate(participation.cohort.startDate, row.toWeek), 6),
  };
}

/** The next published pairing after the current week, as soon as the owner has published it. */
export function nextPartnership(userId: number, participation: Participation) {
  const row = publishedPairings(userId, participation, sql`${partnerships.fromWeek} > ${participation.clock.currentWeek}`)
    .orderBy(asc(partnerships.fromWeek))
    .get();
  if (!row) return null;
  return {
    ...row,
    partners: membersOf([row.id])
      .filter((m) => m.userId !== userId)
      .map((m) => m.name),
    startsOn: weekStartDate(participation.cohort.startDate, row.fromWeek),
  };
}

/** Earlier pairings of this participant in the cohort (names and periods only). */
export function earlierPartnerships(userId: number, participation: Participation) {
  const rows = publishedPairings(userId, participation, sql`${partnerships.toWeek} < ${participation.clock.currentWeek}`)
    .orderBy(desc(partnerships.fromWeek))
    .all();
  const people = membersOf(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, partners: people.filter((p) => p.partnershipId === r.id && p.userId !== userId).map((p) => p.name) }));
}

export type CheckInStatus = { lastHeldOn: string | null; dueOn: string; state: "ok" | "due" | "overdue" };

/**
 * When the next conversation is due: every n weeks (programme cadence) after the last one or the pairing's start, never in a
 * holiday week. `cohort` is the pairing's own cohort, which every caller already has from the participation.
 */
export function checkInStatus(
  partnership: { id: number; startsOn: string },
  cohort: { id: number; startDate: string },
  today: string,
): CheckInStatus {
  const every = getProgramme().arc.checkInEveryWeeks;
  const last =
    db
      .select({ d: sql<string | null>`max(${checkIns.heldOn})` })
      .from(checkIns)
      .where(eq(checkIns.partnershipId, partnership.id))
      .get()?.d ?? null;
  const cadence = addDays(last ?? partnership.startsOn, every * 7 - (last ? 0 : 1));
  const dueOn = dueOutsideHolidays(cohortWeekPlan(cohort), cadence);
  const endOfThisWeek = addDays(today, 6 - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
  const state = dueOn < today ? "overdue" : dueOn <= endOfThisWeek ? "due" : "ok";
  return { lastHeldOn: last, dueOn, state };
}
