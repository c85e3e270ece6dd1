// Personal content is kept for the cohort's retention period after the programme ends (52 weeks
// from the start) and then deleted: journal entries written in the cohort and the partner
// conversation log, self-assessments, and the team measurements (whose answers belong to nobody
// and go with the measurement). Counts (not content) are written to the audit log.
import { eq, inArray, sql } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { addDays, calendarDate } from "~/utils/programme-time";

import { audit } from "./audit.server";

/** The first calendar day after which a cohort's personal content may no longer be kept. */
export function retentionEnds(cohort: { startDate: string; retentionMonths: number }): string {
  const end = addDays(cohort.startDate, 52 * 7);
  const [y, m, d] = end.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1 + cohort.retentionMonths, d));
  return shifted.toISOString().slice(0, 10);
}

export function applyRetention(now = clock.now()) {
  const today = calendarDate(now);
  const results: { cohortId: number; journalEntries: number; checkIns: number; selfAssessments: number; pulses: number }[] = [];
  for (const cohort of db.select().from(schema.cohorts).all()) {
    if (retentionEnds(cohort) > today) continue;
    const counts = db.transaction((tx) => {
      const journalEntries = tx.delete(schema.journalEntries).where(eq(schema.journalEntries.cohortId, cohort.id)).run().changes;
      const partnershipIds = tx
        .select({ id: schema.partnerships.id })
        .from(schema.partnerships)
        .where(eq(schema.partnerships.cohortId, cohort.id))
        .all()
        .map((p) => p.id);
      const checkIns = partnershipIds.length
        ? tx.delete(schema.checkIns).where(inArray(schema.checkIns.partnershipId, partnershipIds)).run().changes
        : 0;
      tx.update(schema.attendance)
        .set({ apology: null, note: null })
        .where(sql`${schema.attendance.gatheringId} in (select id from gatherings where cohort_id = ${cohort.id})`)
        .run();
      const selfAssessments = tx.delete(schema.selfAssessments).where(eq(schema.selfAssessments.cohortId, cohort.id)).run().changes;
      // Answers go with their measurement (on delete cascade).
      const pulses = tx.delete(schema.pulses).where(eq(schema.pulses.cohortId, cohort.id)).run().changes;
      if (journalEntries || checkIns || selfAssessments || pulses)
        audit(tx, {
          actorId: null,
          action: "retention.delete",
          subjectType: "cohort",
          subjectId: cohort.id,
          detail: { journalEntries, checkIns, selfAssessments, pulses },
        });
      return { journalEntries, checkIns, selfAssessments, pulses };
    });
    if (counts.journalEntries || counts.checkIns || counts.selfAssessments || counts.pulses)
      results.push({ cohortId: cohort.id, ...counts });
  }
  return results;
}
