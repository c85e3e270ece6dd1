// The one place that turns programme weeks into calendar dates and back (design.md, "Time").
// A cohort starts on a Monday and runs 52 programme weeks; week n of an instant is
// floor(days since start / 7) + 1, counted in calendar days of the cohort's time zone.
import { TZDate } from "@date-fns/tz";
// One module per function and locale: the package's index loads all of date-fns and every one of
// its locales, about 9 MB of each server process's heap (ADR 027).
import { format } from "date-fns/format";
import { getISOWeek } from "date-fns/getISOWeek";
import { enGB } from "date-fns/locale/en-GB";
import { nb } from "date-fns/locale/nb";
import { nn } from "date-fns/locale/nn";

import { Lru } from "./lru";

export const PROGRAMME_WEEKS = 52;
export const DEFAULT_TIME_ZONE = "Europe/Oslo";
const DAY_MS = 86_400_000;

export type Locale = "nb" | "nn" | "en";
const dateFnsLocale = (locale: Locale) => ({ nb, nn, en: enGB })[locale];

/** "YYYY-MM-DD" of an instant as seen on a wall calendar in the given time zone. */
export function calendarDate(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  let f = dateFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(timeZone, f);
  }
  return f.format(instant);
}
// Making a formatter costs far more than using one, and every page asks for today's date several
// times. One per time zone (a cohort's zone is one of a handful).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a calendar date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isValidCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return !!m && fromDayNumber(dayNumber(date)) === date;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function isMonday(date: string): boolean {
  return isValidCalendarDate(date) && new Date(dayNumber(date) * DAY_MS).getUTCDay() === 1;
}

/** The Monday on or before a date. */
export function mondayOf(date: string): string {
  const weekday = (new Date(dayNumber(date) * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
}

/** Programme week of a calendar date; below 1 before the start, above 52 after the end. */
export function programmeWeekOfDate(startDate: string, date: string): number {
  return Math.floor(daysBetween(startDate, date) / 7) + 1;
}

export function programmeWeekAt(startDate: string, instant: Date, timeZone = DEFAULT_TIME_ZONE): number {
  return programmeWeekOfDate(startDate, calendarDate(instant, timeZone));
}

/** Monday (first day) of programme week n. */
export function weekStartDate(startDate: string, week: number): string {
  return addDays(startDate, (week - 1) * 7);
}

export function isoWeekOfDate(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return getISOWeek(new Date(y, m - 1, d));
}

/** Programme month (1–12) of a programme week: the year's 52 weeks split evenly over 12 months. */
export function programmeMonthOfWeek(week: number): number {
  const clamped = Math.min(Math.max(week, 1), PROGRAMME_WEEKS);
  return Math.min(12, Math.floor(((clamped - 1) * 12) / PROGRAMME_WEEKS) + 1);
}

export type ProgrammeClock = {
  /** Raw programme week: may be < 1 or > 52. */
  week: number;
  /** Week clamped into 1–52, for "this week" displays. */
  currentWeek: number;
  isoWeek: number;
  phase: "before" | "running" | "ended";
  today: string;
};

export function programmeClock(startDate: string, now: Date, timeZone = DEFAULT_TIME_ZONE): ProgrammeClock {
  const today = calendarDate(now, timeZone);
  const week = programmeWeekOfDate(startDate, today);
  return {
    week,
    currentWeek: Math.min(Math.max(week, 1), PROGRAMME_WEEKS),
    isoWeek: isoWeekOfDate(today),
    phase: week < 1 ? "before" : week > PROGRAMME_WEEKS ? "ended" : "running",
    today,
  };
}

/** The instant of a wall-clock time ("09:00") on a calendar date in a time zone. */
export function zonedInstant(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, timeZone).getTime());
}

/** "22. nov. 2026" (nb) / "22 Nov 2026" (en). Accepts a calendar date or an instant. */
export function formatDate(value: string | Date, locale: Locale = "nb", timeZone = DEFAULT_TIME_ZONE): string {
  // An instant is shown as the day it falls on in the time zone, so both kinds share one label per day.
  const date = typeof value === "string" ? value : calendarDate(value, timeZone);
  return labels.getOrSet(`${date}|${locale}|date`, () => {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    return format(new Date(y, m - 1, d), locale === "en" ? "d MMM yyyy" : "d. MMM yyyy", { locale: dateFnsLocale(locale) });
  });
}

// date-fns parses its pattern on every call, and a page such as Min uke or the journal list shows the
// same few dates and months dozens of times: a label is made once per day (or month) and language.
const labels = new Lru<string, string>(5000);

/** "09:00", 24-hour, in the time zone. */
export function formatTime(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(instant.getTime(), timeZone), "HH:mm");
}

export function formatWeekday(date: string, locale: Locale = "nb"): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), "EEEE", { locale: dateFnsLocale(locale) });
}

/** "januar 2027" (nb) / "January 2027" (en), for month labels over a calendar of weeks. */
export function formatMonth(date: string, locale: Locale = "nb", short = false): string {
  return labels.getOrSet(`${date.slice(0, 7)}|${locale}|${short ? "month" : "monthYear"}`, () => {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return format(new Date(y, m - 1, 1), short ? "MMM" : "LLLL yyyy", { locale: dateFnsLocale(locale) });
  });
}
