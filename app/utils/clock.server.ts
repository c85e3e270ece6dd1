// The one clock (design.md, "Time"; docs/decisions/010-one-clock.md). Every "now" in the product —
// loaders, actions, models, the scheduler, the demo seed, the calendar feed, e-mails — comes from
// here, so that a test, a developer or a bug report can say "this is what it looked like at
// 2027-02-01 08:30 Oslo time" and get exactly that.
//
// APP_NOW=<ISO instant with offset> sets where the clock starts; from there it runs at normal
// speed (sessions expire, timestamps order). APP_CLOCK=frozen stops it at APP_NOW. Both are
// refused at start-up when NODE_ENV=production: a live product always runs on real time.

export type ClockSettings = { start: Date | null; frozen: boolean };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads APP_NOW / APP_CLOCK; throws a message a person can act on when they are wrong or not allowed. */
export function readClockSettings(vars: Record<string, string | undefined>): ClockSettings {
  const raw = vars.APP_NOW?.trim();
  const mode = vars.APP_CLOCK?.trim();
  if (!raw) {
    if (mode === "frozen") throw new Error("APP_CLOCK=frozen needs APP_NOW as well (e.g. APP_NOW=2027-02-01T08:30:00+01:00).");
    return { start: null, frozen: false };
  }
  if (vars.NODE_ENV === "production") {
    throw new Error(
      `APP_NOW=${raw} is set, but NODE_ENV=production: the clock can only be pinned in development and tests. Remove APP_NOW.`,
    );
  }
  const start = new Date(raw);
  if (!ISO_INSTANT.test(raw) || Number.isNaN(start.getTime())) {
    throw new Error(`APP_NOW=${raw} is not an instant with a time zone offset, e.g. APP_NOW=2027-02-01T08:30:00+01:00.`);
  }
  if (mode !== undefined && mode !== "" && mode !== "frozen" && mode !== "running") {
    throw new Error(`APP_CLOCK=${mode}: use "running" (the default) or "frozen".`);
  }
  return { start, frozen: mode === "frozen" };
}

// The only real readings of the system clock in app code.
const systemNow = () => Date.now();

// Read on first use, so that server.ts can refuse a bad setting with a clean message first.
let settings: ClockSettings | undefined;
let startedAt = 0;

function current(): ClockSettings {
  if (!settings) {
    settings = readClockSettings(process.env);
    startedAt = systemNow();
  }
  return settings;
}

/** The current instant, as the product sees it. */
export function now(): Date {
  const settings = current();
  if (!settings.start) return new Date(systemNow());
  if (settings.frozen) return new Date(settings.start.getTime());
  return new Date(settings.start.getTime() + (systemNow() - startedAt));
}

/** Milliseconds since the epoch, for durations and rate windows. */
export function nowMs(): number {
  return now().getTime();
}

/** True when the clock is not real time: shown in the server's start-up line. */
export function isPinned(): boolean {
  return current().start !== null;
}

/**
 * For unit tests: pin (or, with null, release) the clock in this process. Refused outside tests so
 * no code path in a running product can move time.
 */
export function setClockForTests(instant: Date | string | null, options: { frozen?: boolean } = {}) {
  if (process.env.NODE_ENV !== "test") throw new Error("setClockForTests is only available when NODE_ENV=test.");
  settings = instant === null ? { start: null, frozen: false } : { start: new Date(instant), frozen: options.frozen ?? true };
  startedAt = systemNow();
}
