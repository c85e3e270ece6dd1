// The next partner conversation: either partner proposes a date, time and place (or video link);
// both see it on Min uke and /partner and in their calendar feeds, and can download it as .ics.
// A new proposal replaces the old one (one plan per partnership).
import { eq } from "drizzle-orm";

import type { Participation } from "~/models/cohort.server";
import { notify } from "~/models/notify.server";
import { type CurrentPartnership, currentPartnership } from "~/models/partnership.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

const { nextTalks } = schema;

export type NextTalk = {
  startsAt: Date;
  minutes: number;
  place: string;
  proposedBy: string | null;
  sequence: number;
  partnershipId: number;
};
export type PlanInput = { date: string; time: string; minutes: number; place: string };
export type PlanRefusal = "no-partnership" | "past" | "too-far";

/** The agreed next conversation of the current partnership, if it has not yet happened. */
export function getNextTalk(
  userId: number,
  participation: Participation,
  now = clock.now(),
  partnership: CurrentPartnership | null = currentPartnership(userId, participation),
): NextTalk | null {
  if (!partnership) return null;
  const row = db
    .select({
      startsAt: nextTalks.startsAt,
      minutes: nextTalks.minutes,
      place: nextTalks.place,
      sequence: nextTalks.sequence,
      partnershipId: nextTalks.partnershipId,
      proposedBy: schema.users.name,
    })
    .from(nextTalks)
    .leftJoin(schema.users, eq(schema.users.id, nextTalks.proposedBy))
    .where(eq(nextTalks.partnershipId, partnership.id))
    .get();
  // Shown until it has ended, then the pair plans the next one.
  if (!row || row.startsAt.getTime() + row.minutes * 60_000 < now.getTime()) return null;
  return row;
}

/** Proposes (or moves) the next conversation; the partners get a notice with the time. */
export function planNextTalk(
  userId: number,
  participation: Participation,
  input: PlanInput,
  now = clock.now(),
): { ok: true } | { ok: false; reason: PlanRefusal } {
  const partnership = currentPartnership(userId, participation);
  if (!partnership) return { ok: false, reason: "no-partnership" };
  const startsAt = zonedInstant(input.date, input.time, participation.cohort.timeZone);
  if (startsAt.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  if (startsAt.getTime() > now.getTime() + 120 * 86_400_000) return { ok: false, reason: "too-far" };
  const me = db.select({ name: schema.users.name }).from(schema.users).where(eq(schema.users.id, userId)).get();
  db.transaction((tx) => {
    const existing = tx.select({ sequence: nextTalks.sequence }).from(nextTalks).where(eq(nextTalks.partnershipId, partnership.id)).get();
    const values = { proposedBy: userId, startsAt, minutes: input.minutes, place: input.place, updatedAt: now };
    tx.insert(nextTalks)
      .values({ partnershipId: partnership.id, ...values, sequence: 0 })
      .onConflictDoUpdate({ target: nextTalks.partnershipId, set: { ...values, sequence: (existing?.sequence ?? 0) + 1 } })
      .run();
    notify(
      tx,
      partnership.partners.map((p) => ({
        userId: p.userId,
        kind: "next_talk",
        dedupeKey: `next-talk:${partnership.id}:${p.userId}:${startsAt.getTime()}`,
        link: "/partner#next-talk",
        titleKey: "notices.nextTalk",
        values: { name: me?.name ?? "" },
        at: { instant: startsAt, timeZone: participation.cohort.timeZone },
        mail: "checkIn" as const,
      })),
      now,
    );
  });
  return { ok: true };
}

/** Either partner calls the plan off. */
export function cancelNextTalk(userId: number, participation: Participation): boolean {
  const partnership = currentPartnership(userId, participation);
  if (!partnership) return false;
  return db.delete(nextTalks).where(eq(nextTalks.partnershipId, partnership.id)).run().changes === 1;
}
