// Calendar feeds: a personal, secret feed URL (only its hash is stored; a new one kills the old)
// with what the person chose of: the cohort's samlinger, the agreed next partner talk, the planned
// partner conversations and each week's leader challenge on its Monday (all-day events every week
// clutter a work calendar, so a new feed starts with the timed ones only; ADR 018); and a single samling as an .ics download. Times carry a proper Europe/Oslo
// VTIMEZONE and UIDs are stable, so calendars update events instead of duplicating them.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { and, eq, isNotNull } from "drizzle-orm";
import ical, { type ICalCalendar, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";

import { FEED_KINDS, type FeedKind } from "~/forms/settings";
import type { Lng } from "~/i18n";
import { listChallengeWeeks } from "~/models/challenge.server";
import { getParticipation, type Participation } from "~/models/cohort.server";
import { getNextTalk, type NextTalk } from "~/models/next-talk.server";
import { currentPartnership } from "~/models/partnership.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import { db, schema } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { translator } from "~/utils/i18n.server";
import { getProgramme } from "~/utils/programme.server";
import { addDays, weekStartDate } from "~/utils/programme-time";
import { generateToken, hashToken } from "~/utils/session.server";

const UID_DOMAIN = "lederprogram.example";

function calendar(name: string, timeZone: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: "Lederprogrammet", product: "Lederprogrammet", language: "NB" },
    timezone: { name: timeZone, generator: getVtimezoneComponent },
  });
}

/** A calendar date as an all-day value that no time zone can shift to the previous day. */
const day = (date: string) => new Date(`${date}T12:00:00Z`);

/** Makes a new feed token (the old URL stops working) and returns the URL to subscribe to. */
export function issueCalendarFeed(userId: number): string {
  const token = generateToken();
  db.update(schema.users)
    .set({ calendarTokenHash: hashToken(token) })
    .where(eq(schema.users.id, userId))
    .run();
  return `${appUrl()}/calendar/${token}.ics`;
}

/** What the person chose to have in their feed (settings page); unknown words in the column are ignored. */
export function feedKinds(userId: number): FeedKind[] {
  const row = db.select({ k: schema.users.calendarKinds }).from(schema.users).where(eq(schema.users.id, userId)).get();
  return parseKinds(row?.k ?? "");
}

function parseKinds(stored: string): FeedKind[] {
  const chosen = new Set(stored.split(","));
  return FEED_KINDS.filter((k) => chosen.has(k));
}

export function setFeedKinds(userId: number, kinds: FeedKind[]) {
  db.update(schema.users)
    .set({ calendarKinds: FEED_KINDS.filter((k) => kinds.includes(k)).join(",") })
    .where(eq(schema.users.id, userId))
    .run();
}

export function hasCalendarFeed(userId: number): boolean {
  return !!db.select({ h: schema.users.calendarTokenHash }).from(schema.users).where(eq(schema.users.id, userId)).get()?.h;
}

/**
 * A samling. One the person has said they will not come to stays in the calendar (so a calendar
 * that had it updates it rather than keeping a stale copy), marked as such and shown as free time.
 * A cancelled one stays too, as STATUS:CANCELLED with a raised SEQUENCE, which is what makes
 * Outlook and Google take it out of the calendar that has it (ADR 024). The online-meeting link is
 * the event's URL and, without a place, its location, where calendar apps make it clickable.
 */
function addGathering(cal: ICalCalendar, g: typeof schema.gatherings.$inferSelect, timeZone: string, declinedAs?: string) {
  const cancelled = !!g.cancelledAt;
  const description = [g.agenda, g.practical, g.onlineUrl, cancelled ? g.cancelNote : ""].filter(Boolean).join("\n\n");
  cal.createEvent({
    id: `samling-${g.id}@${UID_DOMAIN}`,
    ...(declinedAs || cancelled ? { transparency: ICalEventTransparency.TRANSPARENT } : {}),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: g.sequence,
    // Luxon dates carry the zone, so ical-generator writes Oslo wall-clock times under TZID.
    start: DateTime.fromJSDate(g.startsAt, { zone: timeZone }),
    end: DateTime.fromJSDate(g.endsAt, { zone: timeZone }),
    timezone: timeZone,
    summary: declinedAs ?? g.title,
    location: g.place || g.onlineUrl || undefined,
    description: description || undefined,
    url: g.onlineUrl || `${appUrl()}/gatherings#samling-${g.id}`,
    lastModified: g.updatedAt ?? g.createdAt,
  });
}

/** The agreed next partner conversation as a timed event: the same UID in the feed and the .ics, so it is one event. */
function addNextTalk(cal: ICalCalendar, talk: NextTalk, timeZone: string, summary: string) {
  cal.createEvent({
    id: `next-talk-${talk.partnershipId}@${UID_DOMAIN}`,
    start: DateTime.fromJSDate(talk.startsAt, { zone: timeZone }),
    end: DateTime.fromJSDate(new Date(talk.startsAt.getTime() + talk.minutes * 60_000), { zone: timeZone }),
    timezone: timeZone,
    summary,
    location: talk.place || undefined,
    url: `${appUrl()}/partner#next-talk`,
    sequence: talk.sequence,
  });
}

function partnerNames(userId: number, participation: Participation) {
  return (currentPartnership(userId, participation)?.partners ?? []).map((p) => p.name).join(", ");
}

/** The next partner conversation as an .ics file, for either partner; null when none is planned. */
export function nextTalkIcs(userId: number): string | null {
  const participation = getParticipation(userId);
  if (!participation) return null;
  const talk = getNextTalk(userId, participation);
  if (!talk) return null;
  const t = translator(
    (db.select({ l: schema.users.locale }).from(schema.users).where(eq(schema.users.id, userId)).get()?.l ?? "nb") as Lng,
  );
  const summary = t("calendar.nextTalk", { names: partnerNames(userId, participation) });
  const cal = calendar(summary, participation.cohort.timeZone);
  addNextTalk(cal, talk, participation.cohort.timeZone, summary);
  return cal.toString();
}

/** The whole personal feed, or null for an unknown token (the route answers 404 without a hint). */
export function calendarFeed(token: string): string | null {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const user = db
    .select()
    .from(schema.users)
    .where(eq(schema.users.calendarTokenHash, hashToken(token)))
    .get();
  if (!user) return null;
  const t = translator(user.locale as Lng);
  const kinds = new Set(parseKinds(user.calendarKinds));
  const participation = getParticipation(user.id);
  const cal = calendar(t("calendar.name"), participation?.cohort.timeZone ?? "Europe/Oslo");
  const cohortIds = db
    .select({ id: schema.memberships.cohortId })
    .from(schema.memberships)
    .where(eq(schema.memberships.userId, user.id))
    .all()
    .map((r) => r.id);
  for (const cohortId of kinds.has("samling") ? cohortIds : []) {
    const cohort = db.select().from(schema.cohorts).where(eq(schema.cohorts.id, cohortId)).get()!;
    const rows = db
      .select({ g: schema.gatherings, rsvp: schema.attendance.rsvp })
      .from(schema.gatherings)
      .leftJoin(schema.attendance, and(eq(schema.attendance.gatheringId, schema.gatherings.id), eq(schema.attendance.userId, user.id)))
      .where(eq(schema.gatherings.cohortId, cohortId))
      .all();
    for (const { g, rsvp } of rows)
      addGathering(cal, g, cohort.timeZone, rsvp === "not_attending" ? t("calendar.declined", { title: g.title }) : undefined);
  }
  if (participation) {
    const { cohort } = participation;
    for (const w of kinds.has("challenge") ? listChallengeWeeks(user.id, participation) : []) {
      if (w.challenge) {
        cal.createEvent({
          id: `challenge-${cohort.id}-${w.week}-${user.id}@${UID_DOMAIN}`,
          start: day(w.monday),
          allDay: true,
          summary: t("calendar.challenge", { title: w.challenge.title }),
          description: w.challenge.summary,
          url: `${appUrl()}/challenges/${w.week}`,
        });
      }
    }
    const talk = kinds.has("talk") ? getNextTalk(user.id, participation) : null;
    if (talk) addNextTalk(cal, talk, cohort.timeZone, t("calendar.nextTalk", { names: partnerNames(user.id, participation) }));
    // Planned partner conversations: the cadence's weeks within each of the participant's pairings.
    const every = getProgramme().arc.checkInEveryWeeks;
    const periods = db
      .select({ from: schema.partnerships.fromWeek, to: schema.partnerships.toWeek })
      .from(schema.partnerships)
      .innerJoin(
        schema.partnershipMembers,
        and(eq(schema.partnershipMembers.partnershipId, schema.partnerships.id), eq(schema.partnershipMembers.userId, user.id)),
      )
      // A proposal the owner has not published is nobody's business yet, not even in a calendar.
      .where(and(eq(schema.partnerships.cohortId, cohort.id), isNotNull(schema.partnerships.publishedAt)))
      .all();
    const plan = cohortWeekPlan(cohort);
    for (const p of kinds.has("checkin") ? periods : []) {
      for (let week = p.from + every - 1; week <= p.to; week += every) {
        if (plan[week - 1]?.kind === "holiday") continue;
        cal.createEvent({
          id: `checkin-${cohort.id}-${week}-${user.id}@${UID_DOMAIN}`,
          start: day(addDays(weekStartDate(cohort.startDate, week), 2)),
          allDay: true,
          summary: t("calendar.checkIn"),
          url: `${appUrl()}/partner`,
        });
      }
    }
  }
  return cal.toString();
}

/** One samling of the participant's cohort as an .ics file, or null if it is not theirs. */
export function gatheringIcs(userId: number, gatheringId: number): string | null {
  const participation = getParticipation(userId);
  if (!participation) return null;
  const g = db
    .select()
    .from(schema.gatherings)
    .where(and(eq(schema.gatherings.id, gatheringId), eq(schema.gatherings.cohortId, participation.cohort.id)))
    .get();
  if (!g) return null;
  const cal = calendar(g.title, participation.cohort.timeZone);
  addGathering(cal, g, participation.cohort.timeZone);
  return cal.toString();
}

export function setMailPreferences(
  userId: number,
  prefs: { mailWeekly: boolean; mailCheckIn: boolean; mailSamling: boolean; mailOwnerSummary: boolean },
) {
  db.update(schema.users).set(prefs).where(eq(schema.users.id, userId)).run();
}

export function mailPreferences(userId: number) {
  return db
    .select({
      mailWeekly: schema.users.mailWeekly,
      mailCheckIn: schema.users.mailCheckIn,
      mailSamling: schema.users.mailSamling,
      mailOwnerSummary: schema.users.mailOwnerSummary,
    })
    .from(schema.users)
    .where(eq(schema.users.id, userId))
    .get()!;
}
