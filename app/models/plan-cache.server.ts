// The cohort's year plan, computed once per version of what it is computed from (ADR 026). Min uke,
// the challenge list, the partner page and the dashboard all need it, and computing it costs a
// grouped query over every completion of the cohort (80,000 rows at 2,000 people) plus the year's
// date arithmetic. The version is a counter the database's triggers raise on every write to
// completions, regional breaks, pause weeks and pins (migration 0014_perf), so a change made in any
// server process — each has its own cache — is seen by the next request in every process.
import { eq } from "drizzle-orm";

import { db, schema } from "~/utils/db.server";
import { deepFreeze } from "~/utils/deep-freeze";
import { Lru } from "~/utils/lru";
import type { YearPlan } from "~/utils/year-plan";

const MAX_COHORTS = 200;
const plans = new Lru<number, { startDate: string; version: number; plan: YearPlan }>(MAX_COHORTS);

export function planVersion(cohortId: number): number {
  return (
    db
      .select({ v: schema.cohortPlanVersions.version })
      .from(schema.cohortPlanVersions)
      .where(eq(schema.cohortPlanVersions.cohortId, cohortId))
      .get()?.v ?? 0
  );
}

/** The cached plan while the cohort's start date and plan version are the same; else `compute()`'s, stored. */
export function cachedPlan(cohort: { id: number; startDate: string }, compute: () => YearPlan): YearPlan {
  const version = planVersion(cohort.id);
  const hit = plans.get(cohort.id);
  if (hit && hit.version === version && hit.startDate === cohort.startDate) return hit.plan;
  const plan = deepFreeze(compute());
  plans.set(cohort.id, { startDate: cohort.startDate, version, plan });
  return plan;
}
