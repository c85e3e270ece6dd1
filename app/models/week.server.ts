// "Min uke": everything a participant needs this week, gathered from the other models.
import { listChallengeWeeks } from "~/models/challenge.server";
import { pendingConfirmations } from "~/models/check-in.server";
import type { Participation } from "~/models/cohort.server";
import { nextGathering } from "~/models/gathering.server";
import { recentEntryTitles } from "~/models/journal.server";
import { listModules } from "~/models/module.server";
import { getNextTalk } from "~/models/next-talk.server";
import { checkInStatus, currentPartnership } from "~/models/partnership.server";
import { duePulses } from "~/models/pulse.server";
import { dueSelfAssessments } from "~/models/self-assessment.server";
import * as clock from "~/utils/clock.server";
import { programmeMonthOfWeek } from "~/utils/programme-time";

export async function getMyWeek(userId: number, participation: Participation, now = clock.now()) {
  const { clock } = participation;
  const weeks = listChallengeWeeks(userId, participation);
  const thisWeek = clock.phase === "running" ? weeks[clock.currentWeek - 1]! : null;
  const modules = await listModules(userId, participation);
  const month = clock.phase === "running" ? programmeMonthOfWeek(clock.currentWeek) : null;
  const moduleOfMonth = [...modules].filter((m) => month !== null && m.month <= month).at(-1) ?? null;
  const partnership = currentPartnership(userId, participation);
  return {
    thisWeek,
    openEarlier: weeks.filter((w) => w.status === "open" && !w.isCurrent).map((w) => ({ week: w.week, title: w.challenge!.title })),
    strip: weeks.map((w) => ({ week: w.week, monday: w.monday, status: w.status, isCurrent: w.isCurrent, pause: w.pause })),
    moduleOfMonth,
    partnership: partnership
      ? {
          partners: partnership.partners.map((p) => p.name),
          status: checkInStatus(partnership, participation.cohort, clock.today),
          // A conversation the partner logged and waits for me to confirm comes before "on track".
          pending: pendingConfirmations(userId, participation, partnership).map((c) => ({
            id: c.id,
            heldOn: c.heldOn,
            authorName: c.authorName,
          })),
          nextTalk: getNextTalk(userId, participation, now, partnership),
        }
      : null,
    nextGathering: nextGathering(userId, participation, now),
    // Instruments due now: a self-assessment to answer, a team measurement to start.
    instruments: { self: dueSelfAssessments(userId, participation, now), team: duePulses(userId, participation, now) },
    recentEntries: recentEntryTitles(userId, 3),
  };
}
