// Team measurements a leader runs with their own team (docs/decisions/017-team-pulse.md).
// Anonymous by construction: an answer is a row of values and nothing else. Results are shown
// only once the measurement has closed and only from the instrument's floor up, so a leader can
// neither read a small group nor watch the mean move as each person answers.
import crypto from "node:crypto";

import { and, count, desc, eq, isNull } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getInstrument, type Instrument, instrumentsFor, occasionOfDate, openOccasion } from "~/utils/instruments.server";
import { addDays, calendarDate, daysBetween } from "~/utils/programme-time";
import { generateToken } from "~/utils/session.server";

import type { Participation } from "./cohort.server";
import { isCompleteAnswer, respondents, summarise, type Summary, tally } from "./instrument-scoring";

const { pulses, pulseAnswers } = schema;

/** More answers than any team has: a link passed around outside the team stops here. */
export const MAX_ANSWERS_PER_PULSE = 60;
/** The longest a link stays open. */
export const MAX_OPEN_DAYS = 28;

type PulseRow = typeof pulses.$inferSelect;

function isClosed(p: PulseRow, today: string) {
  return p.closedAt !== null || today > p.closesOn;
}

/** The tally of a measurement: the answers by link, or the counts typed from paper slips. */
function tallyOf(p: PulseRow, instrument: Instrument): number[][] {
  if (p.mode === "paper") return p.paperCounts ?? tally(instrument, []);
  const answers = db.select({ values: pulseAnswers.values }).from(pulseAnswers).where(eq(pulseAnswers.pulseId, p.id)).all();
  return tally(
    instrument,
    answers.map((a) => a.values),
  );
}

function answerCount(p: PulseRow): number {
  if (p.mode === "paper") return p.paperCounts ? (respondents(p.paperCounts) ?? 0) : 0;
  return db.select({ n: count() }).from(pulseAnswers).where(eq(pulseAnswers.pulseId, p.id)).get()!.n;
}

/** A closed measurement's result (or only its count below the floor); nothing while it is open. */
export function resultOf(p: PulseRow, today: string): Summary | null {
  const instrument = getInstrument(p.instrument);
  if (!instrument || !isClosed(p, today)) return null;
  return summarise(instrument, tallyOf(p, instrument));
}

export type PulseView = {
  id: number;
  instrument: string;
  title: string;
  occasion: string;
  occasionLabel: string;
  mode: "link" | "paper";
  token: string;
  closesOn: string;
  open: boolean;
  answers: number;
  result: Summary | null;
  /** The team's previous closed measurement of the same instrument with a shown result. */
  earlier: { id: number; closesOn: string; occasionLabel: string; result: Extract<Summary, { shown: true }> } | null;
};

function view(p: PulseRow, participation: Participation, today: string, earlierRows: PulseRow[]): PulseView {
  const instrument = getInstrument(p.instrument)!;
  const occasion = instrument.occasions.find((o) => o.key === p.occasion);
  const result = resultOf(p, today);
  let earlier: PulseView["earlier"] = null;
  for (const e of earlierRows) {
    const r = resultOf(e, today);
    if (r?.shown) {
      earlier = {
        id: e.id,
        closesOn: e.closesOn,
        occasionLabel: instrument.occasions.find((o) => o.key === e.occasion)?.label ?? e.occasion,
        result: r,
      };
      break;
    }
  }
  return {
    id: p.id,
    instrument: p.instrument,
    title: instrument.title,
    occasion: p.occasion,
    occasionLabel: occasion?.label ?? p.occasion,
    mode: p.mode,
    token: p.token,
    closesOn: p.closesOn,
    open: !isClosed(p, today),
    answers: answerCount(p),
    result,
    earlier: result?.shown ? earlier : null,
  };
}

/** The leader's own measurements in their cohort, newest first. */
export function listPulses(userId: number, participation: Participation, now = clock.now()): PulseView[] {
  const today = calendarDate(now, participation.cohort.timeZone);
  const rows = db
    .select()
    .from(pulses)
    .where(and(eq(pulses.leaderId, userId), eq(pulses.cohortId, participation.cohort.id)))
    .orderBy(desc(pulses.createdAt), desc(pulses.id))
    .all()
    .filter((p) => getInstrument(p.instrument));
  return rows.map((p, i) =>
    view(
      p,
      participation,
      today,
      rows.slice(i + 1).filter((e) => e.instrument === p.instrument),
    ),
  );
}

/** One of the leader's own measurements; someone else's (or an unknown id) is null. */
export function getOwnPulse(userId: number, participation: Participation, pulseId: number, now = clock.now()): PulseView | null {
  return listPulses(userId, participation, now).find((p) => p.id === pulseId) ?? null;
}

export function teamInstruments() {
  return instrumentsFor("team");
}

export type OpenResult = { ok: true; id: number } | { ok: false; field: "closesOn" | "instrument"; reason: string };

/** Opens a measurement: closing date from today up to MAX_OPEN_DAYS ahead. */
export function openPulse(
  userId: number,
  participation: Participation,
  input: { instrument: string; closesOn: string; mode: "link" | "paper" },
  now = clock.now(),
): OpenResult {
  const instrument = getInstrument(input.instrument);
  if (!instrument || instrument.audience !== "team") return { ok: false, field: "instrument", reason: "errors.invalidChoice" };
  const today = calendarDate(now, participation.cohort.timeZone);
  const ahead = daysBetween(today, input.closesOn);
  if (ahead < 0) return { ok: false, field: "closesOn", reason: "instruments.errors.closesInPast" };
  if (ahead > MAX_OPEN_DAYS) return { ok: false, field: "closesOn", reason: "instruments.errors.closesTooLate" };
  const occasion = occasionOfDate(instrument, participation.cohort.startDate, today);
  const row = db
    .insert(pulses)
    .values({
      cohortId: participation.cohort.id,
      leaderId: userId,
      instrument: instrument.slug,
      occasion: occasion.key,
      mode: input.mode,
      token: generateToken(),
      closesOn: input.closesOn,
      createdAt: now,
    })
    .returning({ id: pulses.id })
    .get();
  return { ok: true, id: row.id };
}

/** Closes a measurement for good (there is no reopening: a result is final). */
export function closePulse(userId: number, participation: Participation, pulseId: number, now = clock.now()): boolean {
  return (
    db
      .update(pulses)
      .set({ closedAt: now })
      .where(
        and(eq(pulses.id, pulseId), eq(pulses.leaderId, userId), eq(pulses.cohortId, participation.cohort.id), isNull(pulses.closedAt)),
      )
      .run().changes > 0
  );
}

export type PaperResult = { ok: true } | { ok: false; reason: "unknown" | "uneven" | "tooMany" };

/** The counts typed from paper slips; a paper measurement closes when they are saved. */
export function recordPaperCounts(
  userId: number,
  participation: Participation,
  pulseId: number,
  counts: number[][],
  now = clock.now(),
): PaperResult {
  const p = db
    .select()
    .from(pulses)
    .where(and(eq(pulses.id, pulseId), eq(pulses.leaderId, userId), eq(pulses.cohortId, participation.cohort.id), eq(pulses.mode, "paper")))
    .get();
  const instrument = p && getInstrument(p.instrument);
  if (!p || !instrument || p.closedAt) return { ok: false, reason: "unknown" };
  const width = instrument.scale.max - instrument.scale.min + 1;
  if (counts.length !== instrument.items.length || counts.some((row) => row.length !== width)) return { ok: false, reason: "unknown" };
  const n = respondents(counts);
  if (n === null || n === 0) return { ok: false, reason: "uneven" };
  if (n > MAX_ANSWERS_PER_PULSE) return { ok: false, reason: "tooMany" };
  db.update(pulses).set({ paperCounts: counts, closedAt: now }).where(eq(pulses.id, p.id)).run();
  return { ok: true };
}

/** What the public answer page shows: only an open link measurement; anything else is null (a 404). */
export function openPulseByToken(token: string, now = clock.now()) {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const p = db.select().from(pulses).where(eq(pulses.token, token)).get();
  if (!p || p.mode !== "link") return null;
  const tz = db.select({ tz: schema.cohorts.timeZone }).from(schema.cohorts).where(eq(schema.cohorts.id, p.cohortId)).get()?.tz;
  if (isClosed(p, calendarDate(now, tz))) return null;
  const instrument = getInstrument(p.instrument);
  return instrument ? { id: p.id, instrument, closesOn: p.closesOn } : null;
}

export type AnswerResult = { ok: true } | { ok: false; reason: "gone" | "incomplete" | "full" };

/** Stores one anonymous answer: the values only, under a random id. */
export function answerPulse(token: string, values: unknown[], now = clock.now()): AnswerResult {
  const open = openPulseByToken(token, now);
  if (!open) return { ok: false, reason: "gone" };
  if (!isCompleteAnswer(open.instrument, values)) return { ok: false, reason: "incomplete" };
  return db.transaction((tx) => {
    const n = tx.select({ n: count() }).from(pulseAnswers).where(eq(pulseAnswers.pulseId, open.id)).get()!.n;
    if (n >= MAX_ANSWERS_PER_PULSE) return { ok: false as const, reason: "full" as const };
    tx.insert(pulseAnswers)
      .values({ id: crypto.randomInt(1, 2 ** 47), pulseId: open.id, values })
      .run();
    return { ok: true as const };
  });
}

/** Team instruments whose occasion is open now and for which the leader has no measurement yet: for Min uke. */
export function duePulses(userId: number, participation: Participation, now = clock.now()) {
  const today = calendarDate(now, participation.cohort.timeZone);
  const mine = db
    .select({ instrument: pulses.instrument, occasion: pulses.occasion })
    .from(pulses)
    .where(and(eq(pulses.leaderId, userId), eq(pulses.cohortId, participation.cohort.id)))
    .all();
  return instrumentsFor("team").flatMap((instrument) => {
    const open = openOccasion(instrument, participation.cohort.startDate, today);
    if (!open || mine.some((m) => m.instrument === instrument.slug && m.occasion === open.key)) return [];
    return [{ slug: instrument.slug, title: instrument.title, occasion: open.key, label: open.label, closesOn: open.closesOn }];
  });
}

/** The default closing date offered: a week from today. */
export function defaultClosesOn(participation: Participation, now = clock.now()) {
  return addDays(calendarDate(now, participation.cohort.timeZone), 7);
}
