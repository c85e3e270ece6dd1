// The RSVP deadline of a samling and its one automatic reminder (ADR 024): the scheduler sends it
// from 07:00 Oslo time three days before the deadline to the participants who have not answered,
// keyed by (samling, person) so it goes once however often the scheduler runs, and never after
// the deadline day, once the samling has begun, or when it is cancelled.
import { sql } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db } from "~/utils/db.server";
import { addDays, calendarDate, zonedInstant } from "~/utils/programme-time";

export const DEADLINE_REMINDER_DAYS = 3;
/** The days before the samling an owner is offered as a deadline. */
export const SUGGESTED_DEADLINE_DAYS = 14;

type Dated = { id: number; startsAt: Date; rsvpDeadline: string | null; cancelledAt: Date | null };

export const deadlineReminderKey = (gatheringId: number, userId: number) => `samling-deadline:${gatheringId}:${userId}`;

/** When the automatic reminder is due: 07:00 in the cohort's zone, three days before the deadline. */
export function deadlineReminderAt(deadline: string, timeZone: string): Date {
  return zonedInstant(addDays(deadline, -DEADLINE_REMINDER_DAYS), "07:00", timeZone);
}

/** The deadline day is over (answering still works; the card says it is late). */
export function deadlinePassed(deadline: string | null, timeZone: string, now = clock.now()): boolean {
  return !!deadline && calendarDate(now, timeZone) > deadline;
}

/** Whether the scheduler should remind now: from the reminder time until the deadline day ends, before the samling, not cancelled. */
export function deadlineReminderDue(g: Dated, timeZone: string, now = clock.now()): boolean {
  if (!g.rsvpDeadline || g.cancelledAt) return false;
  if (g.startsAt.getTime() <= now.getTime() || deadlinePassed(g.rsvpDeadline, timeZone, now)) return false;
  return now.getTime() >= deadlineReminderAt(g.rsvpDeadline, timeZone).getTime();
}

export type DeadlineReminderState =
  | { state: "none" }
  | { state: "planned"; at: Date }
  | { state: "due" }
  | { state: "sent"; at: Date; count: number }
  | { state: "not-sent" }
  | { state: "all-answered" };

/** What the owner's page says about the automatic reminder: when it will go, or when it went and to how many. */
export function deadlineReminderState(g: Dated, timeZone: string, silentCount: number, now = clock.now()): DeadlineReminderState {
  if (!g.rsvpDeadline) return { state: "none" };
  const sent = db.get<{ n: number; first: number | null }>(sql`
    select count(*) as n, min(created_at) as first from notices
    where dedupe_key like ${`samling-deadline:${g.id}:%`}`);
  if (sent && sent.n > 0 && sent.first !== null) return { state: "sent", at: new Date(sent.first), count: sent.n };
  if (g.cancelledAt || g.startsAt.getTime() <= now.getTime() || deadlinePassed(g.rsvpDeadline, timeZone, now)) return { state: "not-sent" };
  if (silentCount === 0) return { state: "all-answered" };
  const at = deadlineReminderAt(g.rsvpDeadline, timeZone);
  // Past its time but not yet sent (a deadline set less than three days ahead): the scheduler's next run, within a minute, sends it.
  return at.getTime() > now.getTime() ? { state: "planned", at } : { state: "due" };
}
