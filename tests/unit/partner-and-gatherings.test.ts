import { confirmCheckIn, listCheckIns, logCheckIn } from "~/models/check-in.server";
import { getParticipation } from "~/models/cohort.server";
import { listSharedWithMe, revokeShare, shareEntry } from "~/models/entry-share.server";
import { answerGathering, listGatherings } from "~/models/gathering.server";
import { createEntry } from "~/models/journal.server";
import { checkInStatus, currentPartnership } from "~/models/partnership.server";
import { db, schema } from "~/utils/db.server";

import { cohortWithPairs } from "../support/factories";

const NOW = new Date("2026-11-22T12:00:00+01:00"); // week 21, pairing weeks 14–26 starts 28 Sep
const part = (id: number) => getParticipation(id, NOW)!;
const talk = {
  heldOn: "2026-11-18",
  minutes: 30,
  format: "video" as const,
  topics: ["module:motiverende-intervju"],
  notes: "Vi snakket om refleksjoner.",
  nextSteps: "Prøve igjen.",
};

describe("training partners", () => {
  it("shows the partner of the current period, and a trio when there is one", async () => {
    const { people } = await cohortWithPairs([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(currentPartnership(people[0]!.id, part(people[0]!.id))?.partners.map((p) => p.userId)).toEqual([people[1]!.id]);
    expect(currentPartnership(people[2]!.id, part(people[2]!.id))?.partners).toHaveLength(2);
  });

  it("logs a conversation the partner sees and confirms; outsiders can neither see nor confirm it", async () => {
    const { people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c] = people;
    const logged = logCheckIn(a!.id, part(a!.id), talk, NOW);
    expect(logged.ok).toBe(true);
    if (!logged.ok) return;
    const pB = currentPartnership(b!.id, part(b!.id))!;
    expect(listCheckIns(pB.id).map((x) => x.id)).toEqual([logged.id]);
    expect(confirmCheckIn(a!.id, logged.id, "")).toBe(false); // not one's own
    expect(confirmCheckIn(c!.id, logged.id, "Jeg var ikke der")).toBe(false); // not in the pair
    expect(confirmCheckIn(b!.id, logged.id, "Nyttig!")).toBe(true);
    expect(listCheckIns(pB.id)[0]!.responses).toMatchObject([{ userId: b!.id, reflection: "Nyttig!" }]);
    const pC = currentPartnership(c!.id, part(c!.id))!;
    expect(listCheckIns(pC.id)).toEqual([]);
  });

  it("refuses a date in the future or before the pairing, unknown topics, and a missing partner", async () => {
    const { people } = await cohortWithPairs([[1, 2]]);
    const a = people[0]!;
    expect(logCheckIn(a.id, part(a.id), { ...talk, heldOn: "2026-11-23" }, NOW)).toEqual({ ok: false, reason: "future-date" });
    expect(logCheckIn(a.id, part(a.id), { ...talk, heldOn: "2026-09-01" }, NOW)).toEqual({ ok: false, reason: "before-pairing" });
    expect(logCheckIn(a.id, part(a.id), { ...talk, topics: ["module:finnes-ikke"] }, NOW)).toEqual({ ok: false, reason: "unknown-topic" });
    const { people: alone } = await cohortWithPairs([[1]], { fromWeek: 1, toWeek: 2 });
    expect(logCheckIn(alone[0]!.id, part(alone[0]!.id), talk, NOW)).toEqual({ ok: false, reason: "no-partnership" });
  });

  it("saves a double-submitted conversation once", async () => {
    const { people } = await cohortWithPairs([[1, 2]]);
    const a = people[0]!;
    const first = logCheckIn(a.id, part(a.id), talk, NOW);
    const again = logCheckIn(a.id, part(a.id), talk, NOW);
    expect(again).toEqual(first);
    expect(
      db
        .select()
        .from(schema.checkIns)
        .all()
        .filter((r) => r.authorId === a.id),
    ).toHaveLength(1);
  });

  it("says when the next conversation is due, and marks it overdue after the cadence", async () => {
    const { people } = await cohortWithPairs([[1, 2]]);
    const a = people[0]!;
    const p = currentPartnership(a.id, part(a.id))!;
    expect(checkInStatus(p, part(a.id).cohort, "2026-10-05")).toMatchObject({ lastHeldOn: null, dueOn: "2026-10-11", state: "due" });
    expect(checkInStatus(p, part(a.id).cohort, "2026-10-20").state).toBe("overdue");
    logCheckIn(a.id, part(a.id), talk, NOW);
    expect(checkInStatus(p, part(a.id).cohort, "2026-11-22")).toMatchObject({ lastHeldOn: "2026-11-18", dueOn: "2026-12-02", state: "ok" });
    expect(checkInStatus(p, part(a.id).cohort, "2026-12-03").state).toBe("overdue");
  });

  it("lets the current partner read only what was shared, and only while it is shared", async () => {
    const { people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c] = people;
    const shared = createEntry(a!.id, null, { title: "Delt", body: "Til deg", tags: [] });
    createEntry(a!.id, null, { title: "Privat", body: "Ikke til deg", tags: [] });
    expect(shareEntry(a!.id, part(a!.id), shared, [b!.id], NOW).ok).toBe(true);
    expect(listSharedWithMe(b!.id).map((e) => e.title)).toEqual(["Delt"]);
    expect(listSharedWithMe(c!.id)).toEqual([]);
    expect(revokeShare(a!.id, shared, b!.id, NOW)).toBe(true);
    expect(listSharedWithMe(b!.id)).toEqual([]);
  });
});

describe("samlinger", () => {
  it("answers for one's own cohort's gatherings only, and not after they are held", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2]]);
    const { cohort: other } = await cohortWithPairs([[1, 2]]);
    const mk = (cohortId: number, day: string) =>
      db
        .insert(schema.gatherings)
        .values({ cohortId, title: "Samling", startsAt: new Date(`${day}T08:00:00Z`), endsAt: new Date(`${day}T15:00:00Z`) })
        .returning()
        .get();
    const coming = mk(cohort.id, "2026-12-30");
    const held = mk(cohort.id, "2026-11-04");
    const foreign = mk(other.id, "2026-12-30");
    const a = people[0]!;
    expect(answerGathering(a.id, part(a.id), coming.id, false, "Ferie", NOW)).toEqual({ ok: true });
    expect(listGatherings(a.id, part(a.id)).find((g) => g.id === coming.id)).toMatchObject({ rsvp: "not_attending", apology: "Ferie" });
    expect(answerGathering(a.id, part(a.id), coming.id, true, "ignored", NOW)).toEqual({ ok: true });
    expect(listGatherings(a.id, part(a.id)).find((g) => g.id === coming.id)).toMatchObject({ rsvp: "attending", apology: null });
    expect(answerGathering(a.id, part(a.id), held.id, true, null, NOW)).toEqual({ ok: false, reason: "already-held" });
    expect(answerGathering(a.id, part(a.id), foreign.id, true, null, NOW)).toEqual({ ok: false, reason: "not-found" });
    expect(listGatherings(a.id, part(a.id)).map((g) => g.id)).not.toContain(foreign.id);
  });
});

describe("attendance recorded by owners", () => {
  it("records attendance for the cohort's own participants only, and not for another cohort's gathering", async () => {
    const { recordAttendance, gatheringRoster } = await import("~/models/gathering.server");
    const { cohort, people } = await cohortWithPairs([[1, 2]]);
    const { cohort: other, people: outsiders } = await cohortWithPairs([[1, 2]]);
    const mine = db
      .insert(schema.gatherings)
      .values({ cohortId: cohort.id, title: "S", startsAt: new Date("2026-11-04T08:00:00Z"), endsAt: new Date("2026-11-04T15:00:00Z") })
      .returning()
      .get();
    const theirs = db
      .insert(schema.gatherings)
      .values({ cohortId: other.id, title: "T", startsAt: new Date("2026-11-04T08:00:00Z"), endsAt: new Date("2026-11-04T15:00:00Z") })
      .returning()
      .get();
    const owner = { id: people[0]!.id };
    expect(
      recordAttendance(owner, cohort.id, mine.id, [
        { userId: people[0]!.id, status: "attended", note: "" },
        { userId: people[1]!.id, status: "excused", note: "Syk" },
      ]),
    ).toEqual({ ok: true });
    expect(gatheringRoster(cohort.id, mine.id)!.people.map((p) => p.status)).toEqual(expect.arrayContaining(["attended", "excused"]));
    expect(recordAttendance(owner, cohort.id, theirs.id, [{ userId: people[0]!.id, status: "attended", note: "" }])).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(recordAttendance(owner, cohort.id, mine.id, [{ userId: outsiders[0]!.id, status: "attended", note: "" }])).toEqual({
      ok: false,
      reason: "not-member",
    });
    expect(gatheringRoster(cohort.id, theirs.id)).toBeNull();
  });
});
