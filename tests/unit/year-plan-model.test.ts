// The owner's changes to a cohort's year, against a real database: holidays with a preview, moves and
// swaps, and what participants completed staying put. Times are explicit, so the suite holds at every named instant.
import { eq } from "drizzle-orm";

import { checkInStatus } from "~/models/partnership.server";
import { cohortWeekPlan, moveChallenge, planCollisions, previewHolidays, saveHolidays } from "~/models/year-plan.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, cohortWithPairs, makeCohort, makeUser } from "../support/factories";

const none = { vinterferie: null, hostferie: null };
/** Monday of programme week 3 of a cohort that starts 4 January 2027. */
const early = zonedInstant("2027-01-18", "09:00");

describe("a cohort's holidays", () => {
  it("previews what moves without writing, then saves; the plan pauses the new weeks", async () => {
    const cohort = makeCohort({ startDate: "2027-01-04" });
    const before = cohortWeekPlan(cohort);
    const preview = previewHolidays(cohort, { regional: { ...none, vinterferie: 8 }, pauseWeeks: [20] }, early);
    if ("problem" in preview) throw new Error(preview.problem.key);
    expect(preview.change.moved.length).toBeGreaterThan(0);
    expect(preview.change.moved.every((m) => m.to > m.from)).toBe(true);
    expect(cohortWeekPlan(cohort)).toEqual(before); // nothing saved
    const owner = await makeUser();
    saveHolidays(owner.id, cohort, { regional: { ...none, vinterferie: 8 }, pauseWeeks: [20] }, early);
    const after = cohortWeekPlan(cohort);
    expect(after[7]!.pause).toEqual({ kind: "holiday", name: "Vinterferie" });
    expect(after[19]!.kind).toBe("holiday");
  });

  it("refuses a pause in the past, outside the year, twice, on a holiday, or one that leaves no room for the core", () => {
    const cohort = makeCohort({ startDate: "2027-01-04" });
    const problem = (pauseWeeks: number[]) => {
      const r = previewHolidays(cohort, { regional: none, pauseWeeks }, early);
      return "problem" in r ? r.problem.key : null;
    };
    expect(problem([2])).toBe("plan.errors.pausePast");
    expect(problem([53])).toBe("plan.errors.pauseOutside");
    expect(problem([20, 20])).toBe("plan.errors.pauseTwice");
    expect(problem([12])).toBe("plan.errors.pauseHoliday"); // Easter 2027
    const many = Array.from({ length: 30 }, (_, i) => i + 20).filter((w) => ![28, 29, 30, 31].includes(w));
    expect(problem(many)).toMatch(/^plan\.errors\.noRoom\./);
    expect(db.select().from(schema.cohortPauseWeeks).where(eq(schema.cohortPauseWeeks.cohortId, cohort.id)).all()).toEqual([]);
  });

  it("keeps a completed challenge in its week when a holiday is added before it", async () => {
    const cohort = makeCohort({ startDate: "2027-01-04" });
    const u = await makeUser();
    addMember(cohort.id, u.id, "participant");
    const plan = cohortWeekPlan(cohort);
    const w = plan.find((x) => x.week === 9)!;
    db.insert(schema.challengeCompletions)
      .values({
        userId: u.id,
        cohortId: cohort.id,
        challengeSlug: w.challengeSlug!,
        programmeWeek: 9,
        status: "done",
        completedWeek: 9,
        completedAt: early,
      })
      .run();
    saveHolidays(u.id, cohort, { regional: { ...none, vinterferie: 8 }, pauseWeeks: [] }, early);
    const after = cohortWeekPlan(cohort);
    expect(after[8]!.challengeSlug).toBe(w.challengeSlug);
    expect(after.filter((x) => x.challengeSlug === w.challengeSlug)).toHaveLength(1);
    // And that week cannot become a pause.
    const r = previewHolidays(cohort, { regional: none, pauseWeeks: [9] }, early);
    expect("problem" in r && r.problem.key).toBe("plan.errors.pauseDone");
  });
});

describe("moving a challenge", () => {
  it("moves within its module, swaps two, and refuses another module's week, a holiday and a past week", async () => {
    const cohort = makeCohort({ startDate: "2027-01-04" });
    const owner = await makeUser();
    const plan = cohortWeekPlan(cohort);
    const mi = plan.filter((w) => w.challengeSlug?.startsWith("mi-") && w.placement === "sequence");
    const [first, second] = [mi[0]!, mi[1]!];
    const swap = moveChallenge(owner.id, cohort, { intent: "swap", slug: second.challengeSlug!, week: first.week }, early);
    expect("change" in swap).toBe(true);
    const after = cohortWeekPlan(cohort);
    expect(after[first.week - 1]!.challengeSlug).toBe(second.challengeSlug);
    expect(after[second.week - 1]!.challengeSlug).toBe(first.challengeSlug);

    const rolle = plan.find((w) => w.challengeSlug?.startsWith("rolle-") && w.week > 3)!;
    const across = moveChallenge(owner.id, cohort, { intent: "move", slug: rolle.challengeSlug!, week: first.week }, early);
    expect("problem" in across && across.problem.key).toBe("plan.errors.otherModule");
    const holiday = plan.find((w) => w.kind === "holiday")!;
    expect(moveChallenge(owner.id, cohort, { intent: "move", slug: first.challengeSlug!, week: holiday.week }, early)).toEqual({
      problem: { field: "week", key: "plan.errors.weekIs.holiday" },
    });
    expect(moveChallenge(owner.id, cohort, { intent: "move", slug: "rolle-kalenderen-som-speil", week: 2 }, early)).toEqual({
      problem: { field: "week", key: "plan.errors.weekPast" },
    });
  });
});

describe("partner conversations and samlinger in holidays", () => {
  it("never makes a conversation due in a holiday week", async () => {
    // Started 29 June 2026: programme weeks 26–27 are Christmas to New Year (ISO 52 and 53).
    const { cohort } = await cohortWithPairs([[1, 2]], { fromWeek: 24, toWeek: 30 });
    const plan = cohortWeekPlan(cohort);
    expect(plan[25]!.kind).toBe("holiday");
    const p = db.select().from(schema.partnerships).where(eq(schema.partnerships.cohortId, cohort.id)).get()!;
    // The pairing starts in week 24, so the cadence says week 25's Sunday: a working week, unchanged.
    const status = checkInStatus({ id: p.id, startsOn: plan[23]!.monday }, cohort, plan[23]!.monday);
    const dueWeek = plan.find((w) => w.monday <= status.dueOn && status.dueOn < plan[w.week]!.monday)!;
    expect(dueWeek.kind).not.toBe("holiday");
    db.insert(schema.checkIns)
      .values({
        partnershipId: p.id,
        authorId: null,
        heldOn: plan[24]!.monday,
        minutes: 30,
        format: "phone",
        topics: "[]",
        notes: "",
        nextSteps: "",
      })
      .run();
    // Two weeks after week 25's Monday is week 27: New Year's week, so it moves to week 28.
    const next = checkInStatus({ id: p.id, startsOn: plan[23]!.monday }, cohort, plan[24]!.monday);
    expect(next.dueOn >= plan[27]!.monday).toBe(true);
  });

  it("flags a gathering dated in a holiday", () => {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    db.insert(schema.gatherings)
      .values({
        cohortId: cohort.id,
        title: "Julesamling",
        startsAt: zonedInstant("2026-12-30", "09:00"),
        endsAt: zonedInstant("2026-12-30", "16:00"),
        place: "Oslo",
        agenda: "",
      })
      .run();
    const collisions = planCollisions(cohort, cohortWeekPlan(cohort));
    expect(collisions.find((c) => c.key === "gatheringInHoliday")).toMatchObject({ week: 27, values: { title: "Julesamling" } });
    expect(collisions.find((c) => c.key === "samlingMoved")).toMatchObject({ week: 28 });
  });
});
