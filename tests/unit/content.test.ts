import { readProgramme, weekPlan } from "~/utils/programme.server";

describe("the programme content", () => {
  const programme = readProgramme();

  it("has eleven modules and at least 50 challenges, each linked to a module", () => {
    expect(programme.modules).toHaveLength(11);
    expect(programme.challenges.size).toBeGreaterThanOrEqual(50);
  });

  it("has the customer's named three modules at 1,800 words or more and the others at 1,200 or more", async () => {
    const { compileFile } = await import("~/utils/content.server");
    const named = new Set(["psykologisk-trygghet", "motiverende-intervju", "anerkjennelse"]);
    for (const m of programme.modules) {
      const { words, prompts } = await compileFile(m.file);
      expect(words, m.slug).toBeGreaterThanOrEqual(named.has(m.slug) ? 1800 : 1200);
      expect(prompts.length, `${m.slug}: reflection prompts`).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives every week of a cohort starting in late June a challenge, a samling or a holiday", () => {
    const plan = weekPlan(programme, "2026-06-29");
    expect(plan).toHaveLength(52);
    for (const w of plan) expect(w.challengeSlug !== null || w.pause !== null).toBe(true);
    // The fellesferie (ISO 28–31), Christmas to New Year (ISO 52 and 53 of 2026) and Easter 2027 (ISO 12).
    expect(plan.filter((w) => w.pause?.kind === "holiday").map((w) => w.isoWeek)).toEqual([28, 29, 30, 31, 52, 53, 12]);
    expect(plan.filter((w) => w.pause?.kind === "samling").map((w) => w.week)).toEqual([1, 10, 19, 28, 36, 52]); // Samling 4 leaves New Year's week
  });

  it("never sets a challenge from a module that has not opened yet", () => {
    const opensIn = new Map(programme.modules.map((m) => [m.slug, m.month]));
    for (const w of weekPlan(programme, "2027-01-04")) {
      if (!w.challengeSlug) continue;
      const module = programme.challenges.get(w.challengeSlug)!.module;
      expect(opensIn.get(module), `week ${w.week}: ${w.challengeSlug}`).toBeLessThanOrEqual(w.month);
    }
  });
});
