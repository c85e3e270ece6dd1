import { eq } from "drizzle-orm";

import { completeChallenge } from "~/models/challenge.server";
import { confirmCheckIn, listCheckIns, logCheckIn } from "~/models/check-in.server";
import { getParticipation } from "~/models/cohort.server";
import { listSharedWithMe, shareEntry } from "~/models/entry-share.server";
import { answerGathering } from "~/models/gathering.server";
import { createEntry, listEntries } from "~/models/journal.server";
import { collectMyData, deleteAccount, myDataAsMarkdown, type MyDataLabels } from "~/models/my-data.server";
import { currentPartnership } from "~/models/partnership.server";
import { db, schema } from "~/utils/db.server";
import { createSession, validateSessionToken } from "~/utils/session.server";

import { cohortWithPairs, makeUser, TEST_PASSWORD } from "../support/factories";

const NOW = new Date("2026-11-22T12:00:00+01:00"); // week 21 of a cohort that started 29 June 2026
const part = (id: number) => getParticipation(id, NOW)!;
const talk = {
  heldOn: "2026-11-18",
  minutes: 45,
  format: "in_person" as const,
  topics: [],
  notes: "Mine notater fra samtalen.",
  nextSteps: "Vi prøver fire øyne neste uke.",
};

async function pairWithHistory() {
  const { cohort, people } = await cohortWithPairs([[1, 2]]);
  const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
  const privateId = createEntry(a.id, cohort.id, { title: "Min private tanke", body: "Det var tungt i dag.", tags: ["mot"] }, NOW);
  const sharedId = createEntry(a.id, cohort.id, { title: "Delt med B", body: "Dette deler jeg.", tags: [] }, NOW);
  expect(shareEntry(a.id, part(a.id), sharedId, [b.id], NOW).ok).toBe(true);
  createEntry(b.id, cohort.id, { title: "Bs egen tanke", body: "Bs hemmelighet.", tags: [] }, NOW);
  // The first recent week that has a challenge (samling weeks have none).
  const done = [20, 19, 18, 17].find((w) => completeChallenge(a.id, part(a.id), w, "Refleksjon over utfordringen.", NOW).ok);
  expect(done).toBeDefined();
  const logged = logCheckIn(a.id, part(a.id), talk, NOW);
  if (!logged.ok) throw new Error(logged.reason);
  expect(confirmCheckIn(b.id, logged.id, "Bs refleksjon om samtalen.", NOW)).toBe(true);
  const gathering = db
    .insert(schema.gatherings)
    .values({
      cohortId: cohort.id,
      title: "Samling 4",
      startsAt: new Date("2026-12-02T08:00:00Z"),
      endsAt: new Date("2026-12-02T15:00:00Z"),
    })
    .returning()
    .get();
  expect(answerGathering(a.id, part(a.id), gathering.id, false, "Jeg er på kurs.", NOW).ok).toBe(true);
  return { cohort, a, b, privateId, sharedId, checkInId: logged.id };
}

describe("Mine data: the export", () => {
  it("holds my profile, cohorts, journal, challenges, the conversations I logged and my samling answers", async () => {
    const { a, cohort } = await pairWithHistory();
    const data = collectMyData(a.id, NOW)!;
    expect(data.profile).toMatchObject({ name: a.name, email: a.email });
    expect(data.memberships).toEqual([expect.objectContaining({ cohort: cohort.name, role: "participant" })]);
    expect(data.journal.map((e) => e.title)).toEqual(expect.arrayContaining(["Min private tanke", "Delt med B"]));
    expect(data.journal.find((e) => e.source === "challenge")?.body).toBe("Refleksjon over utfordringen.");
    expect(data.challenges).toEqual([expect.objectContaining({ status: "done" })]);
    expect(data.checkInsWritten).toEqual([expect.objectContaining({ heldOn: "2026-11-18", notes: talk.notes, nextSteps: talk.nextSteps })]);
    expect(data.attendance).toEqual([
      expect.objectContaining({ gathering: "Samling 4", rsvp: "not_attending", apology: "Jeg er på kurs." }),
    ]);
    expect(data.partnerships[0]!.partners).toHaveLength(1);
  });

  it("carries nothing my partner wrote in their own journal", async () => {
    const { a } = await pairWithHistory();
    const json = JSON.stringify(collectMyData(a.id, NOW));
    expect(json).not.toContain("Bs hemmelighet");
    expect(json).not.toContain("Bs egen tanke");
    expect(json).not.toContain("passwordHash");
  });

  it("reads as a Markdown document with a heading per kind of data", async () => {
    const { a } = await pairWithHistory();
    const labels = new Proxy({} as MyDataLabels, { get: (_t, k) => `[${String(k)}]` });
    const md = myDataAsMarkdown(collectMyData(a.id, NOW)!, labels);
    for (const heading of ["profile", "memberships", "journal", "challenges", "checkIns", "attendance"])
      expect(md).toContain(`## [${heading}]`);
    expect(md).toContain("### Min private tanke");
    expect(md).toContain("Det var tungt i dag.");
  });
});

describe("Mine data: deleting my account", () => {
  it("refuses a wrong password and changes nothing", async () => {
    const { a } = await pairWithHistory();
    expect(await deleteAccount(a.id, "feil passord")).toEqual({ ok: false, reason: "wrong-password" });
    expect(collectMyData(a.id, NOW)!.journal).toHaveLength(3);
  });

  it("deletes my journal and reflections, signs me out, and leaves my partner the conversation without my notes", async () => {
    const { a, b, checkInId, privateId } = await pairWithHistory();
    const session = createSession(a.id, NOW);
    expect(await deleteAccount(a.id, TEST_PASSWORD)).toEqual({ ok: true });

    expect(collectMyData(a.id, NOW)).toBeNull();
    expect(db.select().from(schema.journalEntries).where(eq(schema.journalEntries.userId, a.id)).all()).toEqual([]);
    expect(db.select().from(schema.challengeCompletions).where(eq(schema.challengeCompletions.userId, a.id)).all()).toEqual([]);
    expect(db.select().from(schema.attendance).where(eq(schema.attendance.userId, a.id)).all()).toEqual([]);
    expect(validateSessionToken(session.token, NOW)).toBeNull();
    // The search index forgets the text too.
    const indexed = db.$client.prepare("select rowid from journal_fts where journal_fts match 'tungt'").all() as { rowid: number }[];
    expect(indexed.map((r) => r.rowid)).not.toContain(privateId);

    const pB = currentPartnership(b.id, part(b.id))!;
    expect(pB.partners).toEqual([]);
    const [log] = listCheckIns(pB.id);
    expect(log).toMatchObject({
      id: checkInId,
      authorId: null,
      authorName: null,
      heldOn: "2026-11-18",
      minutes: 45,
      notes: "",
      nextSteps: "",
    });
    expect(log!.responses).toEqual([expect.objectContaining({ userId: b.id, reflection: "Bs refleksjon om samtalen." })]);
    expect(listSharedWithMe(b.id)).toEqual([]);
    // B's own journal is untouched.
    expect(listEntries(b.id).map((e) => e.title)).toEqual(["Bs egen tanke"]);
  });

  it("writes the deletion to the audit log with ids and counts only", async () => {
    const { a } = await pairWithHistory();
    await deleteAccount(a.id, TEST_PASSWORD);
    const row = db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "account.deleted")).all().at(-1)!;
    expect(row).toMatchObject({ subjectType: "user", subjectId: String(a.id), actorId: null });
    expect(JSON.parse(row.detail)).toEqual({ journalEntries: 3 });
    expect(row.detail).not.toContain(a.email);
  });

  it("will not delete the only administrator", async () => {
    db.update(schema.users).set({ isAdmin: false }).run();
    const admin = await makeUser({ isAdmin: true });
    expect(await deleteAccount(admin.id, TEST_PASSWORD)).toEqual({ ok: false, reason: "last-admin" });
    const second = await makeUser({ isAdmin: true });
    expect(await deleteAccount(admin.id, TEST_PASSWORD)).toEqual({ ok: true });
    expect(await deleteAccount(second.id, TEST_PASSWORD)).toEqual({ ok: false, reason: "last-admin" });
  });
});
