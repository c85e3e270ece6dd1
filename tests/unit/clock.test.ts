import * as clock from "~/utils/clock.server";
import { readClockSettings } from "~/utils/clock.server";

import { INSTANTS, resolveInstant } from "../support/instants";

describe("the one clock", () => {
  afterEach(() => clock.setClockForTests(resolveInstant(process.env.APP_NOW), { frozen: false }));

  it("reads real time when APP_NOW is not set", () => {
    expect(readClockSettings({ NODE_ENV: "production" })).toEqual({ start: null, frozen: false });
  });

  it("refuses a pinned clock in production, with a message that says what to do", () => {
    expect(() => readClockSettings({ NODE_ENV: "production", APP_NOW: INSTANTS.mondayMorning })).toThrow(
      /NODE_ENV=production.*Remove APP_NOW/,
    );
  });

  it("accepts only an instant with an offset, and only the two clock modes", () => {
    expect(() => readClockSettings({ NODE_ENV: "test", APP_NOW: "2027-02-01" })).toThrow(/not an instant/);
    expect(() => readClockSettings({ NODE_ENV: "test", APP_NOW: "2027-02-01T08:30:00" })).toThrow(/not an instant/);
    expect(() => readClockSettings({ NODE_ENV: "test", APP_NOW: "i morgen" })).toThrow(/not an instant/);
    expect(() => readClockSettings({ NODE_ENV: "test", APP_NOW: INSTANTS.mondayMorning, APP_CLOCK: "fast" })).toThrow(/APP_CLOCK/);
    expect(() => readClockSettings({ NODE_ENV: "test", APP_CLOCK: "frozen" })).toThrow(/needs APP_NOW/);
    expect(readClockSettings({ NODE_ENV: "development", APP_NOW: "2027-02-01T08:30:00+01:00", APP_CLOCK: "frozen" })).toEqual({
      start: new Date("2027-02-01T07:30:00Z"),
      frozen: true,
    });
  });

  it("stands still when frozen and runs on from the pinned instant otherwise", async () => {
    clock.setClockForTests(INSTANTS.sundayNight, { frozen: true });
    const a = clock.now();
    await new Promise((r) => setTimeout(r, 25));
    expect(clock.now().getTime()).toBe(a.getTime());
    expect(a.toISOString()).toBe("2027-01-31T22:45:00.000Z");

    clock.setClockForTests(INSTANTS.sundayNight, { frozen: false });
    await new Promise((r) => setTimeout(r, 25));
    const elapsed = clock.nowMs() - new Date(INSTANTS.sundayNight).getTime();
    expect(elapsed).toBeGreaterThanOrEqual(20);
    expect(elapsed).toBeLessThan(5_000);
  });

  it("is what the unit tests run at: the named instant, not the day they run", () => {
    expect(Math.abs(clock.nowMs() - new Date(resolveInstant(process.env.APP_NOW)).getTime())).toBeLessThan(10 * 60_000);
  });

  it("cannot be moved outside tests", () => {
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      expect(() => clock.setClockForTests(INSTANTS.mondayMorning)).toThrow(/only available when NODE_ENV=test/);
    } finally {
      process.env.NODE_ENV = saved;
    }
  });
});

describe("the production server", () => {
  it("refuses to start with a pinned clock, and says what to remove", async () => {
    const { spawnSync } = await import("node:child_process");
    const run = spawnSync("node_modules/.bin/tsx", ["server.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        APP_NOW: INSTANTS.mondayMorning,
        PORT: "3999",
        DATABASE_PATH: "tests/.tmp/refused.db",
      },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Kan ikke starte: APP_NOW=2027-02-01T08:30:00+01:00 is set, but NODE_ENV=production");
  });
});
