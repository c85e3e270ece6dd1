// The set-up checklist on a new cohort: four things that must be in place before the first
// Monday, each read from the data itself except "plan checked", which only the owner can say.
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";

import { audit } from "~/models/audit.server";
import type { Cohort } from "~/models/cohort.server";
import { plannedNotCreated } from "~/models/gathering.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { programmeClock } from "~/utils/programme-time";

export type ChecklistItem = { key: "invited" | "paired" | "samlinger" | "plan"; done: boolean; link: string };

export function setupChecklist(cohort: Cohort, now = clock.now()) {
  const count = (q: ReturnType<typeof sql>) => db.get<{ n: number }>(q)!.n;
  const people =
    count(sql`select count(*) as n from memberships where cohort_id = ${cohort.id} and role = 'participant'`) +
    count(sql`select count(*) as n from invitations where cohort_id = ${cohort.id} and role = 'participant' and revoked_at is null`);
  const paired = !!db
    .select({ id: schema.partnerships.id })
    .from(schema.partnerships)
    .where(and(eq(schema.partnerships.cohortId, cohort.id), isNotNull(schema.partnerships.publishedAt)))
    .get();
  const anySamling = !!db
    .select({ id: schema.gatherings.id })
    .from(schema.gatherings)
    .where(eq(schema.gatherings.cohortId, cohort.id))
    .get();
  const base = `/admin/cohorts/${cohort.id}`;
  const items: ChecklistItem[] = [
    { key: "invited", done: people > 0, link: `${base}/people` },
    { key: "paired", done: paired, link: `${base}/partners` },
    { key: "samlinger", done: anySamling && plannedNotCreated(cohort).length === 0, link: `${base}/gatherings` },
    { key: "plan", done: !!cohort.planCheckedAt, link: `${base}/plan` },
  ];
  const phase = programmeClock(cohort.startDate, now, cohort.timeZone);
  // Shown before the start and in the first weeks, until everything is done.
  const show = items.some((i) => !i.done) && (phase.phase === "before" || (phase.phase === "running" && phase.currentWeek <= 4));
  return { items, show, planCheckedAt: cohort.planCheckedAt };
}

export function confirmPlanChecked(actor: { id: number }, cohort: Cohort, now = clock.now()) {
  db.transaction((tx) => {
    const res = tx
      .update(schema.cohorts)
      .set({ planCheckedAt: now })
      .where(and(eq(schema.cohorts.id, cohort.id), isNull(schema.cohorts.planCheckedAt)))
      .run();
    if (res.changes) audit(tx, { actorId: actor.id, action: "cohort.planChecked", subjectType: "cohort", subjectId: cohort.id });
  });
}
