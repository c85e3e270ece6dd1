import {
  calendarDate,
  formatDate,
  formatMonth,
  formatTime,
  isMonday,
  programmeClock,
  programmeMonthOfWeek,
  programmeWeekAt,
  weekStartDate,
  zonedInstant,
} from "~/utils/programme-time";

describe("programme weeks", () => {
  const start = "2026-06-29"; // a Monday

  it("counts the start Monday as week 1 and the next Monday as week 2", () => {
    expect(programmeWeekAt(start, new Date("2026-06-29T08:00:00+02:00"))).toBe(1);
    expect(programmeWeekAt(start, new Date("2026-07-05T23:30:00+02:00"))).toBe(1);
    expect(programmeWeekAt(start, new Date("2026-07-06T00:05:00+02:00"))).toBe(2);
  });

  it("uses the Oslo calendar, not UTC: Sunday 23:30 UTC is already Monday in Oslo", () => {
    // 2026-07-05 23:30 UTC = 2026-07-06 01:30 in Oslo (summer time)
    expect(programmeWeekAt(start, new Date("2026-07-05T23:30:00Z"))).toBe(2);
  });

  it("keeps counting whole weeks across the autumn clock change", () => {
    // Clocks go back on 25 Oct 2026; Monday 26 Oct is 17 weeks after 29 June.
    expect(programmeWeekAt(start, new Date("2026-10-26T00:30:00+01:00"))).toBe(18);
    expect(programmeWeekAt(start, new Date("2026-10-25T23:59:00+01:00"))).toBe(17);
  });

  it("shows programme week 21 of 52 and ISO week 47 on 22 Nov 2026", () => {
    const clock = programmeClock(start, new Date("2026-11-22T12:00:00+01:00"));
    expect(clock).toMatchObject({ week: 21, currentWeek: 21, isoWeek: 47, phase: "running", today: "2026-11-22" });
  });

  it("knows before the start and after week 52", () => {
    expect(programmeClock(start, new Date("2026-06-20T12:00:00+02:00")).phase).toBe("before");
    expect(programmeClock(start, new Date("2027-06-28T12:00:00+02:00"))).toMatchObject({ week: 53, currentWeek: 52, phase: "ended" });
  });

  it("turns a programme week back into its Monday", () => {
    expect(weekStartDate(start, 1)).toBe("2026-06-29");
    expect(weekStartDate(start, 21)).toBe("2026-11-16");
  });

  it("spreads the 52 weeks over 12 months", () => {
    expect(programmeMonthOfWeek(1)).toBe(1);
    expect(programmeMonthOfWeek(52)).toBe(12);
    const months = new Set(Array.from({ length: 52 }, (_, i) => programmeMonthOfWeek(i + 1)));
    expect(months.size).toBe(12);
  });

  it("recognises Mondays and rejects impossible dates", () => {
    expect(isMonday("2026-06-29")).toBe(true);
    expect(isMonday("2026-06-30")).toBe(false);
    expect(isMonday("2026-02-30")).toBe(false);
  });
});

describe("Norwegian dates and times", () => {
  it("formats dates as 22. nov. 2026", () => {
    expect(formatDate("2026-11-22")).toBe("22. nov. 2026");
    expect(formatDate("2026-11-22", "en")).toBe("22 Nov 2026");
  });

  it("dates an instant by the day it falls on in Oslo, whatever language asked first", () => {
    // 23:30 UTC on 22 November is already the 23rd in Oslo.
    expect(formatDate(new Date("2026-11-22T23:30:00Z"), "en")).toBe("23 Nov 2026");
    expect(formatDate(new Date("2026-11-22T23:30:00Z"))).toBe("23. nov. 2026");
    expect(formatDate(new Date("2026-11-22T23:30:00Z"), "nb", "UTC")).toBe("22. nov. 2026");
    expect(formatMonth("2027-01-31", "nb")).toBe("januar 2027");
    expect(formatMonth("2027-01-04", "en", true)).toBe("Jan");
  });

  it("places 09:00 Oslo time correctly in winter and in summer", () => {
    const winter = zonedInstant("2026-01-14", "09:00");
    const summer = zonedInstant("2026-06-17", "09:00");
    expect(winter.toISOString()).toBe("2026-01-14T08:00:00.000Z");
    expect(summer.toISOString()).toBe("2026-06-17T07:00:00.000Z");
    expect(formatTime(winter)).toBe("09:00");
    expect(formatTime(summer)).toBe("09:00");
    expect(calendarDate(winter)).toBe("2026-01-14");
  });
});
