// The programme owner's before-and-after (docs/decisions/017-team-pulse.md): how many answered each
// instrument at each occasion, and the cohort's distributions at the first occasion and a later
// one, only from the floor up — at least `minAnswers` participants (or teams) with both. Never one
// person's scores or one team's result: distributions and means of the whole group only.
import { and, eq } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getInstruments, type Instrument, occasionWindows } from "~/utils/instruments.server";
import { calendarDate } from "~/utils/programme-time";

import type { Cohort } from "./cohort.server";
import { distribution, mean } from "./instrument-scoring";
import { resultOf } from "./pulse.server";

export type Comparison =
  | { from: string; to: string; shown: false; pairs: number; needed: number }
  | {
      from: string;
      to: string;
      shown: true;
      pairs: number;
      /** Per item (self) or for the whole scale (team): how many at each scale value, before and after. */
      rows: ComparisonRow[];
    };

export type ComparisonRow = { label: string; before: number[]; after: number[]; meanBefore: number; meanAfter: number };

/** One line of a before-and-after: the same people's values at both occasions, as counts per scale value and means. */
export function comparisonRow(label: string, before: number[], after: number[], scale: { min: number; max: number }): ComparisonRow {
  return {
    label,
    before: distribution(before, scale),
    after: distribution(after, scale),
    meanBefore: mean(before),
    meanAfter: mean(after),
  };
}

export type InstrumentOutcome = {
  slug: string;
  title: string;
  audience: "self" | "team";
  scale: { min: number; max: number };
  occasions: { key: string; label: string; answered: number; answers: number }[];
  comparisons: Comparison[];
};

function selfOutcome(cohort: Cohort, instrument: Instrument): InstrumentOutcome {
  const rows = db
    .select({ userId: schema.selfAssessments.userId, occasion: schema.selfAssessments.occasion, answers: schema.selfAssessments.answers })
    .from(schema.selfAssessments)
    .where(and(eq(schema.selfAssessments.cohortId, cohort.id), eq(schema.selfAssessments.instrument, instrument.slug)))
    .all();
  const windows = occasionWindows(instrument, cohort.startDate);
  const byOccasion = new Map(
    windows.map((w) => [w.key, new Map(rows.filter((r) => r.occasion === w.key).map((r) => [r.userId, r.answers]))]),
  );
  const first = windows[0]!;
  const comparisons: Comparison[] = windows.slice(1).map((w) => {
    const before = byOccasion.get(first.key)!;
    const after = byOccasion.get(w.key)!;
    const both = [...before.keys()].filter((u) => after.has(u));
    if (both.length < instrument.minAnswers)
      return { from: first.label, to: w.label, shown: false, pairs: both.length, needed: instrument.minAnswers };
    return {
      from: first.label,
      to: w.label,
      shown: true,
      pairs: both.length,
      rows: instrument.items.map((item) =>
        comparisonRow(
          item.label,
          both.map((u) => before.get(u)![item.id]!),
          both.map((u) => after.get(u)![item.id]!),
          instrument.scale,
        ),
      ),
    };
  });
  return {
    slug: instrument.slug,
    title: instrument.title,
    audience: "self",
    scale: instrument.scale,
    occasions: windows.map((w) => ({
      key: w.key,
      label: w.label,
      answered: byOccasion.get(w.key)!.size,
      answers: byOccasion.get(w.key)!.size,
    })),
    comparisons,
  };
}

function teamOutcome(cohort: Cohort, instrument: Instrument, today: string): InstrumentOutcome {
  const rows = db
    .select()
    .from(schema.pulses)
    .where(and(eq(schema.pulses.cohortId, cohort.id), eq(schema.pulses.instrument, instrument.slug)))
    .all();
  const windows = occasionWindows(instrument, cohort.startDate);
  // Per occasion, each team's latest closed result over the floor: one mean per team (leader).
  const teamMeans = new Map<string, Map<number, number>>();
  const answersAt = new Map<string, { teams: Set<number>; answers: number }>();
  for (const w of windows) {
    teamMeans.set(w.key, new Map());
    answersAt.set(w.key, { teams: new Set(), answers: 0 });
  }
  for (const p of [...rows].sort((a, b) => a.id - b.id)) {
    const result = resultOf(p, today);
    if (!result || p.leaderId === null || !teamMeans.has(p.occasion)) continue;
    const at = answersAt.get(p.occasion)!;
    if (result.n > 0) at.teams.add(p.leaderId);
    at.answers += result.n;
    if (result.shown) teamMeans.get(p.occasion)!.set(p.leaderId, result.mean);
  }
  const first = windows[0]!;
  const comparisons: Comparison[] = windows.slice(1).map((w) => {
    const before = teamMeans.get(first.key)!;
    const after = teamMeans.get(w.key)!;
    const both = [...before.keys()].filter((t) => after.has(t));
    if (both.length < instrument.minAnswers)
      return { from: first.label, to: w.label, shown: false, pairs: both.length, needed: instrument.minAnswers };
    return {
      from: first.label,
      to: w.label,
      shown: true,
      pairs: both.length,
      rows: [
        comparisonRow(
          instrument.title,
          both.map((t) => before.get(t)!),
          both.map((t) => after.get(t)!),
          instrument.scale,
        ),
      ],
    };
  });
  return {
    slug: instrument.slug,
    title: instrument.title,
    audience: "team",
    scale: instrument.scale,
    occasions: windows.map((w) => ({
      key: w.key,
      label: w.label,
      answered: answersAt.get(w.key)!.teams.size,
      answers: answersAt.get(w.key)!.answers,
    })),
    comparisons,
  };
}

/** The cohort's before-and-after for every instrument. */
export function cohortOutcomes(cohort: Cohort, now = clock.now()): InstrumentOutcome[] {
  const today = calendarDate(now, cohort.timeZone);
  return [...getInstruments().values()].map((i) => (i.audience === "self" ? selfOutcome(cohort, i) : teamOutcome(cohort, i, today)));
}

/** The same aggregates as rows for the CSV (header first). */
export function outcomesCsvRows(
  outcomes: InstrumentOutcome[],
  labels: Record<
    "instrument" | "occasion" | "answered" | "answers" | "comparison" | "item" | "pairs" | "meanBefore" | "meanAfter" | "value",
    string
  >,
) {
  const rows: (string | number)[][] = [[labels.instrument, labels.occasion, labels.answered, labels.answers]];
  for (const o of outcomes) for (const occ of o.occasions) rows.push([o.title, occ.label, occ.answered, occ.answers]);
  rows.push([]);
  rows.push([labels.instrument, labels.comparison, labels.item, labels.pairs, labels.meanBefore, labels.meanAfter, labels.value]);
  for (const o of outcomes)
    for (const c of o.comparisons) {
      if (!c.shown) {
        rows.push([o.title, `${c.from} → ${c.to}`, "", c.pairs]);
        continue;
      }
      for (const r of c.rows)
        rows.push([
          o.title,
          `${c.from} → ${c.to}`,
          r.label,
          c.pairs,
          r.meanBefore.toFixed(2),
          r.meanAfter.toFixed(2),
          r.before.join("/") + " → " + r.after.join("/"),
        ]);
    }
  return rows;
}
