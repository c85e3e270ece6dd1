import { and, eq } from "drizzle-orm";

import { addNote, participantDetail, removeStatus, sendReminder, setStatus } from "~/models/follow-up.server";
import { collectMyData } from "~/models/my-data.server";
import { cohortSummary, followUpList, participantRows, severity, weekGrid } from "~/models/progress.server";
import { db, schema } from "~/utils/db.server";

import { seedDemo } from "../../db/seed";
import { addMember, cohortWithPairs, makeUser } from "../support/factories";

// The demo cohort in its 21st week (see progress.test.ts): three participants need follow-up.
const NOW = new Date("2026-11-22T12:00:00+01:00");

describe("follow-up an owner can act on (on the demo cohort)", () => {
  beforeAll(async () => {
    await seedDemo(db, NOW);
  });
  const cohort = () => db.select().from(schema.cohorts).orderBy(schema.cohorts.id).get()!;
  const owner = () =>
    db
      .select({ id: schema.users.id, name: schema.users.name })
      .from(schema.users)
      .innerJoin(schema.memberships, eq(schema.memberships.userId, schema.users.id))
      .where(and(eq(schema.memberships.cohortId, cohort().id), eq(schema.memberships.role, "owner")))
      .get()!;
  const row = (local: string) => participantRows(cohort(), NOW).find((r) => r.email === `${local}@demo.example`)!;

  it("orders the list by the stated severity, heaviest first, the longest quiet first among equals", () => {
    const list = followUpList(participantRows(cohort(), NOW));
    expect(list.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!];
      expect(severity(a)).toBeGreaterThanOrEqual(severity(b));
      if (severity(a) === severity(b)) expect(a.lastActivityAt ?? 0).toBeLessThanOrEqual(b.lastActivityAt ?? 0);
    }
    // deltaker11 has two reasons of weight 3 + 2; deltaker07 has 2 + 1.
    expect(list.findIndex((r) => r.email.startsWith("deltaker11"))).toBeLessThan(list.findIndex((r) => r.email.startsWith("deltaker07")));
  });

  it("marks «Henger etter» in the grid by the same rule as the list", () => {
    for (const r of participantRows(cohort(), NOW)) {
      if (r.standing === "behind") expect(r.reasons.length).toBeGreaterThan(0);
      if (r.reasons.length && r.standing !== "not-started") expect(r.standing).toBe("behind");
      if (!r.reasons.length) expect(["on-track", "away"]).toContain(r.standing);
    }
  });

  it("a leave status takes the person out of follow-up and out of this week's figures; removing it brings them back", () => {
    const c = cohort();
    const before = cohortSummary(c, NOW).participants;
    const person = row("deltaker04");
    expect(person.reasons).toContain("no-challenge");
    expect(setStatus(owner(), c, person.userId, { kind: "leave", fromDate: "2026-10-26", toDate: "2026-12-20" }, NOW)).toBe(true);
    const away = row("deltaker04");
    expect(away.standing).toBe("away");
    expect(away.reasons).toEqual([]);
    expect(followUpList(participantRows(c, NOW)).map((r) => r.userId)).not.toContain(person.userId);
    expect(cohortSummary(c, NOW).participants).toBe(before - 1);
    // Weeks 18 to 25 (26 Oct – 20 Dec) show as away, not as missed.
    const grid = weekGrid(c, [person.userId], NOW).get(person.userId)!;
    expect(grid[17]).toBe("away");
    expect(grid[16]).not.toBe("away");
    expect(away.missed).toBeLessThan(person.missed);
    const status = db.select().from(schema.participantStatuses).where(eq(schema.participantStatuses.userId, person.userId)).get()!;
    expect(removeStatus(owner(), c, person.userId, status.id)).toBe(true);
    expect(row("deltaker04").reasons).toContain("no-challenge");
    const log = db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.subjectId, String(person.userId)))
      .all();
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["followup.status", "followup.status-removed"]));
  });

  it("sends a reminder through the outbox from the owner's template, at most one a week unless confirmed", () => {
    const c = cohort();
    db.update(schema.cohorts)
      .set({ reminderTemplate: "Hei {navn}, vi savner deg i {kohort}. Hilsen {programeier}" })
      .where(eq(schema.cohorts.id, c.id))
      .run();
    const person = row("deltaker11");
    const first = sendReminder(owner(), cohort(), person.userId, false, NOW);
    expect(first).toEqual({ ok: true });
    const mails = db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.kind, "follow_up_reminder")).all();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe(person.email);
    expect(mails[0]!.textBody).toContain(`Hei ${person.name}, vi savner deg i ${c.name}. Hilsen ${owner().name}`);
    const later = new Date(NOW.getTime() + 2 * 86_400_000);
    expect(sendReminder(owner(), cohort(), person.userId, false, later)).toMatchObject({ ok: false, reason: "recent" });
    expect(sendReminder(owner(), cohort(), person.userId, true, later)).toEqual({ ok: true });
    const nextWeek = new Date(later.getTime() + 8 * 86_400_000);
    expect(sendReminder(owner(), cohort(), person.userId, false, nextWeek)).toEqual({ ok: true });
    expect(db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.kind, "follow_up_reminder")).all()).toHaveLength(3);
    const audited = db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "followup.reminder")).all();
    expect(audited.map((a) => JSON.parse(a.detail).confirmedRepeat)).toEqual([false, true, false]);
  });

  it("keeps notes and statuses with the owners: not in the participant's own data, not for another cohort", async () => {
    const c = cohort();
    const person = row("deltaker07");
    expect(addNote(owner(), c, person.userId, "Ringte 1. des., hemmelig notat", NOW)).toBe(true);
    expect(setStatus(owner(), c, person.userId, { kind: "pause", fromDate: "2027-01-04", toDate: null }, NOW)).toBe(true);
    const mine = JSON.stringify(collectMyData(person.userId, NOW));
    expect(mine).not.toContain("hemmelig notat");
    expect(mine).not.toContain("pause");
    // The note's text is not in the audit log either.
    expect(JSON.stringify(db.select().from(schema.auditLog).all())).not.toContain("hemmelig");
    const detail = participantDetail(c, person.userId, owner(), NOW)!;
    expect(detail.notes.map((n) => n.body)).toEqual(["Ringte 1. des., hemmelig notat"]);
    expect(detail.statuses.map((s) => s.kind)).toEqual(["pause"]);
    // The owner's page never carries the participant's journal text.
    const bodies = db
      .select({ body: schema.journalEntries.body })
      .from(schema.journalEntries)
      .where(eq(schema.journalEntries.userId, person.userId))
      .all();
    for (const b of bodies) expect(JSON.stringify(detail)).not.toContain(b.body);
    // Someone in another cohort is not found through this cohort, and cannot be written about.
    const { cohort: other, people } = await cohortWithPairs([[1, 2]]);
    expect(participantDetail(c, people[0]!.id, owner(), NOW)).toBeNull();
    expect(addNote(owner(), c, people[0]!.id, "x", NOW)).toBe(false);
    expect(setStatus(owner(), c, people[0]!.id, { kind: "left", fromDate: "2026-11-01", toDate: null }, NOW)).toBe(false);
    expect(sendReminder(owner(), c, people[0]!.id, false, NOW)).toEqual({ ok: false, reason: "not-found" });
    expect(participantDetail(other, person.userId, owner(), NOW)).toBeNull();
    // An owner who is a member as owner is not a participant to follow up.
    const extra = await makeUser();
    addMember(c.id, extra.id, "owner");
    expect(participantDetail(c, extra.id, owner(), NOW)).toBeNull();
  });

  it("shows the participant's partners with contact and the answers to samlinger", () => {
    const person = row("deltaker01");
    const d = participantDetail(cohort(), person.userId, owner(), NOW)!;
    expect(d.person.email).toBe(person.email);
    expect(d.partners.some((p) => p.current)).toBe(true);
    expect(d.partners.every((p) => p.email.endsWith("@demo.example"))).toBe(true);
    expect(d.rsvps.length).toBeGreaterThan(0);
  });
});
