// A person's right to their own data (GDPR art. 15, 17 and 20): everything the platform holds
// about them in one export, and deleting the account. Nothing here reads other people's text,
// except the partner's reflections on check-ins this person wrote, which are part of that log.
import { and, asc, count, eq, inArray, isNotNull, or } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

import { audit } from "./audit.server";
import { entryForExport, exportEntries } from "./journal.server";
import { verifyPassword } from "./password.server";
import { selfAssessmentsForExport } from "./self-assessment.server";

const t = schema;

export type MyData = ReturnType<typeof collectMyData>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Everything stored about one person, as plain JSON-ready values. */
export function collectMyData(userId: number, now = clock.now()) {
  const user = db.select().from(t.users).where(eq(t.users.id, userId)).get();
  if (!user) return null;

  const memberships = db
    .select({ cohort: t.cohorts.name, role: t.memberships.role, startDate: t.cohorts.startDate, joinedAt: t.memberships.createdAt })
    .from(t.memberships)
    .innerJoin(t.cohorts, eq(t.cohorts.id, t.memberships.cohortId))
    .where(eq(t.memberships.userId, userId))
    .orderBy(asc(t.cohorts.startDate))
    .all();

  const challenges = db
    .select({
      cohort: t.cohorts.name,
      challenge: t.challengeCompletions.challengeSlug,
      programmeWeek: t.challengeCompletions.programmeWeek,
      status: t.challengeCompletions.status,
      skipReason: t.challengeCompletions.skipReason,
      completedWeek: t.challengeCompletions.completedWeek,
      completedAt: t.challengeCompletions.completedAt,
      journalEntryId: t.challengeCompletions.journalEntryId,
    })
    .from(t.challengeCompletions)
    .innerJoin(t.cohorts, eq(t.cohorts.id, t.challengeCompletions.cohortId))
    .where(eq(t.challengeCompletions.userId, userId))
    .orderBy(asc(t.challengeCompletions.programmeWeek))
    .all();

  const modules = db
    .select({
      cohort: t.cohorts.name,
      module: t.moduleProgress.moduleSlug,
      startedAt: t.moduleProgress.startedAt,
      completedAt: t.moduleProgress.completedAt,
    })
    .from(t.moduleProgress)
    .innerJoin(t.cohorts, eq(t.cohorts.id, t.moduleProgress.cohortId))
    .where(eq(t.moduleProgress.userId, userId))
    .all();

  const checkInsWritten = db
    .select({
      id: t.checkIns.id,
      heldOn: t.checkIns.heldOn,
      minutes: t.checkIns.minutes,
      format: t.checkIns.format,
      topics: t.checkIns.topics,
      notes: t.checkIns.notes,
      nextSteps: t.checkIns.nextSteps,
      createdAt: t.checkIns.createdAt,
    })
    .from(t.checkIns)
    .where(eq(t.checkIns.authorId, userId))
    .orderBy(asc(t.checkIns.heldOn))
    .all();

  const myResponses = db
    .select({
      checkInId: t.checkInResponses.checkInId,
      heldOn: t.checkIns.heldOn,
      confirmedAt: t.checkInResponses.confirmedAt,
      reflection: t.checkInResponses.reflection,
    })
    .from(t.checkInResponses)
    .innerJoin(t.checkIns, eq(t.checkIns.id, t.checkInResponses.checkInId))
    .where(eq(t.checkInResponses.userId, userId))
    .orderBy(asc(t.checkIns.heldOn))
    .all();

  const partnerships = db
    .select({ id: t.partnerships.id, cohort: t.cohorts.name, fromWeek: t.partnerships.fromWeek, toWeek: t.partnerships.toWeek })
    .from(t.partnershipMembers)
    .innerJoin(t.partnerships, eq(t.partnerships.id, t.partnershipMembers.partnershipId))
    .innerJoin(t.cohorts, eq(t.cohorts.id, t.partnerships.cohortId))
    .where(and(eq(t.partnershipMembers.userId, userId), isNotNull(t.partnerships.publishedAt)))
    .orderBy(asc(t.partnerships.fromWeek))
    .all();
  const partnerNames = partnerships.length
    ? db
        .select({ partnershipId: t.partnershipMembers.partnershipId, name: t.users.name, userId: t.users.id })
        .from(t.partnershipMembers)
        .innerJoin(t.users, eq(t.users.id, t.partnershipMembers.userId))
        .where(
          inArray(
            t.partnershipMembers.partnershipId,
            partnerships.map((p) => p.id),
          ),
        )
        .all()
    : [];

  const attendance = db
    .select({
      gathering: t.gatherings.title,
      startsAt: t.gatherings.startsAt,
      rsvp: t.attendance.rsvp,
      apology: t.attendance.apology,
      status: t.attendance.status,
    })
    .from(t.attendance)
    .innerJoin(t.gatherings, eq(t.gatherings.id, t.attendance.gatheringId))
    .where(eq(t.attendance.userId, userId))
    .orderBy(asc(t.gatherings.startsAt))
    .all();

  const notices = db
    .select({ title: t.notices.title, createdAt: t.notices.createdAt, readAt: t.notices.readAt })
    .from(t.notices)
    .where(eq(t.notices.userId, userId))
    .all();

  return {
    exportedAt: now.toISOString(),
    profile: {
      name: user.name,
      email: user.email,
      locale: user.locale,
      isAdmin: user.isAdmin,
      createdAt: iso(user.createdAt),
      lastLoginAt: iso(user.lastLoginAt),
      hasCalendarFeed: user.calendarTokenHash !== null,
      mail: { weekly: user.mailWeekly, checkIn: user.mailCheckIn, samling: user.mailSamling, ownerSummary: user.mailOwnerSummary },
    },
    memberships: memberships.map((m) => ({ ...m, joinedAt: iso(m.joinedAt) })),
    journal: exportEntries(userId).map(entryForExport),
    challenges: challenges.map((c) => ({ ...c, completedAt: iso(c.completedAt) })),
    modules: modules.map((m) => ({ ...m, startedAt: iso(m.startedAt), completedAt: iso(m.completedAt) })),
    partnerships: partnerships.map((p) => ({
      cohort: p.cohort,
      fromWeek: p.fromWeek,
      toWeek: p.toWeek,
      partners: partnerNames.filter((n) => n.partnershipId === p.id && n.userId !== userId).map((n) => n.name),
    })),
    checkInsWritten: checkInsWritten.map((c) => ({ ...c, topics: JSON.parse(c.topics) as string[], createdAt: iso(c.createdAt) })),
    checkInResponses: myResponses.map((r) => ({ ...r, confirmedAt: iso(r.confirmedAt) })),
    attendance: attendance.map((a) => ({ ...a, startsAt: iso(a.startsAt) })),
    notices: notices.map((n) => ({ ...n, createdAt: iso(n.createdAt), readAt: iso(n.readAt) })),
    // Private like the journal; team answers are nobody's and are not here.
    selfAssessments: selfAssessmentsForExport(userId),
  };
}

export type MyDataLabels = Record<
  | "title"
  | "exportedAt"
  | "profile"
  | "name"
  | "email"
  | "createdAt"
  | "memberships"
  | "journal"
  | "challenges"
  | "modules"
  | "partnerships"
  | "checkIns"
  | "responses"
  | "attendance"
  | "none"
  | "tags"
  | "shared"
  | "skipReason"
  | "notes"
  | "nextSteps"
  | "rsvp"
  | "apology"
  | "status"
  | "week"
  | "minutes"
  | "selfAssessments",
  string
>;

const line = (label: string, value: unknown) =>
  value === null || value === undefined || value === "" ? [] : [`- **${label}:** ${String(value)}`];

/** The same export as a document a person can read without tools. */
export function myDataAsMarkdown(d: NonNullable<MyData>, l: MyDataLabels): string {
  const out: string[] = [
    `# ${l.title}`,
    "",
    `${l.exportedAt}: ${d.exportedAt}`,
    "",
    `## ${l.profile}`,
    ...line(l.name, d.profile.name),
    ...line(l.email, d.profile.email),
    ...line(l.createdAt, d.profile.createdAt),
    "",
  ];
  const section = (title: string, rows: string[][]) => {
    out.push(`## ${title}`, "");
    if (!rows.length) out.push(l.none, "");
    for (const r of rows) out.push(...r, "");
  };
  section(
    l.memberships,
    d.memberships.map((m) => [`- ${m.cohort} (${m.role}), ${m.startDate}`]),
  );
  section(
    l.journal,
    d.journal.map((e) => [
      `### ${e.title}`,
      "",
      `*${e.createdAt}*${e.tags.length ? ` · ${l.tags}: ${e.tags.join(", ")}` : ""}${e.sharedWith.length ? ` · ${l.shared}: ${e.sharedWith.join(", ")}` : ""}`,
      "",
      e.body,
    ]),
  );
  section(
    l.selfAssessments,
    d.selfAssessments.map((a) => [
      `### ${a.instrument} · ${a.occasion} (${a.cohort})`,
      "",
      ...Object.entries(a.answers).map(([item, value]) => `- ${item}: ${value}${a.notes[item] ? ` · ${l.notes}: ${a.notes[item]}` : ""}`),
    ]),
  );
  section(
    l.challenges,
    d.challenges.map((c) => [
      `- ${l.week} ${c.programmeWeek}: ${c.challenge} (${c.status})${c.skipReason ? ` · ${l.skipReason}: ${c.skipReason}` : ""}`,
    ]),
  );
  section(
    l.modules,
    d.modules.map((m) => [`- ${m.module}: ${m.completedAt ?? m.startedAt}`]),
  );
  section(
    l.partnerships,
    d.partnerships.map((p) => [`- ${p.cohort}, ${l.week} ${p.fromWeek}–${p.toWeek}: ${p.partners.join(", ")}`]),
  );
  section(
    l.checkIns,
    d.checkInsWritten.map((c) => [
      `### ${c.heldOn} · ${c.minutes} ${l.minutes} · ${c.format}`,
      ...line(l.notes, c.notes),
      ...line(l.nextSteps, c.nextSteps),
    ]),
  );
  section(
    l.responses,
    d.checkInResponses.map((r) => [`- ${r.heldOn}${r.reflection ? `: ${r.reflection}` : ""}`]),
  );
  section(
    l.attendance,
    d.attendance.map((a) => [
      `- ${a.gathering}, ${a.startsAt}`,
      ...line(`  ${l.rsvp}`, a.rsvp),
      ...line(`  ${l.apology}`, a.apology),
      ...line(`  ${l.status}`, a.status),
    ]),
  );
  return out.join("\n");
}

export type DeleteAccountResult = { ok: true } | { ok: false; reason: "wrong-password" | "last-admin" };

/**
 * Deletes the account for good. The journal, reflections, drafts, answers and sessions go with the
 * user row (foreign keys cascade). Check-ins this person logged stay for their partners, as facts
 * (date, length, format, topics) with the partners' own reflections, but without this person's
 * notes; the log then shows "slettet bruker". Invitations and mails to the address go too.
 */
export async function deleteAccount(userId: number, password: string): Promise<DeleteAccountResult> {
  const user = db.select().from(t.users).where(eq(t.users.id, userId)).get();
  if (!user || !(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "wrong-password" };
  if (user.isAdmin) {
    const admins = db.select({ id: t.users.id }).from(t.users).where(eq(t.users.isAdmin, true)).all();
    if (admins.length <= 1) return { ok: false, reason: "last-admin" };
  }
  db.transaction((tx) => {
    const entries = tx.select({ n: count() }).from(t.journalEntries).where(eq(t.journalEntries.userId, userId)).get()!.n;
    tx.update(t.checkIns).set({ notes: "", nextSteps: "" }).where(eq(t.checkIns.authorId, userId)).run();
    tx.delete(t.invitations)
      .where(or(eq(t.invitations.email, user.email), eq(t.invitations.acceptedUserId, userId)))
      .run();
    tx.delete(t.emailOutbox).where(eq(t.emailOutbox.toAddress, user.email)).run();
    tx.delete(t.loginFailures)
      .where(eq(t.loginFailures.key, `email:${user.email}`))
      .run();
    tx.delete(t.users).where(eq(t.users.id, userId)).run();
    // Ids and counts only: the log must not keep what the person asked us to forget.
    audit(tx, { actorId: null, action: "account.deleted", subjectType: "user", subjectId: userId, detail: { journalEntries: entries } });
  });
  return { ok: true };
}
