// What owners of a cohort do about the people on the follow-up list: a short reminder by e-mail,
// a note for themselves, a status (leave, pause, left) for a range of dates. Notes and statuses are
// the owners' own records: every function here takes the cohort the owner was let into by
// requireCohortOwner, and nothing here is read by any participant page or export.
import { and, asc, desc, eq, gte, sql } from "drizzle-orm";

import type { Lng } from "~/i18n";
import { audit } from "~/models/audit.server";
import type { Cohort } from "~/models/cohort.server";
import { enqueueMail } from "~/models/outbox.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { translator } from "~/utils/i18n.server";
import { addDays, calendarDate, programmeClock, weekStartDate } from "~/utils/programme-time";

const { ownerNotes, participantStatuses, followUpReminders, memberships, users } = schema;

export type StatusKind = "leave" | "pause" | "left";
export type StatusRange = { id: number; kind: StatusKind; fromDate: string; toDate: string | null };

/** Reminders a person gets from the follow-up list: one a week, a second only when the owner confirms. */
export const REMINDER_INTERVAL_DAYS = 7;
export const NOTE_MAX = 2_000;

/** Whether someone takes part in this cohort (the only people the follow-up actions apply to). */
export function isParticipant(cohortId: number, userId: number) {
  return !!db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.cohortId, cohortId), eq(memberships.userId, userId), eq(memberships.role, "participant")))
    .get();
}

/** Every status of the cohort's participants, by person, oldest first. */
export function statusesByPerson(cohortId: number): Map<number, StatusRange[]> {
  const rows = db
    .select({
      id: participantStatuses.id,
      userId: participantStatuses.userId,
      kind: participantStatuses.kind,
      fromDate: participantStatuses.fromDate,
      toDate: participantStatuses.toDate,
    })
    .from(participantStatuses)
    .where(eq(participantStatuses.cohortId, cohortId))
    .orderBy(asc(participantStatuses.fromDate), asc(participantStatuses.id))
    .all();
  const map = new Map<number, StatusRange[]>();
  for (const { userId, ...r } of rows) map.set(userId, [...(map.get(userId) ?? []), r]);
  return map;
}

/** The status that covers a calendar date, if any. */
export function statusOn(ranges: StatusRange[] | undefined, date: string): StatusRange | null {
  return ranges?.find((r) => r.fromDate <= date && (r.toDate === null || r.toDate >= date)) ?? null;
}

/** Whether any day of a programme week falls under a status: that week is not counted for the person. */
export function awayInWeek(ranges: StatusRange[] | undefined, startDate: string, week: number): boolean {
  if (!ranges?.length) return false;
  const from = weekStartDate(startDate, week);
  const to = addDays(from, 6);
  return ranges.some((r) => r.fromDate <= to && (r.toDate === null || r.toDate >= from));
}

// ——— Notes ———

export function listNotes(cohortId: number, userId: number) {
  return db
    .select({ id: ownerNotes.id, body: ownerNotes.body, createdAt: ownerNotes.createdAt, author: users.name })
    .from(ownerNotes)
    .leftJoin(users, eq(users.id, ownerNotes.authorId))
    .where(and(eq(ownerNotes.cohortId, cohortId), eq(ownerNotes.userId, userId)))
    .orderBy(desc(ownerNotes.createdAt), desc(ownerNotes.id))
    .all();
}

export function addNote(actor: { id: number }, cohort: Cohort, userId: number, body: string, now = clock.now()) {
  if (!isParticipant(cohort.id, userId)) return false;
  return db.transaction((tx) => {
    const note = tx.insert(ownerNotes).values({ cohortId: cohort.id, userId, authorId: actor.id, body, createdAt: now }).returning().get();
    // The note's text stays out of the audit log: it says a note was written, not what.
    audit(tx, {
      actorId: actor.id,
      action: "followup.note",
      subjectType: "user",
      subjectId: userId,
      detail: { cohortId: cohort.id, noteId: note.id },
    });
    return true;
  });
}

// ——— Statuses ———

export function setStatus(
  actor: { id: number },
  cohort: Cohort,
  userId: number,
  input: { kind: StatusKind; fromDate: string; toDate: string | null },
  now = clock.now(),
) {
  if (!isParticipant(cohort.id, userId)) return false;
  return db.transaction((tx) => {
    const row = tx
      .insert(participantStatuses)
      .values({
        cohortId: cohort.id,
        userId,
        kind: input.kind,
        fromDate: input.fromDate,
        toDate: input.toDate,
        createdBy: actor.id,
        createdAt: now,
      })
      .returning()
      .get();
    audit(tx, {
      actorId: actor.id,
      action: "followup.status",
      subjectType: "user",
      subjectId: userId,
      detail: { cohortId: cohort.id, statusId: row.id, kind: input.kind, from: input.fromDate, to: input.toDate },
    });
    return true;
  });
}

export function removeStatus(actor: { id: number }, cohort: Cohort, userId: number, statusId: number) {
  return db.transaction((tx) => {
    const res = tx
      .delete(participantStatuses)
      .where(and(eq(participantStatuses.id, statusId), eq(participantStatuses.cohortId, cohort.id), eq(participantStatuses.userId, userId)))
      .run();
    if (res.changes !== 1) return false;
    audit(tx, {
      actorId: actor.id,
      action: "followup.status-removed",
      subjectType: "user",
      subjectId: userId,
      detail: { cohortId: cohort.id, statusId },
    });
    return true;
  });
}

// ——— Reminders ———

/** The reminder text: the owner's template when the cohort has one, else the default of the person's language. */
export function reminderText(cohort: Cohort, person: { name: string; locale: string }, owner: { name: string }) {
  const t = translator(person.locale as Lng);
  const template = cohort.reminderTemplate.trim() || t("followUp.reminder.defaultTemplate");
  const body = template.replaceAll("{navn}", person.name).replaceAll("{kohort}", cohort.name).replaceAll("{programeier}", owner.name);
  return {
    subject: t("followUp.reminder.subject", { cohort: cohort.name }),
    text: [body, `${appUrl()}/`, "—", t("mail.footer", { link: `${appUrl()}/settings#varsler` })].join("\n\n"),
  };
}

export function lastReminder(cohortId: number, userId: number) {
  return (
    db
      .select({ sentAt: followUpReminders.sentAt, by: users.name })
      .from(followUpReminders)
      .leftJoin(users, eq(users.id, followUpReminders.sentBy))
      .where(and(eq(followUpReminders.cohortId, cohortId), eq(followUpReminders.userId, userId)))
      .orderBy(desc(followUpReminders.sentAt))
      .get() ?? null
  );
}

export type ReminderResult = { ok: true } | { ok: false; reason: "not-found" | "recent"; lastSentAt?: Date };

/**
 * Queues a friendly reminder to one participant. A second one within a week needs `confirm`:
 * an owner clicking twice, or two owners on the same day, should not send two mails.
 */
export function sendReminder(
  actor: { id: number; name: string },
  cohort: Cohort,
  userId: number,
  confirm: boolean,
  now = clock.now(),
): ReminderResult {
  const person = db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, deactivatedAt: users.deactivatedAt })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.cohortId, cohort.id), eq(memberships.role, "participant")))
    .where(eq(users.id, userId))
    .get();
  if (!person || person.deactivatedAt) return { ok: false, reason: "not-found" };
  return db.transaction((tx) => {
    const since = new Date(now.getTime() - REMINDER_INTERVAL_DAYS * 86_400_000);
    const recent = tx
      .select({ sentAt: followUpReminders.sentAt })
      .from(followUpReminders)
      .where(and(eq(followUpReminders.cohortId, cohort.id), eq(followUpReminders.userId, userId), gte(followUpReminders.sentAt, since)))
      .orderBy(desc(followUpReminders.sentAt))
      .get();
    if (recent && !confirm) return { ok: false as const, reason: "recent" as const, lastSentAt: recent.sentAt };
    const row = tx.insert(followUpReminders).values({ cohortId: cohort.id, userId, sentBy: actor.id, sentAt: now }).returning().get();
    const mail = reminderText(cohort, person, actor);
    enqueueMail(
      tx,
      { kind: "follow_up_reminder", to: person.email, subject: mail.subject, text: mail.text, dedupeKey: `follow-up:${row.id}` },
      now,
    );
    audit(tx, {
      actorId: actor.id,
      action: "followup.reminder",
      subjectType: "user",
      subjectId: userId,
      detail: { cohortId: cohort.id, confirmedRepeat: !!recent },
    });
    return { ok: true as const };
  });
}

export function updateReminderTemplate(actor: { id: number }, cohort: Cohort, template: string) {
  return db.transaction((tx) => {
    tx.update(schema.cohorts).set({ reminderTemplate: template }).where(eq(schema.cohorts.id, cohort.id)).run();
    audit(tx, {
      actorId: actor.id,
      action: "followup.template",
      subjectType: "cohort",
      subjectId: cohort.id,
      detail: { length: template.length },
    });
  });
}

// ——— The participant page ———

/**
 * What the owners of a cohort see about one participant besides the figures: partners, contact,
 * answers to samlinger, their own notes and statuses. Null for anyone not a participant of it.
 * No text the participant wrote is read here (the apology for a samling is the one exception
 * owners already see on the samling page, and it is left out here too).
 */
export function participantDetail(cohort: Cohort, userId: number, viewer: { name: string }, now = clock.now()) {
  const person = db
    .select({ id: users.id, name: users.name, email: users.email, deactivatedAt: users.deactivatedAt })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.cohortId, cohort.id), eq(memberships.role, "participant")))
    .where(eq(users.id, userId))
    .get();
  if (!person) return null;
  const pc = programmeClock(cohort.startDate, now, cohort.timeZone);
  const week = pc.phase === "running" ? pc.currentWeek : pc.phase === "ended" ? 52 : 1;
  const partnerRows = db.all<{ fromWeek: number; toWeek: number; name: string; email: string }>(sql`
    select p.from_week as fromWeek, p.to_week as toWeek, u.name, u.email
    from partnerships p
    join partnership_members me on me.partnership_id = p.id and me.user_id = ${userId}
    join partnership_members other on other.partnership_id = p.id and other.user_id != ${userId}
    join users u on u.id = other.user_id
    where p.cohort_id = ${cohort.id} and p.published_at is not null
    order by p.from_week desc, u.name collate nocase`);
  const partners = partnerRows.map((r) => ({
    ...r,
    current: r.fromWeek <= week && r.toWeek >= week,
    startsOn: weekStartDate(cohort.startDate, r.fromWeek),
    endsOn: addDays(weekStartDate(cohort.startDate, r.toWeek), 6),
  }));
  const rsvps = db
    .select({
      gatheringId: schema.gatherings.id,
      title: schema.gatherings.title,
      startsAt: schema.gatherings.startsAt,
      cancelledAt: schema.gatherings.cancelledAt,
      rsvp: schema.attendance.rsvp,
      status: schema.attendance.status,
    })
    .from(schema.gatherings)
    .leftJoin(schema.attendance, and(eq(schema.attendance.gatheringId, schema.gatherings.id), eq(schema.attendance.userId, userId)))
    .where(eq(schema.gatherings.cohortId, cohort.id))
    .orderBy(asc(schema.gatherings.startsAt))
    .all();
  const statuses = statusesByPerson(cohort.id).get(userId) ?? [];
  const today = calendarDate(now, cohort.timeZone);
  return {
    person: { id: person.id, name: person.name, email: person.email, deactivated: !!person.deactivatedAt },
    partners,
    rsvps,
    notes: listNotes(cohort.id, userId),
    statuses,
    statusToday: statusOn(statuses, today),
    lastReminder: lastReminder(cohort.id, userId),
    reminderPreview: reminderText(cohort, { name: person.name, locale: "nb" }, viewer).text.split("\n\n")[0] ?? "",
  };
}
