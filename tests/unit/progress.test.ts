import { eq } from "drizzle-orm";

import { cohortSummary, participantRows, quietPairs, weekGrid } from "~/models/progress.server";
import { db, schema } from "~/utils/db.server";

import { seedDemo } from "../../db/seed";
import { INSTANTS } from "../support/instants";

const INSTANT_ISO_WEEK_53 = INSTANTS.isoWeek53;

const NOW = new Date("2026-11-22T12:00:00+01:00");

describe("cohort progress for owners (on the demo cohort)", () => {
  beforeAll(async () => {
    await seedDemo(db, NOW);
  });
  const cohort = () => db.select().from(schema.cohorts).get()!;
  const byEmail = (local: string) => participantRows(cohort(), NOW).find((r) => r.email === `${local}@demo.example`)!;

  it("finds the three who have fallen behind, each with the right reason", () => {
    expect(byEmail("deltaker04").reasons).toContain("no-challenge");
    expect(byEmail("deltaker07").reasons).toEqual(expect.arrayContaining(["no-check-in", "missed-samling"]));
    expect(byEmail("deltaker11").reasons).toEqual(expect.arrayContaining(["no-challenge", "no-check-in"]));
    expect(byEmail("deltaker01").reasons).toEqual([]);
    expect(byEmail("deltaker01").standing).toBe("on-track");
  });

  it("follows the cohort's thresholds", () => {
    const c = cohort();
    db.update(schema.cohorts).set({ followUpChallengeWeeks: 12 }).where(eq(schema.cohorts.id, c.id)).run();
    expect(byEmail("deltaker04").reasons).not.toContain("no-challenge");
    db.update(schema.cohorts).set({ followUpChallengeWeeks: 3 }).where(eq(schema.cohorts.id, c.id)).run();
    expect(byEmail("deltaker04").reasons).toContain("no-challenge");
  });

  it("counts per person agree with the rows in the database", () => {
    const r = byEmail("deltaker01");
    const rows = db.select().from(schema.challengeCompletions).where(eq(schema.challengeCompletions.userId, r.userId)).all();
    expect(r.done + r.late).toBe(rows.filter((x) => x.status === "done").length);
    expect(r.late).toBe(rows.filter((x) => x.status === "done" && x.completedWeek > x.programmeWeek).length);
    expect(r.skipped).toBe(rows.filter((x) => x.status === "skipped").length);
  });

  it("summarises the cohort: participants, weekly completion, quiet pairs, modules and attendance", () => {
    const s = cohortSummary(cohort(), NOW);
    expect(s.participants).toBe(12);
    expect(s.week).toBe(21);
    expect(s.completionByWeek).toHaveLength(21);
    const week6 = s.completionByWeek[5]!;
    const stored = db.select().from(schema.challengeCompletions).where(eq(schema.challengeCompletions.programmeWeek, 6)).all();
    expect(week6.done + week6.late + week6.skipped).toBe(stored.length);
    expect(s.pairs).toHaveLength(6);
    expect(quietPairs(cohort(), NOW).map((p) => p.names.join("+"))).toEqual(
      expect.arrayContaining(["Henrik Solberg+Mona Karlsen", "Randi Haugen+Thomas Moen"]),
    );
    expect(s.gatherings.filter((g) => g.attended > 0)).toHaveLength(3);
    expect(s.cadenceWeeks).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    const keen = s.pairs.find((p) => p.names.includes("Silje Hansen"))!;
    expect(keen.weeksWithCheckIn.length).toBe(keen.last13);
    expect(s.pairs.find((p) => p.names.includes("Mona Karlsen"))!.weeksWithCheckIn).toEqual([]);
    expect(s.modules[0]!.completed).toBeGreaterThan(0);
  });

  it("draws each person's weeks: done, late, skipped, missed, this week, coming and breaks", () => {
    const r = byEmail("deltaker11");
    const grid = weekGrid(cohort(), [r.userId], NOW).get(r.userId)!;
    expect(grid).toHaveLength(52);
    expect(grid[1]).toBe("pause"); // July
    expect(grid[14]).toBe("missed");
    expect(grid[20]).toBe("open");
    expect(grid[30]).toBe("coming");
  });

  it("carries no text anyone wrote", () => {
    const json = JSON.stringify([participantRows(cohort(), NOW), cohortSummary(cohort(), NOW)]);
    for (const e of db.select({ body: schema.journalEntries.body }).from(schema.journalEntries).limit(50).all())
      expect(json).not.toContain(e.body.slice(0, 40));
    for (const c of db.select({ notes: schema.checkIns.notes }).from(schema.checkIns).limit(20).all())
      expect(json).not.toContain(c.notes.slice(0, 40));
  });
});

describe("follow-up across holidays", () => {
  it("counts only weeks that had a challenge: nobody is flagged because Christmas and a samling week came in between", async () => {
    const { getParticipation } = await import("~/models/cohort.server");
    const { completeChallenge } = await import("~/models/challenge.server");
    const { addMember, makeCohort, makeUser } = await import("../support/factories");
    // Week 21 is ISO week 53 (2026-12-28); week 20 is the Christmas week, week 19 a samling week.
    const newYear = new Date(INSTANT_ISO_WEEK_53);
    const christmasCohort = makeCohort({ startDate: "2026-08-10" });
    const person = await makeUser();
    addMember(christmasCohort.id, person.id, "participant");
    const early = new Date("2026-12-02T12:00:00+01:00"); // week 17
    expect(completeChallenge(person.id, getParticipation(person.id, early)!, 17, "Gjort i uke 17.", early).ok).toBe(true);
    const row = participantRows(christmasCohort, newYear).find((r) => r.userId === person.id)!;
    expect(row.lastDoneWeek).toBe(17);
    expect(row.reasons).not.toContain("no-challenge");
  });
});
