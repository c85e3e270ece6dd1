// Samlinger as a participant sees them: the cohort's gatherings, their answer (kommer / kommer
// ikke, with an apology), and afterwards the attendance the owner recorded.
import { and, asc, eq } from "drizzle-orm";
import type { Participation } from "~/models/cohort.server";
import { db, schema } from "~/utils/db.server";

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

export function nextGathering(userId: number, participation: Participation, now = new Date()) {
  return listGatherings(userId, participation).find((g) => g.endsAt.getTime() > now.getTime()) ?? null;
}

export type RsvpResult = { ok: true } | { ok: false; reason: "not-found" | "already-held" };

/** Answers the invitation to one of the cohort's gatherings; another cohort's gathering is not found. */
export function answerGathering(userId: number, participation: Participation, gatheringId: number, attending: boolean, apology: string | null, now = new Date()): RsvpResult {
  const g = db.select().from(gatherings).where(and(eq(gatherings.id, gatheringId), eq(gatherings.cohortId, participation.cohort.id))).get();
  if (!g) return { ok: false, reason: "not-found" };
  if (g.endsAt.getTime() <= now.getTime()) return { ok: false, reason: "already-held" };
  const values = { rsvp: attending ? ("attending" as const) : ("not_attending" as const), apology: attending ? null : apology, updatedAt: now };
  db.insert(attendance)
    .values({ gatheringId, userId, ...values })
    .onConflictDoUpdate({ target: [attendance.gatheringId, attendance.userId], set: values })
    .run();
  return { ok: true };
}
