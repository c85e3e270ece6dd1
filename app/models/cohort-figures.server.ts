// The owners' figures of a cohort (one row per participant, the cohort summary), computed once per
// version of what they are computed from (ADR 027). At 2,000 participants they cost about 60 ms of
// grouped queries over every completion, conversation and journal entry; an owner's dashboard, the
// participant list and the report all need them. Triggers (migration 0015) raise the cohort's
// activity version on every write that changes a figure, in any process; the plan version, the
// cohort's own settings and the minute are part of the key too, so nothing stale outlives a minute
// of the clock even where no write marks it (a samling that ended, a week that began).
import { eq } from "drizzle-orm";

import type { Cohort } from "~/models/cohort.server";
import { planVersion } from "~/models/plan-cache.server";
import { db, schema } from "~/utils/db.server";
import { deepFreeze } from "~/utils/deep-freeze";
import { Lru } from "~/utils/lru";

const MAX_ENTRIES = 100;
const figures = new Lru<string, { stamp: string; value: unknown }>(MAX_ENTRIES);

export function activityVersion(cohortId: number): number {
  return (
    db
      .select({ v: schema.cohortActivityVersions.version })
      .from(schema.cohortActivityVersions)
      .where(eq(schema.cohortActivityVersions.cohortId, cohortId))
      .get()?.v ?? 0
  );
}

type CohortKey = Pick<Cohort, "id" | "startDate" | "timeZone" | "followUpChallengeWeeks" | "followUpCheckInWeeks">;

/** `compute()`'s value, from the cache while the cohort's data, settings and the clock's minute are the same. */
export function cachedFigures<T>(kind: string, cohort: CohortKey, now: Date, compute: () => T): T {
  const stamp = [
    activityVersion(cohort.id),
    planVersion(cohort.id),
    cohort.startDate,
    cohort.timeZone,
    cohort.followUpChallengeWeeks,
    cohort.followUpCheckInWeeks,
    Math.floor(now.getTime() / 60_000),
  ].join("|");
  const key = `${cohort.id}:${kind}`;
  const hit = figures.get(key);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = deepFreeze(compute());
  figures.set(key, { stamp, value });
  return value;
}
