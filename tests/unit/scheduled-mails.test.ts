import { eq } from "drizzle-orm";

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
});
