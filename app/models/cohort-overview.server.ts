// The front page of the owner and admin area: each cohort this person runs (every cohort, for an
// admin) with its week and the figures of its own overview, computed by the same rules.
import { type Cohort, getOwnedCohort, listOwnedCohorts } from "~/models/cohort.server";
import { cohortSummary, followUpList, participantRows } from "~/models/progress.server";
import * as clock from "~/utils/clock.server";
import type { SessionUser } from "~/utils/session.server";

export function cohortOverview(user: SessionUser, now = clock.now()) {
  return listOwnedCohorts(user, now).map((c) => {
    const cohort = getOwnedCohort(user, c.id) as Cohort;
    const running = c.clock.phase === "running";
    const summary = running ? cohortSummary(cohort, now) : null;
    return {
      ...c,
      participants: summary?.participants ?? c.participants,
      activeThisWeek: summary?.activeThisWeek ?? null,
      followUp: running ? followUpList(participantRows(cohort, now)).length : null,
    };
  });
}
