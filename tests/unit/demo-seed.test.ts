import { and, eq, sql } from "drizzle-orm";

import { signIn } from "~/models/user.server";
import { compileFile, reflectionTitle } from "~/utils/content.server";
import { db, schema } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";

import { seedDemo } from "../../db/seed";

const NOW = new Date("2026-11-22T12:00:00+01:00");

describe("the living demo", () => {
  let startDate: string;
  beforeAll(async () => {
    ({ startDate } = await seedDemo(db, NOW));
  });

  it("starts the cohort on the Monday 20 weeks before today", () => {
    expect(startDate).toBe("2026-06-29");
    expect(db.select().from(schema.cohorts).all()).toMatchObject([{ name: "Demokohort 2026", startDate: "2026-06-29" }]);
  });

  it("has one owner, twelve participants and one admin, all with the demo password", async () => {
    const roles = db
      .select({ role: schema.memberships.role, n: sql<number>`count(*)` })
      .from(schema.memberships)
      .groupBy(schema.memberships.role)
      .all();
    expect(Object.fromEntries(roles.map((r) => [r.role, r.n]))).toEqual({ owner: 1, participant: 12 });
    expect(
      db
        .select()
        .from(schema.users)
        .where(eq(schema.users.isAdmin, true))
        .all()
        .map((u) => u.email),
    ).toEqual(["admin@demo.example"]);
    expect((await signIn("deltaker12@demo.example", "demopassord123", "127.0.0.1", NOW)).ok).toBe(true);
  });

  it("pairs deltaker01 with deltaker02 in the current period of six pairs", () => {
    const current = db
      .select()
      .from(schema.partnerships)
      .where(and(eq(schema.partnerships.fromWeek, 14)))
      .all();
    expect(current).toHaveLength(6);
    const partnersOf01 = db.all<{ email: string }>(sql`
      select u.email from partnership_members pm
      join partnerships p on p.id = pm.partnership_id and p.from_week <= 21 and p.to_week >= 21
      join users u on u.id = pm.user_id
      where pm.partnership_id in (select partnership_id from partnership_members m join users x on x.id = m.user_id where x.email = 'deltaker01@demo.example')
        and u.email <> 'deltaker01@demo.example'`);
    expect(partnersOf01.map((r) => r.email)).toEqual(["deltaker02@demo.example"]);
  });

  it("has six samlinger of which three are held, with attendance recorded", () => {
    const gatherings = db.select().from(schema.gatherings).all();
    expect(gatherings).toHaveLength(6);
    const held = gatherings.filter((g) => g.endsAt.getTime() < NOW.getTime());
    expect(held).toHaveLength(3);
    for (const g of held) {
      const recorded = db.select().from(schema.attendance).where(eq(schema.attendance.gatheringId, g.id)).all();
      expect(recorded.filter((a) => a.status !== null)).toHaveLength(12);
    }
  });

  it("has 20 weeks of history: challenges, journal entries, check-ins, module progress", () => {
    const count = (
      t: typeof schema.challengeCompletions | typeof schema.journalEntries | typeof schema.checkIns | typeof schema.moduleProgress,
    ) =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(t)
        .get()!.n;
    expect(count(schema.challengeCompletions)).toBeGreaterThan(100);
    expect(count(schema.journalEntries)).toBeGreaterThan(120);
    expect(count(schema.checkIns)).toBeGreaterThan(25);
    expect(count(schema.moduleProgress)).toBeGreaterThan(40);
    const latest = db
      .select({ w: sql<number>`max(programme_week)` })
      .from(schema.challengeCompletions)
      .get()!.w;
    expect(latest).toBeLessThanOrEqual(21);
  });

  it("titles each module reflection by its question, as the app does, so one module's entries tell apart", async () => {
    const rows = db
      .select({ userId: schema.journalEntries.userId, title: schema.journalEntries.title, ref: schema.journalEntries.sourceRef })
      .from(schema.journalEntries)
      .where(eq(schema.journalEntries.source, "module_prompt"))
      .all();
    expect(rows.length).toBeGreaterThan(10);
    const programme = getProgramme();
    for (const row of rows) {
      const [slug, id] = row.ref!.split("#");
      const prompt = (await compileFile(programme.modules.find((m) => m.slug === slug)!.file)).prompts.find((p) => p.id === id)!;
      expect(row.title).toBe(reflectionTitle(prompt.text));
    }
    const perUser = new Map<number, string[]>();
    for (const row of rows) perUser.set(row.userId, [...(perUser.get(row.userId) ?? []), row.title]);
    for (const titles of perUser.values()) expect(new Set(titles).size).toBe(titles.length);
  });

  it("three participants have fallen behind, each in a different way", () => {
    const lastDone = (local: string) =>
      db.get<{ w: number | null }>(
        sql`select max(c.programme_week) as w from challenge_completions c join users u on u.id = c.user_id where u.email = ${`${local}@demo.example`} and c.status = 'done'`,
      ).w;
    const lastCheckIn = (local: string) =>
      db.get<{ d: string | null }>(
        sql`select max(ci.held_on) as d from check_ins ci join partnership_members pm on pm.partnership_id = ci.partnership_id join users u on u.id = pm.user_id where u.email = ${`${local}@demo.example`}`,
      ).d;
    // deltaker04: no leader challenge since week 14.
    expect(lastDone("deltaker04")).toBeLessThanOrEqual(14);
    // deltaker07: no partner conversation for many weeks.
    expect(lastCheckIn("deltaker07")! < "2026-10-01").toBe(true);
    // deltaker11: has not signed in since week 6.
    const u11 = db.select().from(schema.users).where(eq(schema.users.email, "deltaker11@demo.example")).get()!;
    expect(u11.lastLoginAt!.getTime()).toBeLessThan(new Date("2026-08-17").getTime());
    // the others keep going
    expect(lastDone("deltaker01")).toBeGreaterThanOrEqual(20);
  });

  it("never dates anything after today", () => {
    const future = db.get<{ n: number }>(sql`select
      (select count(*) from journal_entries where created_at > ${NOW.getTime()}) +
      (select count(*) from challenge_completions where completed_at > ${NOW.getTime()}) +
      (select count(*) from check_ins where held_on > '2026-11-22') as n`);
    expect(future.n).toBe(0);
  });

  it("keeps journal entries searchable through the full-text index", () => {
    const hits = db.all<{ id: number }>(sql`select rowid as id from journal_fts where journal_fts match 'fagmøtet' limit 5`);
    expect(hits.length).toBeGreaterThan(0);
  });
});
