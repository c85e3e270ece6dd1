// Samlinger as a participant sees them: the cohort's gatherings, their answer (kommer / kommer
// ikke, with an apology), and afterwards the attendance the owner recorded.
import { and, asc, eq, sql } from "drizzle-orm";

import { audit } from "~/models/audit.server";
import type { Cohort, Participation } from "~/models/cohort.server";
import { notify } from "~/models/notify.server";
import { deadlinePassed, SUGGESTED_DEADLINE_DAYS } from "~/models/samling-deadline.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";
import { addDays, calendarDate, formatTime, weekStartDate, zonedInstant } from "~/utils/programme-time";

const { gatherings, attendance } = schema;

export function listGatherings(userId: number, participation: Participation) {
  return db
    .select({
      id: gatherings.id,
      title: gatherings.title,
      startsAt: gatherings.startsAt,
      endsAt: gatherings.endsAt,
      place: gatherings.place,
      agenda: gatherings.agenda,
      practical: gatherings.practical,
      onlineUrl: gatherings.onlineUrl,
      rsvpDeadline: gatherings.rsvpDeadline,
      cancelledAt: gatherings.cancelledAt,
      cancelNote: gatherings.cancelNote,
      plannedKey: gatherings.plannedKey,
      rsvp: attendance.rsvp,
      apology: attendance.apology,
      status: attendance.status,
    })
    .from(gatherings)
    .leftJoin(attendance, and(eq(attendance.gatheringId, gatherings.id), eq(attendance.userId, userId)))
    .where(eq(gatherings.cohortId, participation.cohort.id))
    .orderBy(asc(gatherings.startsAt))
    .all();
}

/** The participant's samlinger as they look ahead: the coming ones soonest first, then those held, latest first. */
export function gatheringsAhead(userId: number, participation: Participation, now = clock.now()) {
  const zone = participation.cohort.timeZone;
  const all = listGatherings(userId, participation).map((g) => ({
    ...g,
    held: g.endsAt.getTime() <= now.getTime(),
    deadlinePassed: deadlinePassed(g.rsvpDeadline, zone, now),
  }));
  return [...all.filter((g) => !g.held), ...all.filter((g) => g.held).reverse()];
}

/** The next samling that will take place (a cancelled one is not "next"). */
export function nextGathering(userId: number, participation: Participation, now = clock.now()) {
  return listGatherings(userId, participation).find((g) => g.endsAt.getTime() > now.getTime() && !g.cancelledAt) ?? null;
}

export type RsvpResult = { ok: true } | { ok: false; reason: "not-found" | "already-held" | "cancelled" };

/** Answers the invitation to one of the cohort's gatherings; another cohort's gathering is not found. */
export function answerGathering(
  userId: number,
  participation: Participation,
  gatheringId: number,
  attending: boolean,
  apology: string | null,
  now = clock.now(),
): RsvpResult {
  const g = db
    .select()
    .from(gatherings)
    .where(and(eq(gatherings.id, gatheringId), eq(gatherings.cohortId, participation.cohort.id)))
    .get();
  if (!g) return { ok: false, reason: "not-found" };
  if (g.cancelledAt) return { ok: false, reason: "cancelled" };
  if (g.endsAt.getTime() <= now.getTime()) return { ok: false, reason: "already-held" };
  const values = {
    rsvp: attending ? ("attending" as const) : ("not_attending" as const),
    apology: attending ? null : apology,
    updatedAt: now,
  };
  db.insert(attendance)
    .values({ gatheringId, userId, ...values })
    .onConflictDoUpdate({ target: [attendance.gatheringId, attendance.userId], set: values })
    .run();
  return { ok: true };
}

// ——— For programme owners ———

export type GatheringInput = {
  title: string;
  date: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  agenda: string;
  // The form always sends these; callers that only set the dates may leave them out.
  practical?: string;
  onlineUrl?: string;
  /** YYYY-MM-DD, or "" for no deadline. */
  rsvpDeadline?: string;
  plannedKey?: string | null;
};

export type GatheringRefusal = "ends-before-start" | "deadline-after-start";

/** The programme's planned samlinger not yet on this cohort's calendar, with proposed dates (Wednesday of the planned week, 09:00–16:00). */
export function plannedNotCreated(cohort: Cohort) {
  const existing = new Set(
    db
      .select({ k: gatherings.plannedKey })
      .from(gatherings)
      .where(eq(gatherings.cohortId, cohort.id))
      .all()
      .map((r) => r.k),
  );
  // The samling's week in this cohort's plan: its preferred week, or the nearest of its window outside the holidays.
  const plan = cohortWeekPlan(cohort);
  return getProgramme()
    .arc.samlinger.filter((s) => !existing.has(s.key))
    .map((s) => {
      const week = plan.find((w) => w.pause?.kind === "samling" && w.pause.key === s.key)?.week ?? s.week;
      const date = addDays(weekStartDate(cohort.startDate, week), 2);
      return {
        key: s.key,
        week,
        title: s.title,
        purpose: s.purpose,
        date,
        endDate: addDays(date, s.days - 1),
        // A suggestion the owner can clear: two weeks to answer leaves time to book rooms and food.
        rsvpDeadline: addDays(date, -SUGGESTED_DEADLINE_DAYS),
        startTime: "09:00",
        endTime: "16:00",
      };
    });
}

export function listCohortGatherings(cohortId: number) {
  return db.all<{
    id: number;
    title: string;
    startsAt: number;
    endsAt: number;
    place: string;
    agenda: string;
    plannedKey: string | null;
    rsvpDeadline: string | null;
    cancelledAt: number | null;
    attending: number;
    notAttending: number;
    attended: number;
    excused: number;
    absent: number;
  }>(sql`
    select g.id, g.title, g.starts_at as startsAt, g.ends_at as endsAt, g.place, g.agenda, g.planned_key as plannedKey,
      g.rsvp_deadline as rsvpDeadline, g.cancelled_at as cancelledAt,
      coalesce(sum(a.rsvp = 'attending'), 0) as attending, coalesce(sum(a.rsvp = 'not_attending'), 0) as notAttending,
      coalesce(sum(a.status = 'attended'), 0) as attended, coalesce(sum(a.status = 'excused'), 0) as excused, coalesce(sum(a.status = 'absent'), 0) as absent
    from gatherings g left join attendance a on a.gathering_id = g.id
    where g.cohort_id = ${cohortId} group by g.id order by g.starts_at`);
}

/** Which field a refused date belongs next to, for the form. */
export function refusalErrors(reason: GatheringRefusal): Record<string, string[]> {
  return reason === "deadline-after-start" ? { rsvpDeadline: ["errors.deadlineAfterStart"] } : { endTime: ["errors.endsBeforeStart"] };
}

function instants(cohort: Cohort, input: GatheringInput) {
  const startsAt = zonedInstant(input.date, input.startTime, cohort.timeZone);
  const endsAt = zonedInstant(input.endDate, input.endTime, cohort.timeZone);
  return { startsAt, endsAt };
}

/** Dates that cannot be: the end before the start, or a deadline after the samling's first day. */
function refusal(input: GatheringInput, startsAt: Date, endsAt: Date): GatheringRefusal | null {
  if (endsAt <= startsAt) return "ends-before-start";
  if (input.rsvpDeadline && input.rsvpDeadline > input.date) return "deadline-after-start";
  return null;
}

const details = (input: GatheringInput) => ({
  place: input.place,
  agenda: input.agenda,
  practical: input.practical ?? "",
  onlineUrl: input.onlineUrl ?? "",
  rsvpDeadline: input.rsvpDeadline || null,
});

/** A notice (and mail, for those who want samling mails) to every participant of the cohort. */
export function tellCohort(
  tx: Parameters<Parameters<typeof db.transaction>[0]>[0],
  cohort: Cohort,
  e: {
    kind: "samling_added" | "samling_moved" | "samling_cancelled";
    titleKey: string;
    key: string;
    gatheringId: number;
    values: Record<string, string>;
    startsAt: Date;
    detail?: string;
  },
) {
  const participants = tx
    .select({ userId: schema.memberships.userId })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.cohortId, cohort.id), eq(schema.memberships.role, "participant")))
    .all();
  notify(
    tx,
    participants.map((p) => ({
      userId: p.userId,
      kind: e.kind,
      dedupeKey: `${e.key}:${p.userId}`,
      link: `/gatherings#samling-${e.gatheringId}`,
      titleKey: e.titleKey,
      values: e.values,
      at: { instant: e.startsAt, timeZone: cohort.timeZone },
      mail: "samling" as const,
      detail: e.detail,
    })),
  );
}

export function createGathering(actor: { id: number }, cohort: Cohort, input: GatheringInput) {
  const { startsAt, endsAt } = instants(cohort, input);
  const refused = refusal(input, startsAt, endsAt);
  if (refused) return { ok: false as const, reason: refused };
  return db.transaction((tx) => {
    const g = tx
      .insert(gatherings)
      .values({
        cohortId: cohort.id,
        plannedKey: input.plannedKey ?? null,
        title: input.title,
        startsAt,
        endsAt,
        ...details(input),
      })
      .returning({ id: gatherings.id })
      .get();
    audit(tx, {
      actorId: actor.id,
      action: "gathering.create",
      subjectType: "cohort",
      subjectId: cohort.id,
      detail: { gatheringId: g.id },
    });
    tellCohort(tx, cohort, {
      kind: "samling_added",
      titleKey: "notices.samlingAdded",
      key: `samling-added:${g.id}`,
      gatheringId: g.id,
      values: { title: input.title },
      startsAt,
    });
    return { ok: true as const, id: g.id };
  });
}

/**
 * Saves the owner's changes. Every saved change raises the samling's SEQUENCE so calendars take
 * the new version; a new date, time or place is also news for every participant (notice + mail).
 * A cancelled samling is not edited any more.
 */
export function updateGathering(actor: { id: number }, cohort: Cohort, gatheringId: number, input: GatheringInput, now = clock.now()) {
  const { startsAt, endsAt } = instants(cohort, input);
  const refused = refusal(input, startsAt, endsAt);
  if (refused) return { ok: false as const, reason: refused };
  return db.transaction((tx) => {
    const before = tx
      .select()
      .from(gatherings)
      .where(and(eq(gatherings.id, gatheringId), eq(gatherings.cohortId, cohort.id)))
      .get();
    if (!before) return { ok: false as const, reason: "not-found" as const };
    if (before.cancelledAt) return { ok: false as const, reason: "cancelled" as const };
    const sequence = before.sequence + 1;
    tx.update(gatherings)
      .set({ title: input.title, startsAt, endsAt, ...details(input), sequence, updatedAt: now })
      .where(eq(gatherings.id, gatheringId))
      .run();
    const timeChanged = before.startsAt.getTime() !== startsAt.getTime() || before.endsAt.getTime() !== endsAt.getTime();
    const placeChanged = before.place !== input.place;
    audit(tx, {
      actorId: actor.id,
      action: timeChanged || placeChanged ? "gathering.move" : "gathering.update",
      subjectType: "cohort",
      subjectId: cohort.id,
      detail: { gatheringId, ...(timeChanged ? { from: before.startsAt.toISOString(), to: startsAt.toISOString() } : {}) },
    });
    // A corrected programme or link is not worth a mail; a new date, time or place is.
    if (timeChanged || placeChanged) {
      tellCohort(tx, cohort, {
        kind: "samling_moved",
        titleKey: timeChanged ? "notices.samlingMoved" : "notices.samlingNewPlace",
        key: `samling-moved:${gatheringId}:${sequence}`,
        gatheringId,
        values: { title: input.title, place: input.place || "–" },
        startsAt,
      });
    }
    return { ok: true as const };
  });
}

/** One gathering of the cohort with every participant's answer and recorded attendance. */
/** The gathering, if it belongs to this cohort; another cohort's gathering is not there. */
export function getCohortGathering(cohortId: number, gatheringId: number) {
  return (
    db
      .select()
      .from(gatherings)
      .where(and(eq(gatherings.id, gatheringId), eq(gatherings.cohortId, cohortId)))
      .get() ?? null
  );
}

export function gatheringRoster(cohortId: number, gatheringId: number) {
  const g = db
    .select()
    .from(gatherings)
    .where(and(eq(gatherings.id, gatheringId), eq(gatherings.cohortId, cohortId)))
    .get();
  if (!g) return null;
  const people = db.all<{
    userId: number;
    name: string;
    rsvp: string | null;
    apology: string | null;
    status: string | null;
    note: string | null;
  }>(sql`
    select u.id as userId, u.name, a.rsvp, a.apology, a.status, a.note
    from memberships m join users u on u.id = m.user_id
    left join attendance a on a.gathering_id = ${gatheringId} and a.user_id = u.id
    where m.cohort_id = ${cohortId} and m.role = 'participant' order by u.name collate nocase`);
  return { gathering: g, people };
}

export type AttendanceStatus = "attended" | "excused" | "absent";

/** Records attendance for several participants at once. Everyone named must be in this cohort. */
export function recordAttendance(
  actor: { id: number },
  cohortId: number,
  gatheringId: number,
  marks: { userId: number; status: AttendanceStatus | null; note: string }[],
  now = clock.now(),
) {
  return db.transaction((tx) => {
    const g = tx
      .select({ id: gatherings.id, startsAt: gatherings.startsAt, cancelledAt: gatherings.cancelledAt, timeZone: schema.cohorts.timeZone })
      .from(gatherings)
      .innerJoin(schema.cohorts, eq(schema.cohorts.id, gatherings.cohortId))
      .where(and(eq(gatherings.id, gatheringId), eq(gatherings.cohortId, cohortId)))
      .get();
    if (!g) return { ok: false as const, reason: "not-found" as const };
    if (g.cancelledAt) return { ok: false as const, reason: "cancelled" as const };
    // Attendance records what happened: not before the samling's first day.
    if (calendarDate(now, g.timeZone) < calendarDate(g.startsAt, g.timeZone)) return { ok: false as const, reason: "too-early" as const };
    const members = new Set(
      tx
        .select({ id: schema.memberships.userId })
        .from(schema.memberships)
        .where(and(eq(schema.memberships.cohortId, cohortId), eq(schema.memberships.role, "participant")))
        .all()
        .map((r) => r.id),
    );
    if (marks.some((m) => !members.has(m.userId))) return { ok: false as const, reason: "not-member" as const };
    for (const m of marks) {
      tx.insert(attendance)
        .values({ gatheringId, userId: m.userId, status: m.status, note: m.note || null, updatedAt: now })
        .onConflictDoUpdate({
          target: [attendance.gatheringId, attendance.userId],
          set: { status: m.status, note: m.note || null, updatedAt: now },
        })
        .run();
    }
    audit(tx, {
      actorId: actor.id,
      action: "attendance.record",
      subjectType: "cohort",
      subjectId: cohortId,
      detail: { gatheringId, count: marks.length },
    });
    return { ok: true as const };
  });
}

/** Form values for editing a gathering, in the cohort's time zone. */
export function gatheringFormValues(
  g: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    place: string;
    agenda: string;
    practical: string;
    onlineUrl: string;
    rsvpDeadline: string | null;
  },
  timeZone: string,
) {
  return {
    title: g.title,
    date: calendarDate(g.startsAt, timeZone),
    startTime: formatTime(g.startsAt, timeZone),
    endDate: calendarDate(g.endsAt, timeZone),
    endTime: formatTime(g.endsAt, timeZone),
    place: g.place,
    agenda: g.agenda,
    practical: g.practical,
    onlineUrl: g.onlineUrl,
    rsvpDeadline: g.rsvpDeadline ?? "",
  };
}
