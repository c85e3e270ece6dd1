// The time model at the instants where week arithmetic goes wrong (tests/support/instants.ts), and
// as properties over every start Monday from 2025 to 2032. The reference arithmetic here is
// deliberately different from app/utils/programme-time.ts (Intl parts and UTC noon), so a bug in
// one does not hide in the other.
import fc from "fast-check";

import { getProgramme, weekPlan } from "~/utils/programme.server";
import {
  addDays,
  calendarDate,
  PROGRAMME_WEEKS,
  programmeClock,
  programmeWeekAt,
  weekStartDate,
  zonedInstant,
} from "~/utils/programme-time";
import { nationalHoliday } from "~/utils/year-plan";

import { INSTANTS } from "../support/instants";

const START = "2026-08-31"; // a Monday

describe("a cohort that started on Monday 31 August 2026, at each named instant", () => {
  const cases = [
    { name: "mondayMorning", week: 23, isoWeek: 5, today: "2027-02-01" },
    { name: "sundayNight", week: 22, isoWeek: 4, today: "2027-01-31" },
    { name: "dstSpring", week: 30, isoWeek: 12, today: "2027-03-28" },
    { name: "dstAutumn", week: 8, isoWeek: 43, today: "2026-10-25" },
    { name: "isoWeek53", week: 18, isoWeek: 53, today: "2026-12-31" },
  ] as const;

  for (const c of cases) {
    it(`${c.name} (${INSTANTS[c.name]}) is programme week ${c.week}, ISO week ${c.isoWeek}`, () => {
      expect(programmeClock(START, new Date(INSTANTS[c.name]))).toEqual({
        week: c.week,
        currentWeek: c.week,
        isoWeek: c.isoWeek,
        phase: "running",
        today: c.today,
      });
    });
  }

  it("Sunday night is the last of its week; one minute past midnight the next week begins", () => {
    const sunday = new Date(INSTANTS.sundayNight);
    expect(programmeWeekAt(START, new Date(sunday.getTime() + 14 * 60_000))).toBe(22); // 23:59
    expect(programmeWeekAt(START, new Date(sunday.getTime() + 16 * 60_000))).toBe(23); // 00:01 Monday
  });

  it("a cohort in its first week, before its start and after its end", () => {
    const monday = new Date(INSTANTS.mondayMorning);
    expect(programmeClock("2027-02-01", monday)).toMatchObject({ week: 1, phase: "running" });
    expect(programmeClock("2027-02-08", monday)).toMatchObject({ week: 0, currentWeek: 1, phase: "before" });
    expect(programmeClock("2026-02-02", monday)).toMatchObject({ week: 53, currentWeek: 52, phase: "ended" });
    expect(programmeClock("2026-02-09", monday)).toMatchObject({ week: 52, phase: "running" });
  });

  it("the hour that does not exist in spring and the hour that happens twice in autumn stay on their day", () => {
    expect(calendarDate(zonedInstant("2027-03-28", "02:30"))).toBe("2027-03-28");
    expect(calendarDate(new Date("2026-10-25T02:30:00+02:00"))).toBe("2026-10-25");
    expect(calendarDate(new Date(INSTANTS.dstAutumn))).toBe("2026-10-25");
  });
});

// ——— Properties over start dates 2025–2032 ———

/** Oslo calendar date by Intl parts: the reference, independent of calendarDate(). */
function osloDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}
const noonUtc = (date: string) => new Date(`${date}T12:00:00Z`).getTime();
const referenceWeek = (start: string, instant: Date) =>
  Math.floor(Math.round((noonUtc(osloDate(instant)) - noonUtc(start)) / 86_400_000) / 7) + 1;

const FIRST_MONDAY = "2024-12-30"; // the Monday of ISO week 1 of 2025
const MONDAYS = Math.floor((noonUtc("2032-12-27") - noonUtc(FIRST_MONDAY)) / (7 * 86_400_000)) + 1;
const startMonday = fc.integer({ min: 0, max: MONDAYS - 1 }).map((i) => addDays(FIRST_MONDAY, i * 7));

describe("the time model, for every start Monday from 2025 to 2032", () => {
  it("maps every instant around a cohort's year to exactly the week the reference arithmetic gives", () => {
    fc.assert(
      fc.property(startMonday, fc.integer({ min: -60 * 24 * 60, max: 420 * 24 * 60 }), (start, minutes) => {
        const instant = new Date(zonedInstant(start, "00:00").getTime() + minutes * 60_000);
        expect(programmeWeekAt(start, instant)).toBe(referenceWeek(start, instant));
      }),
      { numRuns: 5_000 },
    );
  });

  it("gives each of the 52 weeks seven consecutive days, Monday 00:00 to Sunday 23:59 Oslo time", () => {
    fc.assert(
      fc.property(startMonday, fc.integer({ min: 1, max: PROGRAMME_WEEKS }), (start, week) => {
        const monday = weekStartDate(start, week);
        expect(new Date(noonUtc(monday)).getUTCDay()).toBe(1);
        for (let day = 0; day < 7; day++) {
          const date = addDays(monday, day);
          expect(programmeWeekAt(start, zonedInstant(date, "00:00"))).toBe(week);
          expect(programmeWeekAt(start, zonedInstant(date, "23:59"))).toBe(week);
        }
        expect(programmeWeekAt(start, new Date(zonedInstant(monday, "00:00").getTime() - 60_000))).toBe(week - 1);
      }),
      { numRuns: 400 },
    );
  });

  it("plans 52 contiguous weeks, with the national holidays of each week's date", () => {
    const programme = getProgramme();
    fc.assert(
      fc.property(startMonday, (start) => {
        const plan = weekPlan(programme, start);
        expect(plan).toHaveLength(PROGRAMME_WEEKS);
        plan.forEach((w, i) => {
          expect(w.week).toBe(i + 1);
          expect(w.monday).toBe(addDays(start, 7 * i));
          const holiday = nationalHoliday(w.monday);
          if (holiday) {
            expect(w.challengeSlug).toBeNull();
            expect(w.pause).toEqual({ kind: "holiday", name: holiday.name });
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
