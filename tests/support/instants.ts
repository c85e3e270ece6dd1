// The named instants the suite runs at (docs/decisions/010-one-clock.md). Each one is a case where
// week arithmetic goes wrong if it is done carelessly: set APP_NOW to any of them and `npm test`
// must still pass.
export const INSTANTS = {
  /** A Monday morning in Oslo, in winter: the default for unit and browser tests. */
  mondayMorning: "2027-02-01T08:30:00+01:00",
  /** The last minutes of a Sunday in Oslo: already Monday in UTC+2, still Sunday here. */
  sundayNight: "2027-01-31T23:45:00+01:00",
  /** Spring forward: the last Sunday of March 2027, just after 02:00 became 03:00. */
  dstSpring: "2027-03-28T03:30:00+02:00",
  /** Fall back: the last Sunday of October 2026, the second 02:30 (after the clocks went back). */
  dstAutumn: "2026-10-25T02:30:00+01:00",
  /** ISO week 53 of 2026, between Christmas and New Year. */
  isoWeek53: "2026-12-31T12:00:00+01:00",
} as const;

export type InstantName = keyof typeof INSTANTS;

export const DEFAULT_INSTANT: InstantName = "mondayMorning";

/** APP_NOW may be an instant or the name of one of the instants above. */
export function resolveInstant(value: string | undefined): string {
  if (!value) return INSTANTS[DEFAULT_INSTANT];
  return value in INSTANTS ? INSTANTS[value as InstantName] : value;
}
