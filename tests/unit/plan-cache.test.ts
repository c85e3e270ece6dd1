// The year-plan cache (ADR 026) against a real database file: a hit while nothing changed, and a
// fresh plan after every kind of write the plan depends on — also when another connection (another
// server process) made it.
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";

import { cachedPlan, planVersion } from "~/models/plan-cache.server";
import { cohortPlan, cohortWeekPlan, saveHolidays } from "~/models/year-plan.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, makeCohort, makeUser } from "../support/factories";

const none = { vinterferie: null, hostferie: null };
const early = zonedInstant("2027-01-18", "09:00");

async function cohortWithParticipant() {
  const cohort = makeCohort({ startDate: "2027-01-04" });
  const user = await makeUser();
  addMember(cohort.id, user.id, "participant");
  return { cohort, user };
}

describe("the cohort plan cache", () => {
  it("answers from the cache while nothing the plan depends on changed", async () => {
    const { cohort } = await cohortWithParticipant();
    const first = cohortPlan(cohort);
    expect(cohortPlan(cohort)).toBe(first);
    // A cached plan is shared between requests, so nobody may change it.
    expect(() => {
      (first.weeks[0] as { week: number }).week = 99;
    }).toThrow(TypeError);
  });

  it("raises the version on insert, update and delete of completions, breaks, pause weeks and pins", async () => {
    const { cohort, user } = await cohortWithParticipant();
    const other = makeCohort({ startDate: "2027-01-04" });
    const steps: (() => void)[] = [
      () =>
        db
          .insert(schema.challengeCompletions)
          .values({
            userId: user.id,
            cohortId: cohort.id,
            challengeSlug: "x",
            programmeWeek: 1,
            status: "done",
            completedWeek: 1,
            completedAt: early,
          })
          .run(),
      () => db.update(schema.challengeCompletions).set({ status: "skipped" }).where(eq(schema.challengeCompletions.userId, user.id)).run(),
      () => db.delete(schema.challengeCompletions).where(eq(schema.challengeCompletions.userId, user.id)).run(),
      () => db.insert(schema.cohortRegionalBreaks).values({ cohortId: cohort.id, breakKey: "vinterferie", isoWeek: 8 }).run(),
      () => db.update(schema.cohortRegionalBreaks).set({ isoWeek: 9 }).where(eq(schema.cohortRegionalBreaks.cohortId, cohort.id)).run(),
      () => db.delete(schema.cohortRegionalBreaks).where(eq(schema.cohortRegionalBreaks.cohortId, cohort.id)).run(),
      () => db.insert(schema.cohortPauseWeeks).values({ cohortId: cohort.id, programmeWeek: 20 }).run(),
      () => db.delete(schema.cohortPauseWeeks).where(eq(schema.cohortPauseWeeks.cohortId, cohort.id)).run(),
      () => db.insert(schema.cohortPlanPins).values({ cohortId: cohort.id, programmeWeek: 5, challengeSlug: "x" }).run(),
      () => db.update(schema.cohortPlanPins).set({ programmeWeek: 6 }).where(eq(schema.cohortPlanPins.cohortId, cohort.id)).run(),
      () => db.delete(schema.cohortPlanPins).where(eq(schema.cohortPlanPins.cohortId, cohort.id)).run(),
    ];
    for (const step of steps) {
      const before = planVersion(cohort.id);
      step();
      expect(planVersion(cohort.id)).toBeGreaterThan(before);
    }
    expect(planVersion(other.id)).toBe(0);
  });

  it("computes again after the owner saves holidays, and the new plan shows them", async () => {
    const { cohort } = await cohortWithParticipant();
    const before = cohortWeekPlan(cohort);
    expect(before[19]!.kind).not.toBe("holiday");
    const owner = await makeUser();
    saveHolidays(owner.id, cohort, { regional: none, pauseWeeks: [20] }, early);
    const after = cohortWeekPlan(cohort);
    expect(after).not.toBe(before);
    expect(after[19]!.kind).toBe("holiday");
  });

  it("sees a change another process wrote to the same file", async () => {
    const { cohort } = await cohortWithParticipant();
    let computed = 0;
    const compute = () => (computed++, cohortPlan({ id: cohort.id, startDate: "2027-01-04" }));
    const key = { id: cohort.id, startDate: "2027-01-04" };
    cachedPlan(key, compute);
    cachedPlan(key, compute);
    expect(computed).toBe(1);
    const elsewhere = new Database(db.$client.name);
    elsewhere.pragma("foreign_keys = ON");
    elsewhere.prepare("insert into cohort_pause_weeks (cohort_id, programme_week) values (?, ?)").run(cohort.id, 30);
    elsewhere.close();
    cachedPlan(key, compute);
    expect(computed).toBe(2);
    expect(cohortWeekPlan(cohort)[29]!.kind).toBe("holiday");
  });

  it("computes again when the start date changes, and a deleted cohort takes its version along", async () => {
    const { cohort } = await cohortWithParticipant();
    const first = cohortWeekPlan(cohort);
    const moved = cohortWeekPlan({ ...cohort, startDate: "2027-02-01" });
    expect(moved[0]!.monday).toBe("2027-02-01");
    expect(first[0]!.monday).toBe("2027-01-04");
    db.insert(schema.cohortPauseWeeks).values({ cohortId: cohort.id, programmeWeek: 20 }).run();
    db.delete(schema.cohorts).where(eq(schema.cohorts.id, cohort.id)).run();
    expect(db.select().from(schema.cohortPlanVersions).where(eq(schema.cohortPlanVersions.cohortId, cohort.id)).all()).toEqual([]);
  });
});
