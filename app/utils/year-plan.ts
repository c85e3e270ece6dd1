// A cohort's year: the programme's sequence (content/programme.yaml) mapped onto the cohort's own
// calendar. Holiday and samling weeks pause the sequence and the rest moves on (ADR 016).
// Pure: the loader, the content check, the property test and the models all call this.
import type { ProgrammeArc } from "./content-schema";
import { addDays, isoWeekOfDate, PROGRAMME_WEEKS, programmeMonthOfWeek } from "./programme-time";

/** What a cohort adds to the national holidays, and what must stay where it is. */
export type CohortCalendar = {
  /** Regional breaks the owner switched on, each in one ISO week. */
  regional: { key: string; isoWeek: number }[];
  /** Programme weeks the owner paused. */
  pauseWeeks: number[];
  /** A challenge that stays in its week: completed by a participant, or put there by the owner. */
  pins: { week: number; slug: string }[];
};
export const NATIONAL_ONLY: CohortCalendar = { regional: [], pauseWeeks: [], pins: [] };

export type Holiday = { kind: "holiday"; key: "fellesferie" | "jul" | "paske" | "regional" | "pause"; name: string };

export type PlannedWeek = {
  week: number;
  monday: string;
  isoWeek: number;
  month: number;
  /** The module whose part of the sequence this week is in (the latest module begun so far). */
  moduleSlug: string;
  /** The part of the sequence this week belongs to: a module slug, or "review". */
  block: string;
  challengeSlug: string | null;
  kind: "challenge" | "samling" | "holiday" | "free";
  core: boolean;
  /** Placed at its anchor (the quarterly review) or pinned by a completion or the owner. */
  placement: "sequence" | "anchored" | "pinned" | null;
  /** Why a week has no challenge. */
  pause: { kind: "holiday"; name: string } | { kind: "samling"; title: string; key: string } | null;
  checkInDue: boolean;
};

export type SequenceItem = { slug: string; core: boolean; block: string };

export class PlanError extends Error {
  constructor(
    message: string,
    readonly reason: "samling" | "anchored" | "core",
    readonly subject: string,
  ) {
    super(message);
  }
}

/** The programme's challenges in year order, with their part of the year. */
export function sequenceOf(arc: ProgrammeArc): SequenceItem[] {
  const item = (block: string) => (i: { core: string } | { optional: string }) =>
    "core" in i ? { slug: i.core, core: true, block } : { slug: i.optional, core: false, block };
  return [...arc.modules.flatMap((m) => m.challenges.map(item(m.slug))), ...(arc.review?.challenges.map(item("review")) ?? [])];
}

/** Easter Sunday of a year (the anonymous Gregorian algorithm), as "YYYY-MM-DD". */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The national holiday of the week starting on `monday`, if any: fellesferie (ISO 28–31), the week
 * of Easter Sunday (Maundy Thursday and Good Friday), and Christmas to New Year: every week with at
 * least two working days between 24 December and 1 January (so ISO 53 of 2026 is one).
 */
export function nationalHoliday(monday: string): Holiday | null {
  const isoWeek = isoWeekOfDate(monday);
  if (isoWeek >= 28 && isoWeek <= 31) return { kind: "holiday", key: "fellesferie", name: "Fellesferie" };
  const sunday = addDays(monday, 6);
  const year = Number(sunday.slice(0, 4));
  if (easterSunday(year) === sunday) return { kind: "holiday", key: "paske", name: "Påske" };
  let christmasDays = 0;
  for (let d = 0; d < 5; d++) {
    const md = addDays(monday, d).slice(5);
    if (md >= "12-24" || md === "01-01") christmasDays++;
  }
  if (christmasDays >= 2) return { kind: "holiday", key: "jul", name: "Jul og nyttår" };
  return null;
}

function nearestFree(target: number, from: number, to: number, isFree: (w: number) => boolean): number | null {
  const candidates = [];
  for (let w = Math.max(1, from); w <= Math.min(PROGRAMME_WEEKS, to); w++) if (isFree(w)) candidates.push(w);
  candidates.sort((a, b) => Math.abs(a - target) - Math.abs(b - target) || a - b);
  return candidates[0] ?? null;
}

/** The first programme week of a programme month. */
export function firstWeekOfMonth(month: number): number {
  for (let w = 1; w <= PROGRAMME_WEEKS; w++) if (programmeMonthOfWeek(w) >= month) return w;
  return PROGRAMME_WEEKS;
}

export type YearPlan = { weeks: PlannedWeek[]; dropped: SequenceItem[] };

/** The 52 weeks of a cohort that starts on `startDate` under its calendar. Throws PlanError when a core item cannot fit. */
export function planYear(
  arc: ProgrammeArc,
  startDate: string,
  calendar: CohortCalendar = NATIONAL_ONLY,
  /** "none" plans an ideal year without national holidays: the yardstick for "what moves". */
  national: "national" | "none" = "national",
): YearPlan {
  const names = new Map(arc.regionalBreaks.map((r) => [r.key, r.name]));
  const pauses = new Set(calendar.pauseWeeks);
  const weeks = Array.from({ length: PROGRAMME_WEEKS }, (_, i) => {
    const week = i + 1;
    const monday = addDays(startDate, i * 7);
    const isoWeek = isoWeekOfDate(monday);
    const regional = calendar.regional.find((r) => r.isoWeek === isoWeek);
    const holiday: Holiday | null =
      (national === "national" ? nationalHoliday(monday) : null) ??
      (regional ? { kind: "holiday", key: "regional", name: names.get(regional.key) ?? regional.key } : null) ??
      (pauses.has(week) ? { kind: "holiday", key: "pause", name: "Pause" } : null);
    return { week, monday, isoWeek, month: programmeMonthOfWeek(week), holiday };
  });
  const taken = new Map<
    number,
    { kind: "samling"; key: string; title: string } | { kind: "challenge"; item: SequenceItem; placement: PlannedWeek["placement"] }
  >();
  const isFree = (w: number) => !weeks[w - 1]!.holiday && !taken.has(w);

  for (const s of arc.samlinger) {
    const week = nearestFree(s.week, s.window[0], s.window[1], isFree);
    if (week === null) throw new PlanError(`${s.title}: no week in its window (${s.window[0]}–${s.window[1]}) is free`, "samling", s.key);
    taken.set(week, { kind: "samling", key: s.key, title: s.title });
  }

  const sequence = sequenceOf(arc);
  const blockOf = new Map(sequence.map((i) => [i.slug, i.block]));
  const anchors = arc.anchored.map((a) => ({ ...a, done: false }));
  const placedFromSequence = new Set<string>();
  for (const pin of [...calendar.pins].sort((a, b) => a.week - b.week)) {
    if (!isFree(pin.week)) continue;
    const anchor = anchors
      .filter((a) => !a.done && a.slug === pin.slug)
      .sort((a, b) => Math.abs(a.week - pin.week) - Math.abs(b.week - pin.week))[0];
    if (anchor) anchor.done = true;
    else if (placedFromSequence.has(pin.slug)) continue;
    else placedFromSequence.add(pin.slug);
    const item = sequence.find((i) => i.slug === pin.slug) ?? {
      slug: pin.slug,
      core: !!anchor,
      block: blockOf.get(pin.slug) ?? "anchored",
    };
    taken.set(pin.week, { kind: "challenge", item: { ...item, core: anchor ? true : item.core }, placement: "pinned" });
  }
  for (const a of anchors.filter((x) => !x.done)) {
    const week = nearestFree(a.week, a.week - a.window, a.week + a.window, isFree);
    if (week === null) throw new PlanError(`${a.slug}: no free week within ${a.window} of week ${a.week}`, "anchored", a.slug);
    taken.set(week, { kind: "challenge", item: { slug: a.slug, core: true, block: "anchored" }, placement: "anchored" });
  }

  // Each part of the sequence starts in its month, or as soon after as weeks are free. Optional items that
  // would run into the next part's month are left out; core items run on and push the next part.
  const remaining = sequence.filter((i) => !placedFromSequence.has(i.slug));
  const blocks = [
    ...arc.modules.map((m) => ({ key: m.slug, month: m.month })),
    ...(arc.review ? [{ key: "review", month: arc.review.month }] : []),
  ];
  const dropped: SequenceItem[] = [];
  const assigned = new Map<number, SequenceItem>();
  const tryFill = (perBlock: boolean) => {
    assigned.clear();
    dropped.length = 0;
    let cursor = 1;
    const free = (from: number, to: number) => {
      const out = [];
      for (let w = from; w <= to; w++) if (isFree(w)) out.push(w);
      return out;
    };
    for (const [b, block] of blocks.entries()) {
      const items = remaining.filter((i) => i.block === block.key);
      if (perBlock) cursor = Math.max(cursor, firstWeekOfMonth(block.month));
      const end = perBlock && b + 1 < blocks.length ? firstWeekOfMonth(blocks[b + 1]!.month) - 1 : PROGRAMME_WEEKS;
      const room = free(cursor, Math.max(end, cursor - 1)).length;
      // Without per-block windows the room is the rest of the year, shared with every later part.
      const later = perBlock ? 0 : remaining.filter((i) => blocks.findIndex((x) => x.key === i.block) > b && i.core).length;
      let keep = items;
      const fits = Math.max(0, room - later);
      while (keep.length > fits && keep.some((i) => !i.core)) {
        const last = keep.map((i) => !i.core).lastIndexOf(true);
        dropped.push(keep[last]!);
        keep = keep.filter((_, i) => i !== last);
      }
      const weeksLeft = free(cursor, PROGRAMME_WEEKS);
      if (keep.length > weeksLeft.length) return false;
      keep.forEach((item, i) => assigned.set(weeksLeft[i]!, item));
      if (keep.length) cursor = weeksLeft[keep.length - 1]! + 1;
    }
    return true;
  };
  if (!tryFill(true) && !tryFill(false)) {
    const core = remaining.filter((i) => i.core).length;
    throw new PlanError(`${core} core challenges do not fit in the free weeks of this year`, "core", "sequence");
  }
  for (const [week, item] of assigned) taken.set(week, { kind: "challenge", item, placement: "sequence" });
  // A short part can end before the next part's month begins. Rather than leave those weeks empty,
  // they take optional items that were left out, in sequence order, from parts that have begun.
  // Such a week keeps the current module's label: the item is a look back, not a change of module.
  const blockMonth = new Map(blocks.map((b) => [b.key, b.month]));
  const fillers = new Set<number>();
  for (const w of weeks) {
    if (!isFree(w.week)) continue;
    const i = dropped.findIndex((d) => (blockMonth.get(d.block) ?? 13) <= w.month);
    if (i < 0) continue;
    taken.set(w.week, { kind: "challenge", item: dropped[i]!, placement: "sequence" });
    fillers.add(w.week);
    dropped.splice(i, 1);
  }

  const every = arc.checkInEveryWeeks;
  let moduleSlug = arc.modules[0]!.slug;
  let block = moduleSlug;
  return {
    dropped: [...dropped],
    weeks: weeks.map((w) => {
      const t = taken.get(w.week);
      if (t?.kind === "challenge" && t.item.block !== "anchored" && !fillers.has(w.week)) {
        block = t.item.block;
        if (block !== "review") moduleSlug = block;
      }
      return {
        week: w.week,
        monday: w.monday,
        isoWeek: w.isoWeek,
        month: w.month,
        moduleSlug,
        block,
        challengeSlug: t?.kind === "challenge" ? t.item.slug : null,
        kind: w.holiday ? "holiday" : t ? t.kind : "free",
        core: t?.kind === "challenge" ? t.item.core : false,
        placement: t?.kind === "challenge" ? t.placement : null,
        pause: w.holiday
          ? { kind: "holiday", name: w.holiday.name }
          : t?.kind === "samling"
            ? { kind: "samling", title: t.title, key: t.key }
            : null,
        checkInDue: w.week % every === 0 && !w.holiday,
      };
    }),
  };
}

/** A due date that falls in a holiday week moves a week at a time until it does not: no conversation is due in a holiday. */
export function dueOutsideHolidays(plan: PlannedWeek[], dueOn: string): string {
  let due = dueOn;
  for (;;) {
    const w = plan.find((p) => p.monday <= due && due < addDays(p.monday, 7));
    if (!w || w.kind !== "holiday") return due;
    due = addDays(due, 7);
  }
}
