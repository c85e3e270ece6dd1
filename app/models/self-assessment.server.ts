// A participant's own self-assessments: private like the journal. Only the person reads their
// answers and notes; the owner's outcomes (outcomes.server.ts) see counts and, from the floor up,
// cohort distributions — never one person's scores.
import { and, asc, eq } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getInstrument, type Instrument, instrumentsFor, type OccasionWindow, occasionWindows } from "~/utils/instruments.server";
import { calendarDate } from "~/utils/programme-time";

import type { Participation } from "./cohort.server";
import { isCompleteAnswer } from "./instrument-scoring";

const { selfAssessments } = schema;

export type OccasionState = OccasionWindow & {
  state: "upcoming" | "open" | "closed";
  answers: Record<string, number> | null;
  notes: Record<string, string>;
  updatedAt: string | null;
};

function today(participation: Participation, now: Date) {
  return calendarDate(now, participation.cohort.timeZone);
}

type Row = typeof selfAssessments.$inferSelect;

/** The person's answers in this cohort: to one instrument, or (for Min uke's list) to all of them in one query. */
function answerRows(userId: number, participation: Participation, instrument?: string): Row[] {
  return db
    .select()
    .from(selfAssessments)
    .where(
      and(
        eq(selfAssessments.userId, userId),
        eq(selfAssessments.cohortId, participation.cohort.id),
        instrument === undefined ? undefined : eq(selfAssessments.instrument, instrument),
      ),
    )
    .all();
}

function occasionsOf(participation: Participation, instrument: Instrument, rows: Row[], now: Date): OccasionState[] {
  const day = today(participation, now);
  return occasionWindows(instrument, participation.cohort.startDate).map((w) => {
    const row = rows.find((r) => r.instrument === instrument.slug && r.occasion === w.key);
    return {
      ...w,
      state: day < w.opensOn ? "upcoming" : day > w.closesOn ? "closed" : "open",
      answers: row?.answers ?? null,
      notes: row?.notes ?? {},
      updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  });
}

/** One instrument's occasions for this person: when each is open and what they answered. */
export function selfAssessmentOf(userId: number, participation: Participation, instrument: Instrument, now = clock.now()): OccasionState[] {
  return occasionsOf(participation, instrument, answerRows(userId, participation, instrument.slug), now);
}

/** Every self instrument with the person's occasions. */
export function listSelfAssessments(userId: number, participation: Participation, now = clock.now()) {
  const rows = answerRows(userId, participation);
  return instrumentsFor("self").map((instrument) => ({ instrument, occasions: occasionsOf(participation, instrument, rows, now) }));
}

/** Self-assessments open now that the person has not answered: for Min uke. */
export function dueSelfAssessments(userId: number, participation: Participation, now = clock.now()) {
  return listSelfAssessments(userId, participation, now).flatMap(({ instrument, occasions }) =>
    occasions
      .filter((o) => o.state === "open" && !o.answers)
      .map((o) => ({ slug: instrument.slug, title: instrument.title, occasion: o.key, label: o.label, closesOn: o.closesOn })),
  );
}

export type SaveResult = { ok: true } | { ok: false; reason: "unknown" | "closed" | "incomplete" };

/** Saves (or changes) the answers of one occasion while it is open. */
export function saveSelfAssessment(
  userId: number,
  participation: Participation,
  input: { instrument: string; occasion: string; answers: Record<string, number>; notes: Record<string, string> },
  now = clock.now(),
): SaveResult {
  const instrument = getInstrument(input.instrument);
  if (!instrument || instrument.audience !== "self") return { ok: false, reason: "unknown" };
  const occasion = selfAssessmentOf(userId, participation, instrument, now).find((o) => o.key === input.occasion);
  if (!occasion) return { ok: false, reason: "unknown" };
  if (occasion.state !== "open") return { ok: false, reason: "closed" };
  if (
    !isCompleteAnswer(
      instrument,
      instrument.items.map((i) => input.answers[i.id]),
    )
  )
    return { ok: false, reason: "incomplete" };
  const answers = Object.fromEntries(instrument.items.map((i) => [i.id, input.answers[i.id]!]));
  const notes = Object.fromEntries(instrument.items.filter((i) => input.notes[i.id]?.trim()).map((i) => [i.id, input.notes[i.id]!.trim()]));
  db.insert(selfAssessments)
    .values({
      userId,
      cohortId: participation.cohort.id,
      instrument: instrument.slug,
      occasion: occasion.key,
      answers,
      notes,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [selfAssessments.userId, selfAssessments.cohortId, selfAssessments.instrument, selfAssessments.occasion],
      set: { answers, notes, updatedAt: now },
    })
    .run();
  return { ok: true };
}

/** Everything the person answered, for «Mine data». */
export function selfAssessmentsForExport(userId: number) {
  return db
    .select({
      cohort: schema.cohorts.name,
      instrument: selfAssessments.instrument,
      occasion: selfAssessments.occasion,
      answers: selfAssessments.answers,
      notes: selfAssessments.notes,
      createdAt: selfAssessments.createdAt,
      updatedAt: selfAssessments.updatedAt,
    })
    .from(selfAssessments)
    .innerJoin(schema.cohorts, eq(schema.cohorts.id, selfAssessments.cohortId))
    .where(eq(selfAssessments.userId, userId))
    .orderBy(asc(selfAssessments.createdAt))
    .all()
    .map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
}
