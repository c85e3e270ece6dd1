// The year plan for every start date a cohort could have in 2025–2032 (ADR 016).
import fc from "fast-check";

import { readProgramme } from "~/utils/programme.server";
import { addDays, isoWeekOfDate } from "~/utils/programme-time";
import { type CohortCalendar, dueOutsideHolidays, easterSunday, nationalHoliday, planYear, sequenceOf } from "~/utils/year-plan";

const { arc } = readProgramme();
const mondays: string[] = [];
for (let d = "2025-01-06"; d < "2033-01-01"; d = addDays(d, 7)) mondays.push(d);
const core = [
  ...sequenceOf(arc)
    .filter((i) => i.core)
    .map((i) => i.slug),
  ...new Set(arc.anchored.map((a) => a.slug)),
];
const reviewSlug = "resultater-kvartalsgjennomgang";

/** The owner's choices: regional breaks on or off, in either of their weeks. */
const calendarArb = fc.record({
  vinter: fc.constantFrom(null, 8, 9),
  host: fc.constantFrom(null, 40, 41),
});
const toCalendar = (c: { vinter: number | null; host: number | null }): CohortCalendar => ({
  regional: [...(c.vinter ? [{ key: "vinterferie", isoWeek: c.vinter }] : []), ...(c.host ? [{ key: "hostferie", isoWeek: c.host }] : [])],
  pauseWeeks: [],
  pins: [],
});

/** What must hold for every cohort's year, whatever its start and regional breaks. */
function checkYear(start: string, choice: { vinter: number | null; host: number | null }) {
  const { weeks, dropped } = planYear(arc, start, toCalendar(choice));
  const slugs = weeks.flatMap((w) => (w.challengeSlug ? [w.challengeSlug] : []));
  for (const slug of core) {
    const expected = slug === reviewSlug ? 3 : arc.anchored.filter((a) => a.slug === slug).length || 1;
    expect(
      slugs.filter((s) => s === slug),
      `${start}: ${slug}`,
    ).toHaveLength(expected);
  }
  expect(dropped.every((d) => !d.core)).toBe(true);
  const quarters = new Set(weeks.filter((w) => w.challengeSlug === reviewSlug).map((w) => Math.ceil(w.week / 13)));
  expect(quarters.size, start).toBeGreaterThanOrEqual(3);
  for (const w of weeks.filter((x) => x.kind === "holiday")) {
    expect(w.challengeSlug).toBeNull();
    expect(w.checkInDue).toBe(false);
    expect(w.pause?.kind).toBe("holiday");
  }
  const samlinger = weeks.filter((w) => w.kind === "samling");
  expect(samlinger).toHaveLength(arc.samlinger.length);
  for (const w of samlinger) expect(nationalHoliday(w.monday), `${start}: ${w.week}`).toBeNull();
  // The second safety measurement is late, and before the last samling so the two can be compared there.
  const second = weeks.find((w) => w.challengeSlug === "teamkultur-ny-trygghetsmaling")!.week;
  const last = weeks.find((w) => w.pause?.kind === "samling" && w.pause.key === "samling-6")!.week;
  expect(second).toBeLessThan(last);
  expect(second).toBeGreaterThan(36);
  // The baseline measurement is taken at home with the team, in a team week.
  expect(weeks.find((w) => w.challengeSlug === "trygghet-maling")!.kind).toBe("challenge");
}

describe("every cohort's year, for every Monday from 2025 to 2032 as start", () => {
  it("has every core item exactly once, the results review in three quarters, nothing due in a holiday, no samling in a holiday", () => {
    expect(mondays).toHaveLength(417);
    for (const start of mondays) {
      checkYear(start, { vinter: null, host: null });
      checkYear(start, { vinter: 9, host: 41 });
    }
  });

  it("holds for any choice of regional breaks", () => {
    fc.assert(
      fc.property(fc.constantFrom(...mondays), calendarArb, (start, choice) => checkYear(start, choice)),
      { numRuns: 500 },
    );
  });
});

describe("the holidays of a year", () => {
  it("knows Easter Sunday and pauses its week (ISO 14 in 2026, 12 in 2027)", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2030)).toBe("2030-04-21");
    expect(nationalHoliday("2026-03-30")?.key).toBe("paske");
    expect(isoWeekOfDate("2026-03-30")).toBe(14);
    expect(nationalHoliday("2027-03-22")?.key).toBe("paske");
    expect(nationalHoliday("2026-04-06")).toBeNull();
  });

  it("takes Christmas to New Year, ISO week 53 of 2026 included, and the fellesferie ISO 28–31", () => {
    expect(nationalHoliday("2026-12-21")?.key).toBe("jul"); // ISO 52: 24 and 25 December
    expect(isoWeekOfDate("2026-12-28")).toBe(53);
    expect(nationalHoliday("2026-12-28")?.key).toBe("jul");
    expect(nationalHoliday("2027-01-04")).toBeNull();
    expect(nationalHoliday("2027-12-20")).toBeNull(); // only Friday 24th: a working week
    expect(nationalHoliday("2027-12-27")?.key).toBe("jul");
    for (const monday of ["2026-07-06", "2026-07-13", "2026-07-20", "2026-07-27"]) expect(nationalHoliday(monday)?.key).toBe("fellesferie");
    expect(nationalHoliday("2026-08-03")).toBeNull();
  });

  it("lets an owner's pause week and regional break pause the sequence; what moves only moves later", () => {
    const start = "2027-01-04";
    const before = planYear(arc, start).weeks;
    const after = planYear(arc, start, { regional: [{ key: "vinterferie", isoWeek: 8 }], pauseWeeks: [20], pins: [] }).weeks;
    expect(after[7]!.pause).toEqual({ kind: "holiday", name: "Vinterferie" });
    expect(after[19]!.kind).toBe("holiday");
    expect(before[7]!.challengeSlug).not.toBeNull();
    // Before the first new holiday nothing changes.
    expect(after.slice(0, 7)).toEqual(before.slice(0, 7));
  });

  it("keeps a pinned (completed) challenge in its week", () => {
    const start = "2027-01-04";
    const plan = planYear(arc, start, { regional: [], pauseWeeks: [], pins: [{ week: 3, slug: "rolle-planlagt-feltveiledning" }] }).weeks;
    expect(plan[2]!.challengeSlug).toBe("rolle-planlagt-feltveiledning");
    expect(plan.filter((w) => w.challengeSlug === "rolle-planlagt-feltveiledning")).toHaveLength(1);
  });

  it("moves a partner conversation that falls due in a holiday to the week after", () => {
    const plan = planYear(arc, "2027-01-04").weeks; // programme weeks 28–31 are the fellesferie
    expect(dueOutsideHolidays(plan, plan[27]!.monday)).toBe(plan[31]!.monday);
    expect(dueOutsideHolidays(plan, addDays(plan[30]!.monday, 3))).toBe(addDays(plan[31]!.monday, 3));
    expect(dueOutsideHolidays(plan, plan[26]!.monday)).toBe(plan[26]!.monday);
  });
});
