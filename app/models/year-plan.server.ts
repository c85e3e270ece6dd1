// A cohort's year plan (ADR 016): the programme file's sequence on the cohort's own calendar. The plan is
// computed, never stored; what is stored is what the owner added (regional breaks, pause weeks, moves)
// and what participants did (completions pin their challenge to its week, so it never moves or disappears).
import { and, eq, sql } from "drizzle-orm";

import { audit } from "~/models/audit.server";
import type { Cohort } from "~/models/cohort.server";
import { cachedPlan } from "~/models/plan-cache.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";
import { programmeClock } from "~/utils/programme-time";
import { type CohortCalendar, PlanError, type PlannedWeek, planYear, type YearPlan } from "~/utils/year-plan";

const { cohortRegionalBreaks: breaks, cohortPauseWeeks: pauses, cohortPlanPins: pins, challengeCompletions: completions } = schema;

type CohortRef = Pick<Cohort, "id" | "startDate">;

/** The challenge most participants completed or skipped in each week: the cohort's record of that week. */
function completionPins(cohortId: number) {
  return db.all<{ week: number; slug: string }>(sql`
    select programme_week as week, challenge_slug as slug from (
      select programme_week, challenge_slug, row_number() over (partition by programme_week order by count(*) desc, challenge_slug) as rank
      from ${completions} where cohort_id = ${cohortId} group by programme_week, challenge_slug)
    where rank = 1`);
}

export function cohortCalendar(cohortId: number): CohortCalendar {
  return {
    regional: db.select({ key: breaks.breakKey, isoWeek: breaks.isoWeek }).from(breaks).where(eq(breaks.cohortId, cohortId)).all(),
    pauseWeeks: db
      .select({ w: pauses.programmeWeek })
      .from(pauses)
      .where(eq(pauses.cohortId, cohortId))
      .all()
      .map((r) => r.w),
    // Completions first: where the owner once moved something into a week that has since been done, the done one holds.
    pins: [
      ...completionPins(cohortId),
      ...db.select({ week: pins.programmeWeek, slug: pins.challengeSlug }).from(pins).where(eq(pins.cohortId, cohortId)).all(),
    ].filter((p, i, all) => all.findIndex((q) => q.week === p.week) === i),
  };
}

/** The cohort's plan. A stored calendar that no longer fits (the programme file changed) falls back to the national one. */
export function cohortPlan(cohort: CohortRef): YearPlan {
  return cachedPlan(cohort, () => {
    const arc = getProgramme().arc;
    try {
      return planYear(arc, cohort.startDate, cohortCalendar(cohort.id));
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      return planYear(arc, cohort.startDate, { ...cohortCalendar(cohort.id), regional: [], pauseWeeks: [] });
    }
  });
}

export function cohortWeekPlan(cohort: CohortRef): PlannedWeek[] {
  return cohortPlan(cohort).weeks;
}

export type HolidayChoice = { regional: Record<string, number | null>; pauseWeeks: number[] };

export type PlanChange = {
  moved: { slug: string; title: string; from: number; to: number }[];
  added: { slug: string; title: string; week: number }[];
  dropped: { slug: string; title: string; week: number }[];
  samlinger: { key: string; title: string; from: number; to: number }[];
};

/** What moves between two plans: challenges by slug and occurrence, samlinger by key. */
export function planChange(before: PlannedWeek[], after: PlannedWeek[]): PlanChange {
  const titles = getProgramme().challenges;
  const title = (slug: string) => titles.get(slug)?.title ?? slug;
  const occurrences = (plan: PlannedWeek[]) => {
    const m = new Map<string, number[]>();
    for (const w of plan) if (w.challengeSlug) m.set(w.challengeSlug, [...(m.get(w.challengeSlug) ?? []), w.week]);
    return m;
  };
  const a = occurrences(before);
  const b = occurrences(after);
  const change: PlanChange = { moved: [], added: [], dropped: [], samlinger: [] };
  for (const slug of new Set([...a.keys(), ...b.keys()])) {
    const from = a.get(slug) ?? [];
    const to = b.get(slug) ?? [];
    for (let i = 0; i < Math.max(from.length, to.length); i++) {
      if (from[i] !== undefined && to[i] !== undefined) {
        if (from[i] !== to[i]) change.moved.push({ slug, title: title(slug), from: from[i]!, to: to[i]! });
      } else if (to[i] !== undefined) change.added.push({ slug, title: title(slug), week: to[i]! });
      else change.dropped.push({ slug, title: title(slug), week: from[i]! });
    }
  }
  const samling = (plan: PlannedWeek[]) => new Map(plan.flatMap((w) => (w.pause?.kind === "samling" ? [[w.pause.key, w] as const] : [])));
  const sb = samling(after);
  for (const [key, w] of samling(before)) {
    const to = sb.get(key);
    if (to && to.week !== w.week && w.pause?.kind === "samling")
      change.samlinger.push({ key, title: w.pause.title, from: w.week, to: to.week });
  }
  change.moved.sort((x, y) => x.from - y.from);
  return change;
}

export type HolidayProblem = { field: "pauseWeeks" | "regional"; key: string; values?: Record<string, string | number> };

/** The calendar an owner's choice makes, or the reason it cannot be: a week in the past, outside the year, already a holiday, or one that would push a core item out. */
function calendarFor(cohort: Cohort, choice: HolidayChoice, now: Date): { calendar: CohortCalendar } | { problem: HolidayProblem } {
  const current = cohortCalendar(cohort.id);
  const { week } = programmeClock(cohort.startDate, now, cohort.timeZone);
  const existing = new Set(current.pauseWeeks);
  const national = planYear(getProgramme().arc, cohort.startDate, { ...current, regional: [], pauseWeeks: [] }).weeks;
  const done = new Set(completionPins(cohort.id).map((p) => p.week));
  const seen = new Set<number>();
  for (const w of choice.pauseWeeks) {
    if (seen.has(w)) return { problem: { field: "pauseWeeks", key: "plan.errors.pauseTwice", values: { week: w } } };
    seen.add(w);
    if (w < 1 || w > 52) return { problem: { field: "pauseWeeks", key: "plan.errors.pauseOutside", values: { week: w } } };
    // A pause already saved may stay when the week has passed; a new one only from this week on.
    if (!existing.has(w) && w < week) return { problem: { field: "pauseWeeks", key: "plan.errors.pausePast", values: { week: w } } };
    if (national[w - 1]!.kind === "holiday")
      return { problem: { field: "pauseWeeks", key: "plan.errors.pauseHoliday", values: { week: w } } };
    if (!existing.has(w) && done.has(w)) return { problem: { field: "pauseWeeks", key: "plan.errors.pauseDone", values: { week: w } } };
  }
  const options = new Map(getProgramme().arc.regionalBreaks.map((r) => [r.key, r.isoWeeks]));
  const regional: CohortCalendar["regional"] = [];
  for (const [key, isoWeek] of Object.entries(choice.regional)) {
    if (isoWeek === null) continue;
    if (!options.get(key)?.includes(isoWeek)) return { problem: { field: "regional", key: "errors.invalidChoice" } };
    regional.push({ key, isoWeek });
  }
  const calendar = { ...current, regional, pauseWeeks: [...seen].sort((x, y) => x - y) };
  try {
    planYear(getProgramme().arc, cohort.startDate, calendar);
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    return { problem: { field: "pauseWeeks", key: `plan.errors.noRoom.${e.reason}`, values: { subject: e.subject } } };
  }
  return { calendar };
}

/** Before saving: the plan the choice would make and what would move. Writes nothing. */
export function previewHolidays(cohort: Cohort, choice: HolidayChoice, now = clock.now()) {
  const result = calendarFor(cohort, choice, now);
  if ("problem" in result) return result;
  const after = planYear(getProgramme().arc, cohort.startDate, result.calendar);
  return { change: planChange(cohortWeekPlan(cohort), after.weeks), dropped: after.dropped };
}

export function saveHolidays(actorId: number, cohort: Cohort, choice: HolidayChoice, now = clock.now()) {
  const result = calendarFor(cohort, choice, now);
  if ("problem" in result) return result;
  const change = planChange(cohortWeekPlan(cohort), planYear(getProgramme().arc, cohort.startDate, result.calendar).weeks);
  db.transaction((tx) => {
    tx.delete(breaks).where(eq(breaks.cohortId, cohort.id)).run();
    tx.delete(pauses).where(eq(pauses.cohortId, cohort.id)).run();
    for (const r of result.calendar.regional) tx.insert(breaks).values({ cohortId: cohort.id, breakKey: r.key, isoWeek: r.isoWeek }).run();
    for (const w of result.calendar.pauseWeeks) tx.insert(pauses).values({ cohortId: cohort.id, programmeWeek: w }).run();
    audit(tx, {
      actorId,
      action: "cohort.holidays",
      subjectType: "cohort",
      subjectId: cohort.id,
      detail: { regional: result.calendar.regional.length, pauseWeeks: result.calendar.pauseWeeks, moved: change.moved.length },
    });
  });
  return { change };
}

export type MoveProblem = { field: "slug" | "week" | "other"; key: string; values?: Record<string, string | number> };

/**
 * Puts a challenge into a week for the whole cohort. "move": the challenge leaves its week and the
 * sequence closes up; "swap": the two challenges trade weeks. Only within one module, only from this
 * week on, never onto a holiday, a samling or a week someone has completed.
 */
export function moveChallenge(
  actorId: number,
  cohort: Cohort,
  input: { intent: "move" | "swap"; slug: string; week: number },
  now = clock.now(),
): { problem: MoveProblem } | { change: PlanChange } {
  const plan = cohortWeekPlan(cohort);
  const { week: current } = programmeClock(cohort.startDate, now, cohort.timeZone);
  const programme = getProgramme();
  const meta = programme.challenges.get(input.slug);
  if (!meta || programme.arc.retired.some((r) => r.slug === input.slug)) return { problem: { field: "slug", key: "errors.invalidChoice" } };
  const target = plan[input.week - 1];
  if (!target) return { problem: { field: "week", key: "plan.errors.weekOutside" } };
  if (input.week < current) return { problem: { field: "week", key: "plan.errors.weekPast" } };
  if (target.kind === "holiday" || target.kind === "samling")
    return { problem: { field: "week", key: `plan.errors.weekIs.${target.kind}` } };
  const done = new Set(completionPins(cohort.id).map((p) => p.week));
  if (done.has(input.week)) return { problem: { field: "week", key: "plan.errors.weekDone" } };
  if (target.moduleSlug !== meta.module && target.block !== "review")
    return {
      problem: {
        field: "week",
        key: "plan.errors.otherModule",
        values: { module: programme.modules.find((m) => m.slug === meta.module)?.title ?? meta.module },
      },
    };
  const from = plan.find((w) => w.challengeSlug === input.slug && w.week >= current);
  if (from && done.has(from.week)) return { problem: { field: "slug", key: "plan.errors.slugDone" } };
  const calendar = cohortCalendar(cohort.id);
  const ownerPins = calendar.pins.filter((p) => !done.has(p.week) && p.week !== input.week && !(from && p.week === from.week));
  const next = [...ownerPins, { week: input.week, slug: input.slug }];
  if (input.intent === "swap" && from && target.challengeSlug) next.push({ week: from.week, slug: target.challengeSlug });
  let after: PlannedWeek[];
  try {
    after = planYear(programme.arc, cohort.startDate, {
      ...calendar,
      pins: [...calendar.pins.filter((p) => done.has(p.week)), ...next],
    }).weeks;
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    return { problem: { field: "week", key: `plan.errors.noRoom.${e.reason}`, values: { subject: e.subject } } };
  }
  db.transaction((tx) => {
    tx.delete(pins).where(eq(pins.cohortId, cohort.id)).run();
    for (const p of next) tx.insert(pins).values({ cohortId: cohort.id, programmeWeek: p.week, challengeSlug: p.slug }).run();
    audit(tx, {
      actorId,
      action: `plan.${input.intent}`,
      subjectType: "cohort",
      subjectId: cohort.id,
      detail: { slug: input.slug, week: input.week },
    });
  });
  return { change: planChange(plan, after) };
}

/** Clears the owner's moves and swaps: the programme's own order again. */
export function resetMoves(actorId: number, cohort: Cohort) {
  db.transaction((tx) => {
    tx.delete(pins).where(eq(pins.cohortId, cohort.id)).run();
    audit(tx, { actorId, action: "plan.reset", subjectType: "cohort", subjectId: cohort.id });
  });
}

export type Collision = {
  week: number;
  key: "gatheringInHoliday" | "twoGatherings" | "gatheringOutsidePlan" | "samlingMoved";
  values: Record<string, string | number>;
};

/** Everything in the year that clashes: dated gatherings in holidays or twice in a week, off their planned week, or samlinger away from their preferred week. */
export function planCollisions(cohort: Cohort, plan: PlannedWeek[]): Collision[] {
  const out: Collision[] = [];
  const arc = getProgramme().arc;
  const dated = db
    .select({ title: schema.gatherings.title, startsAt: schema.gatherings.startsAt, key: schema.gatherings.plannedKey })
    .from(schema.gatherings)
    .where(and(eq(schema.gatherings.cohortId, cohort.id)))
    .all()
    .map((g) => ({ ...g, week: programmeClock(cohort.startDate, g.startsAt, cohort.timeZone).week }));
  const perWeek = new Map<number, number>();
  for (const g of dated) {
    perWeek.set(g.week, (perWeek.get(g.week) ?? 0) + 1);
    const w = plan[g.week - 1];
    if (!w) continue;
    if (w.kind === "holiday" && w.pause?.kind === "holiday")
      out.push({ week: g.week, key: "gatheringInHoliday", values: { title: g.title, holiday: w.pause.name } });
    const planned = g.key ? plan.find((p) => p.pause?.kind === "samling" && p.pause.key === g.key) : undefined;
    if (planned && planned.week !== g.week)
      out.push({ week: g.week, key: "gatheringOutsidePlan", values: { title: g.title, planned: planned.week } });
  }
  for (const [week, n] of perWeek) if (n > 1) out.push({ week, key: "twoGatherings", values: { count: n } });
  for (const s of arc.samlinger) {
    const at = plan.find((p) => p.pause?.kind === "samling" && p.pause.key === s.key);
    if (at && at.week !== s.week) out.push({ week: at.week, key: "samlingMoved", values: { title: s.title, preferred: s.week } });
  }
  return out.sort((a, b) => a.week - b.week);
}

/** Everything the Årsplan shows: the 52 weeks with titles, the cohort's holiday choices, what was left out, and every collision. */
export function yearPlanView(cohort: Cohort, now = clock.now()) {
  const programme = getProgramme();
  const { weeks, dropped } = cohortPlan(cohort);
  const calendar = cohortCalendar(cohort.id);
  const moduleTitle = new Map(programme.modules.map((m) => [m.slug, m.title]));
  const collisions = planCollisions(cohort, weeks);
  const ownerPins = new Set(
    db
      .select({ w: pins.programmeWeek })
      .from(pins)
      .where(eq(pins.cohortId, cohort.id))
      .all()
      .map((r) => r.w),
  );
  const retired = new Set(programme.arc.retired.map((r) => r.slug));
  return {
    clock: programmeClock(cohort.startDate, now, cohort.timeZone),
    weeks: weeks.map((w) => ({
      ...w,
      challengeTitle: w.challengeSlug ? (programme.challenges.get(w.challengeSlug)?.title ?? w.challengeSlug) : null,
      moduleTitle: moduleTitle.get(w.moduleSlug) ?? w.moduleSlug,
      movedByOwner: ownerPins.has(w.week),
      collisions: collisions.filter((c) => c.week === w.week),
    })),
    dropped: dropped.map((d) => ({ slug: d.slug, title: programme.challenges.get(d.slug)?.title ?? d.slug })),
    regionalBreaks: programme.arc.regionalBreaks,
    chosen: {
      regional: calendar.regional.map((r) => `${r.key}:${r.isoWeek}`),
      pauseWeeks: calendar.pauseWeeks.join(", "),
    },
    hasMoves: ownerPins.size > 0,
    challengeOptions: programme.modules.map((m) => ({
      module: m.title,
      items: [...programme.challenges.values()]
        .filter((c) => c.module === m.slug && !retired.has(c.slug))
        .map((c) => ({ slug: c.slug, title: c.title })),
    })),
  };
}
