import { and, eq } from "drizzle-orm";

import { completeChallenge, listChallengeWeeks, reopenChallenge, skipChallenge, swapChallenge } from "~/models/challenge.server";
import { getParticipation } from "~/models/cohort.server";
import { getEntry } from "~/models/journal.server";
import { db, schema } from "~/utils/db.server";

import { addMember, makeCohort, makeUser } from "../support/factories";

const NOW = new Date("2026-11-22T12:00:00+01:00"); // week 21

async function setup() {
  const cohort = makeCohort({ startDate: "2026-06-29" });
  const user = await makeUser();
  addMember(cohort.id, user.id, "participant");
  return { user, participation: getParticipation(user.id, NOW)! };
}

describe("leader challenges", () => {
  it("lists all 52 weeks: summer weeks and samlinger as breaks, the past open, the future coming", async () => {
    const { user, participation } = await setup();
    const weeks = listChallengeWeeks(user.id, participation);
    expect(weeks).toHaveLength(52);
    expect(weeks.slice(0, 5).map((w) => w.status)).toEqual(["pause", "pause", "pause", "pause", "pause"]); // samling 1 + July
    expect(weeks[5]).toMatchObject({ week: 6, status: "open", challenge: { slug: "rolle-kalenderen-som-speil" } }); // the sequence resumes after July
    expect(weeks[20]).toMatchObject({ week: 21, status: "open", isCurrent: true });
    expect(weeks[21]!.status).toBe("coming");
    expect(weeks[25]!.pause).toEqual({ kind: "holiday", name: "Jul og nyttår" });
  });

  it("completing a challenge writes the reflection as a journal entry linked to it", async () => {
    const { user, participation } = await setup();
    const result = completeChallenge(user.id, participation, 21, "## Hva gjorde jeg?\n\nPrøvde to refleksjoner.", NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(getEntry(user.id, result.entryId)).toMatchObject({
      source: "challenge",
      sourceRef: "resultater-eget-kvartalsmal",
      title: "Jobbspesialistens eget kvartalsmål",
    });
    expect(listChallengeWeeks(user.id, participation)[20]).toMatchObject({ status: "done", journalEntryId: result.entryId });
  });

  it("allows a late completion and shows it as late", async () => {
    const { user, participation } = await setup();
    expect(completeChallenge(user.id, participation, 7, "Gjort sent.", NOW).ok).toBe(true);
    expect(listChallengeWeeks(user.id, participation)[6]!.status).toBe("late");
  });

  it("refuses a future week and a second completion, and writes nothing for them", async () => {
    const { user, participation } = await setup();
    expect(completeChallenge(user.id, participation, 22, "For tidlig", NOW)).toEqual({ ok: false, reason: "coming" });
    expect(completeChallenge(user.id, participation, 21, "Første", NOW).ok).toBe(true);
    expect(completeChallenge(user.id, participation, 21, "Andre", NOW)).toEqual({ ok: false, reason: "already-done" });
    expect(completeChallenge(user.id, participation, 2, "Sommer", NOW)).toEqual({ ok: false, reason: "not-found" });
    expect(completeChallenge(user.id, participation, 99, "Ukjent", NOW)).toEqual({ ok: false, reason: "not-found" });
    const rows = db.select().from(schema.journalEntries).where(eq(schema.journalEntries.userId, user.id)).all();
    expect(rows.map((r) => r.body)).toEqual(["Første"]);
  });

  it("skips with a reason, can be reopened, and a skipped week can still be done", async () => {
    const { user, participation } = await setup();
    expect(skipChallenge(user.id, participation, 8, "Budsjettuke", NOW).ok).toBe(true);
    expect(listChallengeWeeks(user.id, participation)[7]).toMatchObject({ status: "skipped", skipReason: "Budsjettuke" });
    expect(reopenChallenge(user.id, participation, 8)).toBe(true);
    expect(listChallengeWeeks(user.id, participation)[7]!.status).toBe("open");
    skipChallenge(user.id, participation, 8, null, NOW);
    expect(completeChallenge(user.id, participation, 8, "Likevel gjort", NOW).ok).toBe(true);
    const rows = db
      .select()
      .from(schema.challengeCompletions)
      .where(and(eq(schema.challengeCompletions.userId, user.id), eq(schema.challengeCompletions.programmeWeek, 8)))
      .all();
    expect(rows).toHaveLength(1);
  });

  it("swaps only for another challenge from the same module", async () => {
    const { user, participation } = await setup();
    expect(swapChallenge(user.id, participation, 21, "resultater-feir-som-team").ok).toBe(true);
    expect(listChallengeWeeks(user.id, participation)[20]).toMatchObject({
      swapped: true,
      challenge: { slug: "resultater-feir-som-team" },
    });
    expect(swapChallenge(user.id, participation, 21, "trygghet-maling")).toEqual({ ok: false, reason: "not-same-module" });
    expect(swapChallenge(user.id, participation, 21, "finnes-ikke")).toEqual({ ok: false, reason: "not-same-module" });
    const done = completeChallenge(user.id, participation, 21, "Gjort", NOW);
    expect(done.ok && getEntry(user.id, done.entryId)?.sourceRef).toBe("resultater-feir-som-team");
  });
});
