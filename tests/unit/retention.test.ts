import { eq } from "drizzle-orm";

import { createEntry } from "~/models/journal.server";
import { applyRetention, retentionEnds } from "~/models/retention.server";
import { db, schema } from "~/utils/db.server";

import { cohortWithPairs } from "../support/factories";

describe("retention", () => {
  it("keeps content for the cohort's months after the 52 weeks, then deletes it and logs only counts", async () => {
    const { cohort: old, people: oldPeople } = await cohortWithPairs([[1, 2]]);
    db.update(schema.cohorts).set({ startDate: "2024-01-01", retentionMonths: 6 }).where(eq(schema.cohorts.id, old.id)).run();
    const { cohort: current, people } = await cohortWithPairs([[1, 2]]);
    expect(retentionEnds({ startDate: "2024-01-01", retentionMonths: 6 })).toBe("2025-06-30");
    createEntry(oldPeople[0]!.id, old.id, { title: "Gammel", body: "Skal bort", tags: [] });
    const keep = createEntry(people[0]!.id, current.id, { title: "Ny", body: "Skal bli", tags: [] });
    const p = db.select().from(schema.partnerships).where(eq(schema.partnerships.cohortId, old.id)).get()!;
    db.insert(schema.checkIns)
      .values({
        partnershipId: p.id,
        authorId: oldPeople[0]!.id,
        heldOn: "2024-03-01",
        minutes: 30,
        format: "video",
        notes: "Gamle notater",
      })
      .run();

    expect(applyRetention(new Date("2025-06-29T12:00:00Z"))).toEqual([]);
    const deleted = applyRetention(new Date("2025-07-01T12:00:00Z"));
    expect(deleted).toEqual([{ cohortId: old.id, journalEntries: 1, checkIns: 1, selfAssessments: 0, pulses: 0 }]);
    expect(db.select().from(schema.journalEntries).where(eq(schema.journalEntries.cohortId, old.id)).all()).toHaveLength(0);
    expect(db.select().from(schema.journalEntries).where(eq(schema.journalEntries.id, keep)).get()).toBeTruthy();
    const log = db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "retention.delete")).get()!;
    expect(JSON.parse(log.detail)).toEqual({ journalEntries: 1, checkIns: 1, selfAssessments: 0, pulses: 0 });
    expect(applyRetention(new Date("2025-07-02T12:00:00Z"))).toEqual([]);
  });
});
