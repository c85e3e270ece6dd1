// The owner's side of a samling on the day and before it: who is coming, a reminder to those who
// have not answered, cancelling it, and attendance — recorded only on or after the day, starting
// from «alle møtt».
import { and, eq, sql } from "drizzle-orm";

import { audit } from "~/models/audit.server";
import type { Cohort } from "~/models/cohort.server";
import { tellCohort } from "~/models/gathering.server";
import { notify } from "~/models/notify.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { calendarDate, formatDate, formatTime } from "~/utils/programme-time";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** The samling with this id, if it belongs to this cohort: an id of another cohort's samling finds nothing. */
function cohortGathering(tx: Tx | typeof db, cohortId: number, id: number) {
  return tx
    .select()
    .from(schema.gatherings)
    .where(and(eq(schema.gatherings.id, id), eq(schema.gatherings.cohortId, cohortId)))
    .get();
}

/** Attendance is about what happened: it can be recorded from the samling's first day on. */
export function attendanceOpen(cohort: Cohort, startsAt: Date, now = clock.now()) {
  return calendarDate(now, cohort.timeZone) >= calendarDate(startsAt, cohort.timeZone);
}

/** Who has answered what, by name, for the owner's list of who is coming. */
export function whoIsComing(cohortId: number, gatheringId: number) {
  const rows = db.all<{ name: string; rsvp: "attending" | "not_attending" | null }>(sql`
    select u.name, a.rsvp from memberships m join users u on u.id = m.user_id
    left join attendance a on a.gathering_id = ${gatheringId} and a.user_id = u.id
    where m.cohort_id = ${cohortId} and m.role = 'participant' and u.deactivated_at is null
    order by u.name collate nocase`);
  return {
    attending: rows.filter((r) => r.rsvp === "attending").map((r) => r.name),
    notAttending: rows.filter((r) => r.rsvp === "not_attending").map((r) => r.name),
    noAnswer: rows.filter((r) => !r.rsvp).map((r) => r.name),
  };
}

/**
 * A notice (and a mail, for those who want samling mail) to every participant who has not
 * answered. At most one a day per samling and person, whoever presses the button.
 */
export function remindNonResponders(actor: { id: number }, cohort: Cohort, gatheringId: number, now = clock.now()) {
  const g = cohortGathering(db, cohort.id, gatheringId);
  if (!g) return { ok: false as const, reason: "not-found" as const };
  if (g.cancelledAt) return { ok: false as const, reason: "cancelled" as const };
  if (g.startsAt.getTime() <= now.getTime()) return { ok: false as const, reason: "started" as const };
  const silent = db.all<{ id: number }>(sql`
    select u.id from memberships m join users u on u.id = m.user_id
    left join attendance a on a.gathering_id = ${gatheringId} and a.user_id = u.id
    where m.cohort_id = ${cohort.id} and m.role = 'participant' and a.rsvp is null and u.deactivated_at is null`);
  const day = calendarDate(now, cohort.timeZone);
  const when = `${formatDate(g.startsAt, "nb", cohort.timeZone)} ${formatTime(g.startsAt, cohort.timeZone)}`;
  db.transaction((tx) => {
    notify(
      tx,
      silent.map((p) => ({
        userId: p.id,
        kind: "samling_rsvp_reminder",
        dedupeKey: `samling-rsvp:${gatheringId}:${p.id}:${day}`,
        link: `/gatherings#samling-${gatheringId}`,
        titleKey: "samlingOwner.rsvpReminder",
        values: { title: g.title, when },
        mail: "samling" as const,
      })),
      now,
    );
    audit(tx, {
      actorId: actor.id,
      action: "gathering.rsvpReminder",
      subjectType: "cohort",
      subjectId: cohort.id,
      detail: { gatheringId, count: silent.length },
    });
  });
  return { ok: true as const, count: silent.length };
}

/** «Alle møtt»: everyone not yet recorded is marked present, except who said no (then «meldt forfall»). */
export function markAllAttended(actor: { id: number }, cohort: Cohort, gatheringId: number, now = clock.now()) {
  const g = cohortGathering(db, cohort.id, gatheringId);
  if (!g) return { ok: false as const, reason: "not-found" as const };
  if (g.cancelledAt) return { ok: false as const, reason: "cancelled" as const };
  if (!attendanceOpen(cohort, g.startsAt, now)) return { ok: false as const, reason: "too-early" as const };
  return db.transaction((tx) => {
    const people = tx.all<{ id: number; rsvp: string | null; status: string | null }>(sql`
      select m.user_id as id, a.rsvp, a.status from memberships m
      left join attendance a on a.gathering_id = ${gatheringId} and a.user_id = m.user_id
      where m.cohort_id = ${cohort.id} and m.role = 'participant'`);
    let count = 0;
    for (const p of people.filter((x) => !x.status)) {
      const status = p.rsvp === "not_attending" ? ("excused" as const) : ("attended" as const);
      tx.insert(schema.attendance)
        .values({ gatheringId, userId: p.id, status, updatedAt: now })
        .onConflictDoUpdate({ target: [schema.attendance.gatheringId, schema.attendance.userId], set: { status, updatedAt: now } })
        .run();
      count++;
    }
    audit(tx, {
      actorId: actor.id,
      action: "attendance.record",
      subjectType: "cohort",
      subjectId: cohort.id,
      detail: { gatheringId, count },
    });
    return { ok: true as const, count };
  });
}

/**
 * Cancels a samling that has not ended: it stays on every calendar as CANCELLED with a higher
 * SEQUENCE (ADR 024), answers and attendance close, and every participant gets one notice (and a
 * mail, for those who want samling mail) with the owner's message. Twice is once.
 */
export function cancelGathering(actor: { id: number }, cohort: Cohort, gatheringId: number, message: string, now = clock.now()) {
  return db.transaction((tx) => {
    const g = cohortGathering(tx, cohort.id, gatheringId);
    if (!g) return { ok: false as const, reason: "not-found" as const };
    if (g.cancelledAt) return { ok: false as const, reason: "cancelled" as const };
    if (g.endsAt.getTime() <= now.getTime()) return { ok: false as const, reason: "held" as const };
    tx.update(schema.gatherings)
      .set({ cancelledAt: now, cancelNote: message, sequence: g.sequence + 1, updatedAt: now })
      .where(eq(schema.gatherings.id, gatheringId))
      .run();
    audit(tx, { actorId: actor.id, action: "gathering.cancel", subjectType: "cohort", subjectId: cohort.id, detail: { gatheringId } });
    tellCohort(tx, cohort, {
      kind: "samling_cancelled",
      titleKey: "notices.samlingCancelled",
      key: `samling-cancelled:${gatheringId}`,
      gatheringId,
      values: { title: g.title },
      startsAt: g.startsAt,
      detail: message || undefined,
    });
    return { ok: true as const };
  });
}
