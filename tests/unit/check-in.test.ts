// One conversation, one card: what a logged conversation must contain, which topics can be chosen,
// what waits for the partner, and who may change it when.
import { and, eq } from "drizzle-orm";

import {
  amendCheckIn,
  confirmCheckIn,
  deleteCheckIn,
  listCheckIns,
  logCheckIn,
  pendingConfirmations,
  recentByPartner,
  topicChoices,
  updateCheckIn,
} from "~/models/check-in.server";
import { getParticipation } from "~/models/cohort.server";
import { db, schema } from "~/utils/db.server";
import { getProgramme, weekPlan } from "~/utils/programme.server";

import { cohortWithPairs } from "../support/factories";

const NOW = new Date("2026-11-22T12:00:00+01:00"); // week 21 of a cohort that started 29 June 2026
const part = (id: number) => getParticipation(id, NOW)!;
const talk = { heldOn: "2026-11-20", minutes: 40, format: "phone" as const, topics: [] as string[], notes: "", nextSteps: "" };

async function pair() {
  const { cohort, people } = await cohortWithPairs([
    [1, 2],
    [3, 4],
  ]);
  return { cohort, a: people[0]!, b: people[1]!, c: people[2]! };
}

describe("logging a partner conversation", () => {
  it("needs a topic or a few words: a click alone logs nothing", async () => {
    const { a } = await pair();
    expect(logCheckIn(a.id, part(a.id), talk, NOW)).toEqual({ ok: false, reason: "empty" });
    expect(logCheckIn(a.id, part(a.id), { ...talk, notes: "Vi snakket om stillhet." }, NOW).ok).toBe(true);
    expect(logCheckIn(a.id, part(a.id), { ...talk, heldOn: "2026-11-19", topics: ["free:Sykefravær i teamet"] }, NOW).ok).toBe(true);
  });

  it("offers this week's challenge and this month's module first, earlier ones after, and nothing from the future", async () => {
    const { cohort, a } = await pair();
    const plan = weekPlan(getProgramme(), cohort.startDate);
    const choices = topicChoices(a.id, part(a.id));
    const values = [...choices.thisWeek, ...choices.earlier].map((c) => c.value);
    const week21 = plan[20]!.challengeSlug;
    if (week21) expect(choices.thisWeek[0]!.value).toBe(`challenge:${week21}`);
    expect(choices.thisWeek.some((c) => c.value.startsWith("module:"))).toBe(true);
    const future = plan.slice(21).flatMap((w) => (w.challengeSlug ? [`challenge:${w.challengeSlug}`] : []));
    const past = new Set(plan.slice(0, 21).flatMap((w) => (w.challengeSlug ? [`challenge:${w.challengeSlug}`] : [])));
    for (const f of future.filter((f) => !past.has(f))) expect(values).not.toContain(f);
    expect(new Set(values).size).toBe(values.length);
    const later = future.find((f) => !past.has(f))!;
    expect(logCheckIn(a.id, part(a.id), { ...talk, topics: [later] }, NOW)).toEqual({ ok: false, reason: "unknown-topic" });
  });
});

describe("the partner's side", () => {
  it("waits for the partner's confirmation with a notice, offers it instead of a second log, and clears when confirmed", async () => {
    const { a, b, c } = await pair();
    const logged = logCheckIn(a.id, part(a.id), { ...talk, notes: "Om fagmøtet." }, NOW);
    if (!logged.ok) throw new Error(logged.reason);
    expect(pendingConfirmations(b.id, part(b.id)).map((p) => p.id)).toEqual([logged.id]);
    expect(pendingConfirmations(a.id, part(a.id))).toEqual([]);
    expect(pendingConfirmations(c.id, part(c.id))).toEqual([]);
    expect(recentByPartner(b.id, part(b.id))).toMatchObject({ id: logged.id, authorName: a.name });
    const notice = () =>
      db
        .select()
        .from(schema.notices)
        .where(and(eq(schema.notices.userId, b.id), eq(schema.notices.kind, "checkin_logged")))
        .get();
    expect(notice()).toMatchObject({ link: `/partner#checkin-${logged.id}`, readAt: null });
    expect(notice()!.title).toContain(a.name);

    expect(confirmCheckIn(b.id, logged.id, "Godt å høre.", NOW)).toBe(true);
    expect(pendingConfirmations(b.id, part(b.id))).toEqual([]);
    expect(recentByPartner(b.id, part(b.id))).toBeNull();
    expect(notice()!.readAt).toEqual(NOW);
  });
});

describe("changing a logged conversation", () => {
  it("the author edits or deletes it until the partner confirms; afterwards a correction is added for both to see", async () => {
    const { a, b } = await pair();
    const first = logCheckIn(a.id, part(a.id), { ...talk, notes: "Første utkast." }, NOW);
    if (!first.ok) throw new Error(first.reason);
    expect(updateCheckIn(b.id, part(b.id), first.id, { ...talk, notes: "Bs versjon" })).toEqual({ ok: false, reason: "not-found" });
    expect(updateCheckIn(a.id, part(a.id), first.id, { ...talk, notes: "" })).toEqual({ ok: false, reason: "empty" });
    expect(updateCheckIn(a.id, part(a.id), first.id, { ...talk, minutes: 55, notes: "Rettet tekst." })).toEqual({ ok: true });
    expect(listCheckIns(partnershipOf(a.id))[0]).toMatchObject({ minutes: 55, notes: "Rettet tekst." });
    expect(amendCheckIn(a.id, first.id, "For tidlig", NOW)).toEqual({ ok: false, reason: "not-confirmed" });

    confirmCheckIn(b.id, first.id, "", NOW);
    expect(updateCheckIn(a.id, part(a.id), first.id, { ...talk, notes: "Endret etterpå" })).toEqual({ ok: false, reason: "confirmed" });
    expect(deleteCheckIn(a.id, first.id)).toEqual({ ok: false, reason: "confirmed" });
    expect(amendCheckIn(b.id, first.id, "Ikke min å rette", NOW)).toEqual({ ok: false, reason: "not-found" });
    expect(amendCheckIn(a.id, first.id, "Det var 50 minutter, ikke 55.", NOW)).toEqual({ ok: true });
    expect(listCheckIns(partnershipOf(a.id))[0]!.amendments).toEqual([
      { checkInId: first.id, text: "Det var 50 minutter, ikke 55.", createdAt: NOW },
    ]);
  });

  it("a deletion removes the text and leaves an audit line with no text; the partner cannot delete it", async () => {
    const { a, b } = await pair();
    const logged = logCheckIn(a.id, part(a.id), { ...talk, notes: "Hemmelig innhold om en jobbspesialist." }, NOW);
    if (!logged.ok) throw new Error(logged.reason);
    expect(deleteCheckIn(b.id, logged.id)).toEqual({ ok: false, reason: "not-found" });
    expect(deleteCheckIn(a.id, logged.id)).toEqual({ ok: true });
    expect(listCheckIns(partnershipOf(a.id))).toEqual([]);
    expect(pendingConfirmations(b.id, part(b.id))).toEqual([]);
    const line = db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "checkin.delete")).all().at(-1)!;
    expect(line.actorId).toBe(a.id);
    expect(line.detail).not.toContain("Hemmelig");
    expect(JSON.parse(line.detail)).toEqual({ checkInId: logged.id });
  });
});

function partnershipOf(userId: number): number {
  return db
    .select({ id: schema.partnershipMembers.partnershipId })
    .from(schema.partnershipMembers)
    .where(eq(schema.partnershipMembers.userId, userId))
    .get()!.id;
}
