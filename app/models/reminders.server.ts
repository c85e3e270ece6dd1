// Reminders that reach people where they already look: each job is keyed by (kind, user, week or
// gathering), so running the scheduler twice sends nothing twice, and a run after downtime catches
// up on what is still relevant (this week's Monday mail, a samling still ahead). Each job writes an
// in-app notice and — if the person wants that kind of mail — an e-mail, in one transaction.
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";

import type { Lng } from "~/i18n";
import { type Cohort, getParticipation } from "~/models/cohort.server";
import { statusesByPerson, statusOn } from "~/models/follow-up.server";
import { checkInStatus, currentPartnership } from "~/models/partnership.server";
import { followUpList, participantRows } from "~/models/progress.server";
import { deadlineReminderDue, deadlineReminderKey } from "~/models/samling-deadline.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { translator } from "~/utils/i18n.server";
import { getProgramme } from "~/utils/programme.server";
import { formatDate, formatTime, programmeClock, weekStartDate, zonedInstant } from "~/utils/programme-time";

import { checkInOverdueMail, invitationExpiryMail, ownerSummaryMail, rsvpDeadlineMail, samlingMail, weeklyMail } from "./mails.server";
import { enqueueMail, type OutgoingMail } from "./outbox.server";

type Person = typeof schema.users.$inferSelect;
type Job = {
  user: Person;
  key: string;
  kind: string;
  titleKey: string;
  values: Record<string, string | number>;
  link: string;
  mail: (() => OutgoingMail) | null;
};

const DAY = 86_400_000;

function existingKeys(keys: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    for (const r of db
      .select({ k: schema.notices.dedupeKey })
      .from(schema.notices)
      .where(inArray(schema.notices.dedupeKey, keys.slice(i, i + 500)))
      .all())
      found.add(r.k);
  }
  return found;
}

function membersOf(cohortId: number, role: "participant" | "owner"): Person[] {
  return (
    db
      .select({ u: schema.users })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      // A deactivated account gets no notices and no mail.
      .where(and(eq(schema.memberships.cohortId, cohortId), eq(schema.memberships.role, role), isNull(schema.users.deactivatedAt)))
      .all()
      .map((r) => r.u)
  );
}

function jobsForCohort(cohort: Cohort, now: Date): Job[] {
  const clock = programmeClock(cohort.startDate, now, cohort.timeZone);
  const jobs: Job[] = [];
  const programme = getProgramme();
  const plan = cohortWeekPlan(cohort);
  // Someone an owner has marked as on leave, paused or gone gets no automatic reminders while that
  // status lasts: it takes them out of follow-up, and a nudge would then only be noise.
  const away = statusesByPerson(cohort.id);
  const participants = membersOf(cohort.id, "participant").filter((p) => !statusOn(away.get(p.id), clock.today));

  if (clock.phase === "running") {
    const week = clock.currentWeek;
    const pw = plan[week - 1]!;
    const mondayMorning = zonedInstant(weekStartDate(cohort.startDate, week), "07:00", cohort.timeZone);
    const challenge = pw.challengeSlug ? programme.challenges.get(pw.challengeSlug) : undefined;
    const module = programme.modules.find((m) => m.slug === pw.moduleSlug);
    for (const user of participants) {
      const participation = getParticipation(user.id, now);
      if (!participation || participation.cohort.id !== cohort.id) continue;
      const partnership = currentPartnership(user.id, participation);
      const status = partnership ? checkInStatus(partnership, cohort, clock.today) : null;
      if (challenge && now >= mondayMorning) {
        const key = `weekly:${user.id}:${cohort.id}:${week}`;
        jobs.push({
          user,
          key,
          kind: "weekly",
          titleKey: "notices.weekly",
          values: { week, title: challenge.title },
          link: `/challenges/${week}`,
          mail: user.mailWeekly
            ? () =>
                weeklyMail({
                  to: user.email,
                  name: user.name,
                  locale: user.locale as Lng,
                  week,
                  challenge,
                  module: module?.title ?? "",
                  checkIn: status ? (status.state === "ok" ? "ok" : status.state) : "none",
                  dedupeKey: key,
                  slot: { at: mondayMorning, now, timeZone: cohort.timeZone },
                })
            : null,
        });
      }
      if (partnership && status?.state === "overdue") {
        const key = `checkin-overdue:${user.id}:${partnership.id}:${status.dueOn}`;
        const partners = partnership.partners.map((p) => p.name).join(", ");
        jobs.push({
          user,
          key,
          kind: "check_in_overdue",
          titleKey: "notices.overdue",
          values: { partners },
          link: "/partner",
          mail: user.mailCheckIn
            ? () =>
                checkInOverdueMail({
                  to: user.email,
                  name: user.name,
                  locale: user.locale as Lng,
                  partners,
                  dueOn: formatDate(status.dueOn, user.locale as Lng),
                  dedupeKey: key,
                })
            : null,
        });
      }
    }
  }

  // Samling reminders, 7 days and 1 day before, for everyone in the cohort.
  const everyone = [...participants, ...membersOf(cohort.id, "owner")];
  const upcoming = db
    .select()
    .from(schema.gatherings)
    .where(eq(schema.gatherings.cohortId, cohort.id))
    .all()
    .filter((g) => !g.cancelledAt && g.startsAt.getTime() > now.getTime() && g.startsAt.getTime() - now.getTime() <= 7 * DAY);
  for (const g of upcoming) {
    const days = g.startsAt.getTime() - now.getTime() <= DAY ? 1 : 7;
    for (const user of everyone) {
      const key = `samling${days}:${user.id}:${g.id}`;
      const when = `${formatDate(g.startsAt, user.locale as Lng, cohort.timeZone)} ${formatTime(g.startsAt, cohort.timeZone)}`;
      jobs.push({
        user,
        key,
        kind: `samling_${days}`,
        titleKey: days === 7 ? "notices.samling7" : "notices.samling1",
        values: { title: g.title, when },
        link: `/gatherings#samling-${g.id}`,
        mail: user.mailSamling
          ? () =>
              samlingMail({
                to: user.email,
                name: user.name,
                locale: user.locale as Lng,
                title: g.title,
                when,
                place: g.place,
                days,
                gatheringId: g.id,
                dedupeKey: key,
              })
          : null,
      });
    }
  }

  jobs.push(...deadlineJobs(cohort, participants, now));

  // Monday summary to owners: who needs follow-up, counts and names only.
  if (clock.phase === "running") {
    const mondayMorning = zonedInstant(weekStartDate(cohort.startDate, clock.currentWeek), "07:00", cohort.timeZone);
    const owners = membersOf(cohort.id, "owner");
    if (owners.length && now >= mondayMorning) {
      const keys = owners.map((o) => `owner-summary:${o.id}:${cohort.id}:${clock.currentWeek}`);
      const missing = existingKeys(keys);
      if (keys.some((k) => !missing.has(k))) {
        const rows = followUpList(participantRows(cohort, now));
        for (const owner of owners) {
          const key = `owner-summary:${owner.id}:${cohort.id}:${clock.currentWeek}`;
          const t = translator(owner.locale as Lng);
          const lines = rows
            .slice(0, 100)
            .map(
              (r) =>
                `${r.name}: ${r.reasons.map((x) => t(`owner.reason.${x}`, { challenge: cohort.followUpChallengeWeeks, checkIn: cohort.followUpCheckInWeeks })).join(", ")}`,
            );
          jobs.push({
            user: owner,
            key,
            kind: "owner_summary",
            titleKey: "notices.ownerSummary",
            values: { cohort: cohort.name, count: rows.length },
            link: `/admin/cohorts/${cohort.id}`,
            mail: owner.mailOwnerSummary
              ? () =>
                  ownerSummaryMail({
                    to: owner.email,
                    name: owner.name,
                    locale: owner.locale as Lng,
                    cohort: cohort.name,
                    cohortId: cohort.id,
                    week: clock.currentWeek,
                    lines,
                    count: rows.length,
                    dedupeKey: key,
                    slot: { at: mondayMorning, now, timeZone: cohort.timeZone },
                  })
              : null,
          });
        }
      }
    }
  }
  return jobs;
}

/** The one automatic reminder before a samling's RSVP deadline, to the participants who have not answered (ADR 024). */
function deadlineJobs(cohort: Cohort, participants: Person[], now: Date): Job[] {
  const due = db
    .select()
    .from(schema.gatherings)
    .where(and(eq(schema.gatherings.cohortId, cohort.id), isNotNull(schema.gatherings.rsvpDeadline), isNull(schema.gatherings.cancelledAt)))
    .all()
    .filter((g) => deadlineReminderDue(g, cohort.timeZone, now));
  const jobs: Job[] = [];
  for (const g of due) {
    const answered = new Set(
      db
        .select({ userId: schema.attendance.userId })
        .from(schema.attendance)
        .where(and(eq(schema.attendance.gatheringId, g.id), isNotNull(schema.attendance.rsvp)))
        .all()
        .map((r) => r.userId),
    );
    for (const user of participants.filter((p) => !answered.has(p.id))) {
      const key = deadlineReminderKey(g.id, user.id);
      const locale = user.locale as Lng;
      const deadline = formatDate(g.rsvpDeadline!, locale);
      const when = `${formatDate(g.startsAt, locale, cohort.timeZone)} ${formatTime(g.startsAt, cohort.timeZone)}`;
      jobs.push({
        user,
        key,
        kind: "samling_rsvp_deadline",
        titleKey: "notices.samlingDeadline",
        values: { title: g.title, deadline },
        link: `/gatherings#samling-${g.id}`,
        mail: user.mailSamling
          ? () =>
              rsvpDeadlineMail({
                to: user.email,
                name: user.name,
                locale,
                title: g.title,
                when,
                deadline,
                gatheringId: g.id,
                dedupeKey: key,
              })
          : null,
      });
    }
  }
  return jobs;
}

export const INVITATION_REMINDER_DAYS = 3;

/**
 * Invitations not yet used that run out within three days get one reminder each (per expiry
 * date: one sent again with a new date may get another). The outbox's dedupe key makes it once.
 */
export function remindExpiringInvitations(now = clock.now()) {
  const due = db.all<{ id: number; email: string; name: string; expiresAt: number; cohort: string; inviter: string | null }>(sql`
    select i.id, i.email, i.name, i.expires_at as expiresAt, coalesce(c.name, o.name) as cohort, u.name as inviter
    from invitations i
    left join cohorts c on c.id = i.cohort_id
    left join organisations o on o.id = i.organisation_id
    left join users u on u.id = i.invited_by
    where i.accepted_at is null and i.revoked_at is null
      and i.expires_at > ${now.getTime()} and i.expires_at <= ${now.getTime() + INVITATION_REMINDER_DAYS * DAY}
      and not exists (select 1 from users d where d.email = i.email and d.deactivated_at is not null)`);
  if (!due.length) return 0;
  db.transaction((tx) => {
    for (const inv of due)
      enqueueMail(
        tx,
        invitationExpiryMail({
          to: inv.email,
          name: inv.name,
          cohortName: inv.cohort,
          inviter: inv.inviter ?? "Lederprogrammet",
          locale: "nb",
          expiresAt: new Date(inv.expiresAt),
          dedupeKey: `invitation-expiry:${inv.id}:${inv.expiresAt}`,
        }),
        now,
      );
  });
  return due.length;
}

/** Runs every due job once. Safe to call as often as you like, and after any downtime. */
export function runScheduledJobs(now = clock.now()): { created: number } {
  remindExpiringInvitations(now);
  let created = 0;
  for (const cohort of db.select().from(schema.cohorts).all()) {
    const jobs = jobsForCohort(cohort, now);
    const done = existingKeys(jobs.map((j) => j.key));
    const fresh = jobs.filter((j) => !done.has(j.key));
    if (!fresh.length) continue;
    db.transaction((tx) => {
      for (const job of fresh) {
        const t = translator(job.user.locale as Lng);
        const inserted = tx
          .insert(schema.notices)
          .values({
            userId: job.user.id,
            dedupeKey: job.key,
            kind: job.kind,
            title: t(job.titleKey, job.values),
            link: job.link,
            createdAt: now,
          })
          .onConflictDoNothing()
          .run();
        if (inserted.changes === 1) {
          created++;
          if (job.mail) enqueueMail(tx, job.mail(), now);
        }
      }
    });
  }
  return { created };
}
