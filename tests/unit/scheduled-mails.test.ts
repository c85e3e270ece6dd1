import { eq } from "drizzle-orm";

import { setStatus } from "~/models/follow-up.server";
import { runScheduledJobs } from "~/models/reminders.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { seedDemo } from "../../db/seed";

// The demo cohort: Sunday of programme week 21. Week 22 starts Monday 23 November 2026.
const SEEDED = new Date("2026-11-22T12:00:00+01:00");

describe("scheduled mails speak of the right day", () => {
  beforeAll(async () => {
    await seedDemo(db, SEEDED);
  });
  const mails = (kind: string) => db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.kind, kind)).all();

  it("a Monday mail made on Tuesday (the server was down) says which slot it belongs to, and no «God mandag»", () => {
    db.delete(schema.emailOutbox).run();
    runScheduledJobs(zonedInstant("2026-11-24", "10:15"));
    const weekly = mails("weekly").filter((m) => m.dedupeKey?.endsWith(":22"));
    expect(weekly.length).toBeGreaterThan(0);
    for (const m of weekly) {
      expect(m.textBody).not.toContain("God mandag");
      expect(m.textBody).toContain("hører til 23. nov. 2026 07:00");
      expect(m.textBody).toContain("ble laget først 24. nov. 2026 10:15");
    }
    const summary = mails("owner_summary").filter((m) => m.dedupeKey?.endsWith(":22"));
    expect(summary.length).toBeGreaterThan(0);
    expect(summary[0]!.textBody).toContain("hører til 23. nov. 2026 07:00");
  });

  it("the same mail made in its slot greets «God mandag» and says nothing of being late", () => {
    runScheduledJobs(zonedInstant("2026-11-30", "07:01"));
    const weekly = mails("weekly").filter((m) => m.dedupeKey?.endsWith(":23"));
    expect(weekly.length).toBeGreaterThan(0);
    for (const m of weekly) {
      expect(m.textBody).toContain("God mandag");
      expect(m.textBody).not.toContain("hører til");
    }
    const summary = mails("owner_summary").filter((m) => m.dedupeKey?.endsWith(":23"));
    expect(summary[0]!.textBody).not.toContain("hører til");
  });

  it("a participant on leave gets no Monday mail while the leave lasts, and gets it again after", () => {
    const cohort = db.select().from(schema.cohorts).where(eq(schema.cohorts.id, 1)).get()!;
    const [onLeave, other] = db
      .select({ id: schema.memberships.userId })
      .from(schema.memberships)
      .where(eq(schema.memberships.role, "participant"))
      .all();
    const owner = db.select({ id: schema.memberships.userId }).from(schema.memberships).where(eq(schema.memberships.role, "owner")).get()!;
    expect(setStatus(owner, cohort, onLeave!.id, { kind: "leave", fromDate: "2026-12-07", toDate: "2026-12-13" })).toBeTruthy();
    const weeklyFor = (userId: number, week: number) => mails("weekly").filter((m) => m.dedupeKey === `weekly:${userId}:1:${week}`);

    runScheduledJobs(zonedInstant("2026-12-07", "07:01"));
    expect(weeklyFor(onLeave!.id, 24)).toHaveLength(0);
    expect(weeklyFor(other!.id, 24)).toHaveLength(1);

    runScheduledJobs(zonedInstant("2026-12-14", "07:01"));
    expect(weeklyFor(onLeave!.id, 25)).toHaveLength(1);
  });
});
