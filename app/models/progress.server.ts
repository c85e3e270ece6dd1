// How a cohort is doing, for its owners: counts, dates and statuses — never the text of a
// journal entry, reflection or check-in. Aggregated in SQL so a cohort of thousands stays fast.
import { sql } from "drizzle-orm";

import type { Cohort } from "~/models/cohort.server";
import { cachedFigures } from "~/models/cohort-figures.server";
import { awayInWeek, statusesByPerson, type StatusKind, statusOn } from "~/models/follow-up.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import * as clock from "~/utils/clock.server";
import { db } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";
import { addDays, PROGRAMME_WEEKS, programmeClock, programmeWeekOfDate, weekStartDate } from "~/utils/programme-time";

export type GridStatus = "done" | "late" | "skipped" | "missed" | "open" | "coming" | "pause" | "away";
export type FollowUpReason = "no-challenge" | "no-check-in" | "missed-samling" | "never-signed-in";

export type ParticipantRow = {
  userId: number;
  name: string;
  email: string;
  lastLoginAt: number | null;
  done: number;
  late: number;
  skipped: number;
  missed: number;
  lastDoneWeek: number | null;
  modulesCompleted: number;
  lastCheckIn: string | null;
  attended: number;
  lastSamlingStatus: string | null;
  lastActivityAt: number | null;
  reasons: FollowUpReason[];
  standing: Standing;
  /** The status (leave, pause, left) that covers today: such a person is out of follow-up and figures. */
  away: StatusKind | null;
};

export type Standing = "not-started" | "behind" | "on-track" | "away";

// The severity rule the overview states: each reason weighs, the heaviest sum comes first, and
// among equals the one quiet the longest. Never signing in and no leader challenge weigh most:
// the programme is the weekly challenge, and someone who never came in has not begun.
export const SEVERITY: Record<FollowUpReason, number> = { "never-signed-in": 3, "no-challenge": 3, "no-check-in": 2, "missed-samling": 1 };

export function severity(row: Pick<ParticipantRow, "reasons">) {
  return row.reasons.reduce((sum, r) => sum + SEVERITY[r], 0);
}

/** Most serious first: by severity, then the longest since any activity. */
export function bySeverity(a: ParticipantRow, b: ParticipantRow) {
  return severity(b) - severity(a) || (a.lastActivityAt ?? 0) - (b.lastActivityAt ?? 0) || a.name.localeCompare(b.name, "nb");
}

/** The follow-up list: everyone with a reason, not away today, most serious first. */
export function followUpList(rows: readonly ParticipantRow[]) {
  return rows.filter((r) => r.reasons.length).sort(bySeverity);
}

function context(cohort: Cohort, now: Date) {
  const clock = programmeClock(cohort.startDate, now, cohort.timeZone);
  const week = clock.phase === "before" ? 0 : clock.phase === "ended" ? PROGRAMME_WEEKS : clock.currentWeek;
  const plan = cohortWeekPlan(cohort);
  // Weeks whose challenge could have been done by now (the current week is still open).
  const pastChallengeWeeks = plan.filter((w) => w.challengeSlug && w.week < week).map((w) => w.week);
  return { clock, week, plan, pastChallengeWeeks, today: clock.today };
}

/** One row per participant with the figures owners see; the follow-up reasons follow the cohort's thresholds. */
export function participantRows(cohort: Cohort, now = clock.now()): readonly ParticipantRow[] {
  return cachedFigures("participant-rows", cohort, now, () => computeParticipantRows(cohort, now));
}

function computeParticipantRows(cohort: Cohort, now: Date): ParticipantRow[] {
  const { week, plan, pastChallengeWeeks, today } = context(cohort, now);
  // "No challenge for n weeks" counts weeks that had a challenge (this one included): a holiday or
  // samling week has nothing to miss, so nobody is flagged for Christmas.
  const challengeWeeksSoFar = plan.filter((w) => w.challengeSlug && w.week <= week).map((w) => w.week);
  const checkInSince = addDays(today, -7 * cohort.followUpCheckInWeeks);
  const lastHeld =
    db.get<{ id: number | null }>(
      // A cancelled samling was never held: nobody missed it.
      sql`select id from gatherings where cohort_id = ${cohort.id} and ends_at <= ${now.getTime()} and cancelled_at is null order by starts_at desc limit 1`,
    )?.id ?? null;
  const statuses = statusesByPerson(cohort.id);
  const rows = db.all<Omit<ParticipantRow, "reasons" | "standing" | "missed" | "away"> & { answeredWeeks: string | null }>(sql`
    with members as (
      select u.id as user_id, u.name, u.email, u.last_login_at
      from memberships m join users u on u.id = m.user_id
      where m.cohort_id = ${cohort.id} and m.role = 'participant'
    ),
    ch as (
      select user_id,
        sum(status = 'done' and completed_week <= programme_week) as done,
        sum(status = 'done' and completed_week > programme_week) as late,
        sum(status = 'skipped') as skipped,
        max(case when status = 'done' then completed_week end) as last_done_week,
        -- Completions exist only for weeks with a challenge, so this counts the past challenge weeks answered.
        json_group_array(case when programme_week < ${week} then programme_week end) as answered_weeks,
        max(completed_at) as last_at
      from challenge_completions where cohort_id = ${cohort.id} group by user_id
    ),
    mp as (
      select user_id, sum(completed_at is not null) as completed, max(coalesce(completed_at, started_at)) as last_at
      from module_progress where cohort_id = ${cohort.id} group by user_id
    ),
    ci as (
      select pm.user_id, max(c.held_on) as last_check_in, max(case when c.author_id = pm.user_id then c.created_at end) as last_at
      from partnerships p join partnership_members pm on pm.partnership_id = p.id
      join check_ins c on c.partnership_id = p.id
      where p.cohort_id = ${cohort.id} group by pm.user_id
    ),
    att as (
      select a.user_id, sum(a.status = 'attended') as attended,
        max(case when a.gathering_id = ${lastHeld} then a.status end) as last_status
      from attendance a join gatherings g on g.id = a.gathering_id
      where g.cohort_id = ${cohort.id} group by a.user_id
    ),
    je as (
      select user_id, max(created_at) as last_at from journal_entries where cohort_id = ${cohort.id} group by user_id
    )
    select m.user_id as userId, m.name, m.email, m.last_login_at as lastLoginAt,
      coalesce(ch.done, 0) as done, coalesce(ch.late, 0) as late, coalesce(ch.skipped, 0) as skipped,
      ch.last_done_week as lastDoneWeek, ch.answered_weeks as answeredWeeks,
      coalesce(mp.completed, 0) as modulesCompleted, ci.last_check_in as lastCheckIn,
      coalesce(att.attended, 0) as attended, att.last_status as lastSamlingStatus,
      nullif(max(coalesce(ch.last_at, 0), coalesce(mp.last_at, 0), coalesce(ci.last_at, 0), coalesce(je.last_at, 0), coalesce(m.last_login_at, 0)), 0) as lastActivityAt
    from members m
    left join ch on ch.user_id = m.user_id
    left join mp on mp.user_id = m.user_id
    left join ci on ci.user_id = m.user_id
    left join att on att.user_id = m.user_id
    left join je on je.user_id = m.user_id
    order by m.name collate nocase
  `);
  const challengeGap = cohort.followUpChallengeWeeks;
  const pairingStart = (() => {
    const first = db.get<{ from_week: number | null }>(
      sql`select min(from_week) as from_week from partnerships where cohort_id = ${cohort.id} and published_at is not null`,
    );
    return first?.from_week ? weekStartDate(cohort.startDate, first.from_week) : null;
  })();
  return rows.map(({ answeredWeeks, ...r }): ParticipantRow => {
    const ranges = statuses.get(r.userId);
    const counts = (w: number) => !awayInWeek(ranges, cohort.startDate, w);
    const answered = new Set((JSON.parse(answeredWeeks ?? "[]") as (number | null)[]).filter((w) => w !== null));
    // Weeks under a status (leave, pause, left) are neither missed nor part of a gap.
    const missed = pastChallengeWeeks.filter((w) => counts(w) && !answered.has(w)).length;
    const away = statusOn(ranges, today)?.kind ?? null;
    const reasons: FollowUpReason[] = [];
    if (!away) {
      const ownWeeks = challengeWeeksSoFar.filter(counts);
      if (r.lastLoginAt === null) reasons.push("never-signed-in");
      const gapStart = ownWeeks.at(-challengeGap);
      if (ownWeeks.length > challengeGap && gapStart !== undefined && (r.lastDoneWeek === null || r.lastDoneWeek < gapStart))
        reasons.push("no-challenge");
      const awayInCheckInWindow = ranges?.some((s) => s.fromDate <= today && (s.toDate === null || s.toDate >= checkInSince));
      if (!awayInCheckInWindow && pairingStart && pairingStart <= checkInSince && (r.lastCheckIn === null || r.lastCheckIn < checkInSince))
        reasons.push("no-check-in");
      if (r.lastSamlingStatus === "absent") reasons.push("missed-samling");
    }
    // One rule for the list and the grid: «Henger etter» is exactly "has a reason on the follow-up list".
    const standing: Standing = away
      ? "away"
      : r.done + r.late === 0 && r.lastLoginAt === null
        ? "not-started"
        : reasons.length
          ? "behind"
          : "on-track";
    return { ...r, missed, reasons, standing, away };
  });
}

/** The participant × week grid for some participants (a page of them): one status per programme week. */
export function weekGrid(cohort: Cohort, userIds: number[], now = clock.now()): Map<number, GridStatus[]> {
  const { week, plan } = context(cohort, now);
  const statuses = statusesByPerson(cohort.id);
  const grid = new Map<number, GridStatus[]>();
  for (const id of userIds)
    grid.set(
      id,
      plan.map((w) =>
        !w.challengeSlug
          ? "pause"
          : awayInWeek(statuses.get(id), cohort.startDate, w.week)
            ? "away"
            : w.week > week
              ? "coming"
              : w.week === week
                ? "open"
                : "missed",
      ),
    );
  if (!userIds.length) return grid;
  const rows = db.all<{ user_id: number; programme_week: number; status: string; completed_week: number }>(sql`
    select user_id, programme_week, status, completed_week from challenge_completions
    where cohort_id = ${cohort.id} and user_id in (select value from json_each(${JSON.stringify(userIds)}))`);
  for (const r of rows) {
    const cells = grid.get(r.user_id);
    if (!cells || r.programme_week < 1 || r.programme_week > PROGRAMME_WEEKS) continue;
    cells[r.programme_week - 1] = r.status === "skipped" ? "skipped" : r.completed_week > r.programme_week ? "late" : "done";
  }
  return grid;
}

export type CohortSummary = {
  participants: number;
  activeThisWeek: number;
  week: number;
  completionByWeek: { week: number; done: number; late: number; skipped: number; planned: boolean }[];
  modules: { slug: string; title: string; month: number; started: number; completed: number }[];
  pairs: {
    partnershipId: number;
    names: string[];
    startsOn: string;
    last4: number;
    last13: number;
    lastHeldOn: string | null;
    weeksWithCheckIn: number[];
  }[];
  /** The 13 programme weeks the pairs' cadence strip covers (oldest first). */
  cadenceWeeks: number[];
  gatherings: {
    id: number;
    title: string;
    startsAt: number;
    /** 1 when cancelled (SQLite's boolean). */
    cancelled: number;
    attended: number;
    excused: number;
    absent: number;
    attending: number;
    notAttending: number;
  }[];
};

export function cohortSummary(cohort: Cohort, now = clock.now()): CohortSummary {
  return cachedFigures("summary", cohort, now, () => computeCohortSummary(cohort, now));
}

function computeCohortSummary(cohort: Cohort, now: Date): CohortSummary {
  const { week, plan, today } = context(cohort, now);
  // Someone on leave, on pause or gone this week is out of this week's figures.
  const statuses = statusesByPerson(cohort.id);
  const awayIds = [...statuses.entries()].filter(([, r]) => awayInWeek(r, cohort.startDate, Math.max(1, week))).map(([id]) => id);
  const away = JSON.stringify(week >= 1 ? awayIds : []);
  const participants = db.get<{ n: number }>(
    sql`select count(*) as n from memberships where cohort_id = ${cohort.id} and role = 'participant'
      and user_id not in (select value from json_each(${away}))`,
  )!.n;
  const weekStart = weekStartDate(cohort.startDate, Math.max(1, week));
  const weekStartMs = Date.parse(`${weekStart}T00:00:00Z`) - 2 * 3_600_000; // Oslo midnight is at most 2 h before UTC midnight
  const activeThisWeek = db.get<{ n: number }>(sql`
    select count(*) as n from memberships m join users u on u.id = m.user_id
    where m.cohort_id = ${cohort.id} and m.role = 'participant' and m.user_id not in (select value from json_each(${away})) and (
      u.last_login_at >= ${weekStartMs}
      or exists (select 1 from challenge_completions c where c.cohort_id = m.cohort_id and c.user_id = m.user_id and c.completed_at >= ${weekStartMs})
      or exists (select 1 from journal_entries j where j.user_id = m.user_id and j.cohort_id = m.cohort_id and j.created_at >= ${weekStartMs})
    )`)!.n;
  const byWeek = new Map(
    db
      .all<{ w: number; done: number; late: number; skipped: number }>(
        sql`
        select programme_week as w, sum(status = 'done' and completed_week <= programme_week) as done,
          sum(status = 'done' and completed_week > programme_week) as late, sum(status = 'skipped') as skipped
        from challenge_completions c where c.cohort_id = ${cohort.id}
        group by programme_week`,
      )
      .map((r) => [r.w, r]),
  );
  const completionByWeek = plan
    .filter((w) => w.week <= Math.max(week, 0))
    .map((w) => ({
      week: w.week,
      done: byWeek.get(w.week)?.done ?? 0,
      late: byWeek.get(w.week)?.late ?? 0,
      skipped: byWeek.get(w.week)?.skipped ?? 0,
      planned: !!w.challengeSlug,
    }));
  const moduleCounts = new Map(
    db
      .all<{ slug: string; started: number; completed: number }>(
        sql`
        select module_slug as slug, count(*) as started, sum(completed_at is not null) as completed
        from module_progress where cohort_id = ${cohort.id} group by module_slug`,
      )
      .map((r) => [r.slug, r]),
  );
  const modules = getProgramme().modules.map((m) => ({
    slug: m.slug,
    title: m.title,
    month: m.month,
    started: moduleCounts.get(m.slug)?.started ?? 0,
    completed: moduleCounts.get(m.slug)?.completed ?? 0,
  }));
  const since4 = addDays(today, -28);
  const since13 = addDays(today, -91);
  const pairs = db
    .all<{ id: number; fromWeek: number; names: string; last4: number; last13: number; last: string | null }>(
      sql`
      select p.id, p.from_week as fromWeek, (select group_concat(u.name, '|') from partnership_members pm join users u on u.id = pm.user_id where pm.partnership_id = p.id) as names,
        (select count(*) from check_ins c where c.partnership_id = p.id and c.held_on >= ${since4}) as last4,
        (select count(*) from check_ins c where c.partnership_id = p.id and c.held_on >= ${since13}) as last13,
        (select max(held_on) from check_ins c where c.partnership_id = p.id) as last
      from partnerships p
      where p.cohort_id = ${cohort.id} and p.published_at is not null and p.from_week <= ${Math.max(week, 1)} and p.to_week >= ${Math.max(week, 1)}
      order by last4, p.id`,
    )
    .map((r) => ({
      partnershipId: r.id,
      names: (r.names ?? "").split("|").sort(),
      startsOn: weekStartDate(cohort.startDate, r.fromWeek),
      last4: r.last4,
      last13: r.last13,
      lastHeldOn: r.last,
      weeksWithCheckIn: [] as number[],
    }));
  // Which of the last 13 programme weeks each current pair talked in (a few rows per pair).
  const cadenceWeeks = Array.from({ length: 13 }, (_, i) => week - 12 + i).filter((w) => w >= 1);
  const byPair = new Map(pairs.map((p) => [p.partnershipId, p]));
  if (pairs.length) {
    for (const r of db.all<{ pid: number; held_on: string }>(sql`
      select partnership_id as pid, held_on from check_ins
      where held_on >= ${since13} and partnership_id in (select value from json_each(${JSON.stringify(pairs.map((p) => p.partnershipId))}))`)) {
      const w = programmeWeekOfDate(cohort.startDate, r.held_on);
      const p = byPair.get(r.pid);
      if (p && !p.weeksWithCheckIn.includes(w)) p.weeksWithCheckIn.push(w);
    }
  }
  const gatherings = db.all<CohortSummary["gatherings"][number]>(sql`
    select g.id, g.title, g.starts_at as startsAt, g.cancelled_at is not null as cancelled,
      coalesce(sum(a.status = 'attended'), 0) as attended, coalesce(sum(a.status = 'excused'), 0) as excused, coalesce(sum(a.status = 'absent'), 0) as absent,
      coalesce(sum(a.rsvp = 'attending'), 0) as attending, coalesce(sum(a.rsvp = 'not_attending'), 0) as notAttending
    from gatherings g left join attendance a on a.gathering_id = g.id
    where g.cohort_id = ${cohort.id} group by g.id order by g.starts_at`);
  return { participants, activeThisWeek, week, completionByWeek, modules, pairs, cadenceWeeks, gatherings };
}

/** Pairs of the current period with no conversation for the cohort's threshold of weeks. */
export function quietPairs(cohort: Cohort, now = clock.now(), summary: CohortSummary = cohortSummary(cohort, now)) {
  const { today } = context(cohort, now);
  const since = addDays(today, -7 * cohort.followUpCheckInWeeks);
  return summary.pairs.filter((p) => p.startsOn <= since && (p.lastHeldOn ?? "") < since);
}

/**
 * One page of the cohort's pairs for the overview, found by a name, and how many there are. At
 * 2,000 participants the full table (1,000 pairs with a 13-week strip each) was most of a 1 MB page.
 */
export function pairsPage(pairs: CohortSummary["pairs"], query: { name: string; page: number }, size: number) {
  const needle = query.name.toLocaleLowerCase("nb");
  const found = needle ? pairs.filter((p) => p.names.some((n) => n.toLocaleLowerCase("nb").includes(needle))) : pairs;
  const pages = Math.max(1, Math.ceil(found.length / size));
  const page = Math.min(query.page, pages);
  return {
    rows: found.slice((page - 1) * size, page * size),
    total: found.length,
    page,
    pages,
    from: found.length ? (page - 1) * size + 1 : 0,
  };
}
