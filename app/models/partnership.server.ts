// Training partners: the current pairing (or trio), its shared check-in log, and when the next
// conversation is due. Check-ins are readable by the partnership's members only.
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";

import type { Participation } from "~/models/cohort.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";
import { addDays, weekStartDate } from "~/utils/programme-time";

const { partnerships, partnershipMembers: members, checkIns, checkInResponses: responses, users } = schema;

export type CheckInFormat = "in_person" | "video" | "phone";
export type CheckInInput = { heldOn: string; minutes: number; format: CheckInFormat; topics: string[]; notes: string; nextSteps: string };

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

/** The published partnership this participant is in during a programme week, with the others in it. */
export function currentPartnership(userId: number, participation: Participation, week = participation.clock.currentWeek) {
  const row = db
    .select({ id: partnerships.id, fromWeek: partnerships.fromWeek, toWeek: partnerships.toWeek })
    .from(partnerships)
    .innerJoin(members, and(eq(members.partnershipId, partnerships.id), eq(members.userId, userId)))
    .where(
      and(
        eq(partnerships.cohortId, participation.cohort.id),
        isNotNull(partnerships.publishedAt),
        lte(partnerships.fromWeek, week),
        gte(partnerships.toWeek, week),
      ),
    )
    .get();
  if (!row) return null;
  const partners = membersOf([row.id]).filter((m) => m.userId !== userId);
  return {
    ...row,
    partners,
    startsOn: weekStartDate(participation.cohort.startDate, row.fromWeek),
    endsOn: addDays(weekStartDate(participation.cohort.startDate, row.toWeek), 6),
  };
}

/** Earlier pairings of this participant in the cohort (names and periods only). */
export function earlierPartnerships(userId: number, participation: Participation) {
  const rows = db
    .select({ id: partnerships.id, fromWeek: partnerships.fromWeek, toWeek: partnerships.toWeek })
    .from(partnerships)
    .innerJoin(members, and(eq(members.partnershipId, partnerships.id), eq(members.userId, userId)))
    .where(
      and(
        eq(partnerships.cohortId, participation.cohort.id),
        isNotNull(partnerships.publishedAt),
        sql`${partnerships.toWeek} < ${participation.clock.currentWeek}`,
      ),
    )
    .orderBy(desc(partnerships.fromWeek))
    .all();
  const people = membersOf(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, partners: people.filter((p) => p.partnershipId === r.id && p.userId !== userId).map((p) => p.name) }));
}

export function listCheckIns(partnershipId: number) {
  const rows = db
    .select({
      id: checkIns.id,
      authorId: checkIns.authorId,
      authorName: users.name,
      heldOn: checkIns.heldOn,
      minutes: checkIns.minutes,
      format: checkIns.format,
      topics: checkIns.topics,
      notes: checkIns.notes,
      nextSteps: checkIns.nextSteps,
      createdAt: checkIns.createdAt,
    })
    .from(checkIns)
    .leftJoin(users, eq(users.id, checkIns.authorId))
    .where(eq(checkIns.partnershipId, partnershipId))
    .orderBy(desc(checkIns.heldOn), desc(checkIns.id))
    .all();
  const resp = rows.length
    ? db
        .select({
          checkInId: responses.checkInId,
          userId: responses.userId,
          name: users.name,
          confirmedAt: responses.confirmedAt,
          reflection: responses.reflection,
        })
        .from(responses)
        .innerJoin(users, eq(users.id, responses.userId))
        .where(
          inArray(
            responses.checkInId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((r) => ({ ...r, topics: JSON.parse(r.topics) as string[], responses: resp.filter((x) => x.checkInId === r.id) }));
}

export type CheckInStatus = { lastHeldOn: string | null; dueOn: string; state: "ok" | "due" | "overdue" };

/** When the next conversation is due: every n weeks (programme cadence) after the last one or the pairing's start. */
export function checkInStatus(partnership: { id: number; startsOn: string }, today: string): CheckInStatus {
  const every = getProgramme().arc.checkInEveryWeeks;
  const last =
    db
      .select({ d: sql<string | null>`max(${checkIns.heldOn})` })
      .from(checkIns)
      .where(eq(checkIns.partnershipId, partnership.id))
      .get()?.d ?? null;
  const dueOn = addDays(last ?? partnership.startsOn, every * 7 - (last ? 0 : 1));
  const endOfThisWeek = addDays(today, 6 - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
  const state = dueOn < today ? "overdue" : dueOn <= endOfThisWeek ? "due" : "ok";
  return { lastHeldOn: last, dueOn, state };
}

export type CheckInRefusal = "no-partnership" | "future-date" | "before-pairing" | "unknown-topic";

export function validTopics(): Set<string> {
  const p = getProgramme();
  return new Set([...p.modules.map((m) => `module:${m.slug}`), ...[...p.challenges.keys()].map((s) => `challenge:${s}`)]);
}

/** Logs a conversation in the current partnership. An identical re-submission returns the existing entry. */
export function logCheckIn(
  userId: number,
  participation: Participation,
  input: CheckInInput,
  now = clock.now(),
): { ok: true; id: number } | { ok: false; reason: CheckInRefusal } {
  const partnership = currentPartnership(userId, participation);
  if (!partnership) return { ok: false, reason: "no-partnership" };
  if (input.heldOn > participation.clock.today) return { ok: false, reason: "future-date" };
  if (input.heldOn < partnership.startsOn) return { ok: false, reason: "before-pairing" };
  const known = validTopics();
  if (input.topics.some((t) => !known.has(t))) return { ok: false, reason: "unknown-topic" };
  return db.transaction((tx) => {
    const same = tx
      .select({ id: checkIns.id })
      .from(checkIns)
      .where(
        and(
          eq(checkIns.partnershipId, partnership.id),
          eq(checkIns.authorId, userId),
          eq(checkIns.heldOn, input.heldOn),
          eq(checkIns.notes, input.notes),
          eq(checkIns.minutes, input.minutes),
        ),
      )
      .get();
    if (same) return { ok: true as const, id: same.id };
    const row = tx
      .insert(checkIns)
      .values({
        partnershipId: partnership.id,
        authorId: userId,
        heldOn: input.heldOn,
        minutes: input.minutes,
        format: input.format,
        topics: JSON.stringify(input.topics),
        notes: input.notes,
        nextSteps: input.nextSteps,
        createdAt: now,
      })
      .returning({ id: checkIns.id })
      .get();
    return { ok: true as const, id: row.id };
  });
}

/** The other partner confirms a logged conversation and may add their own reflection. */
export function confirmCheckIn(userId: number, checkInId: number, reflection: string, now = clock.now()): boolean {
  const row = db
    .select({ authorId: checkIns.authorId })
    .from(checkIns)
    .innerJoin(members, and(eq(members.partnershipId, checkIns.partnershipId), eq(members.userId, userId)))
    .where(eq(checkIns.id, checkInId))
    .get();
  if (!row || row.authorId === userId) return false;
  db.insert(responses)
    .values({ checkInId, userId, confirmedAt: now, reflection })
    .onConflictDoUpdate({ target: [responses.checkInId, responses.userId], set: { reflection } })
    .run();
  return true;
}
