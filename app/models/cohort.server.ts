// Cohorts and who may do what in them. Every function takes the acting user and returns only what
// that user may see; a cohort outside their reach is simply not found.
import { and, asc, desc, eq, exists, or, sql } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { type ProgrammeClock, programmeClock } from "~/utils/programme-time";
import type { SessionUser } from "~/utils/session.server";

const { cohorts, memberships, organisations, organisationOwners, programmes } = schema;

export type Cohort = typeof cohorts.$inferSelect;

function ownsCohortCondition(userId: number) {
  return or(
    exists(
      db
        .select({ one: sql`1` })
        .from(memberships)
        .where(and(eq(memberships.cohortId, cohorts.id), eq(memberships.userId, userId), eq(memberships.role, "owner"))),
    ),
    exists(
      db
        .select({ one: sql`1` })
        .from(organisationOwners)
        .where(and(eq(organisationOwners.organisationId, cohorts.organisationId), eq(organisationOwners.userId, userId))),
    ),
  );
}

/** The cohort if the user may run it (owner of the cohort or of its organisation, or admin), else null. */
export function getOwnedCohort(user: SessionUser, cohortId: number): Cohort | null {
  const where = user.isAdmin ? eq(cohorts.id, cohortId) : and(eq(cohorts.id, cohortId), ownsCohortCondition(user.id));
  return db.select().from(cohorts).where(where).get() ?? null;
}

export function listOwnedCohorts(user: SessionUser, now = clock.now()) {
  const rows = db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      startDate: cohorts.startDate,
      timeZone: cohorts.timeZone,
      organisation: organisations.name,
      programme: programmes.name,
      participants: sql<number>`(select count(*) from ${memberships} m where m.cohort_id = ${cohorts.id} and m.role = 'participant')`,
    })
    .from(cohorts)
    .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
    .innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
    .where(user.isAdmin ? undefined : ownsCohortCondition(user.id))
    .orderBy(desc(cohorts.startDate), asc(cohorts.name))
    .all();
  return rows.map((r) => ({ ...r, clock: programmeClock(r.startDate, now, r.timeZone) }));
}

export function ownsAnything(user: SessionUser): boolean {
  if (user.isAdmin) return true;
  const m = db
    .select({ one: sql`1` })
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.role, "owner")))
    .get();
  const o = db
    .select({ one: sql`1` })
    .from(organisationOwners)
    .where(eq(organisationOwners.userId, user.id))
    .get();
  return !!(m || o);
}

export type Participation = { cohort: Cohort; organisation: string; clock: ProgrammeClock };

/** The cohort a participant is taking part in now: a running one first, else the most recent. */
export function getParticipation(userId: number, now = clock.now()): Participation | null {
  const rows = db
    .select({ cohort: cohorts, organisation: organisations.name })
    .from(memberships)
    .innerJoin(cohorts, eq(cohorts.id, memberships.cohortId))
    .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "participant")))
    .orderBy(desc(cohorts.startDate))
    .all();
  const withClock = rows.map((r) => ({ ...r, clock: programmeClock(r.cohort.startDate, now, r.cohort.timeZone) }));
  return withClock.find((r) => r.clock.phase === "running") ?? withClock.find((r) => r.clock.phase === "before") ?? withClock[0] ?? null;
}

export function listMembers(cohortId: number) {
  return db
    .select({
      userId: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      role: memberships.role,
      lastLoginAt: schema.users.lastLoginAt,
    })
    .from(memberships)
    .innerJoin(schema.users, eq(schema.users.id, memberships.userId))
    .where(eq(memberships.cohortId, cohortId))
    .orderBy(asc(memberships.role), asc(schema.users.name))
    .all();
}

// ——— Setting up cohorts (owners and admins) ———

/** Organisations in which this user may create cohorts: all for admins, else those they own or run cohorts in. */
export function listOrganisationsFor(user: SessionUser) {
  const all = db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name)).all();
  if (user.isAdmin) return all;
  const mine = new Set([
    ...db
      .select({ id: organisationOwners.organisationId })
      .from(organisationOwners)
      .where(eq(organisationOwners.userId, user.id))
      .all()
      .map((r) => r.id),
    ...db
      .select({ id: cohorts.organisationId })
      .from(cohorts)
      .innerJoin(memberships, and(eq(memberships.cohortId, cohorts.id), eq(memberships.userId, user.id), eq(memberships.role, "owner")))
      .all()
      .map((r) => r.id),
  ]);
  return all.filter((o) => mine.has(o.id));
}

export type NewCohort = { organisationId: number; name: string; startDate: string };

/** Creates a cohort of the programme; the creator becomes its owner. The start date must be a Monday (checked by the form). */
export function createCohort(user: SessionUser, input: NewCohort, programme: { slug: string; title: string }) {
  if (!listOrganisationsFor(user).some((o) => o.id === input.organisationId))
    return { ok: false as const, reason: "organisation" as const };
  return db.transaction((tx) => {
    const prog =
      tx.select().from(programmes).where(eq(programmes.slug, programme.slug)).get() ??
      tx.insert(programmes).values({ slug: programme.slug, name: programme.title }).returning().get();
    const cohort = tx
      .insert(cohorts)
      .values({ organisationId: input.organisationId, programmeId: prog.id, name: input.name, startDate: input.startDate })
      .returning()
      .get();
    tx.insert(memberships).values({ cohortId: cohort.id, userId: user.id, role: "owner" }).run();
    tx.insert(schema.auditLog)
      .values({
        actorId: user.id,
        action: "cohort.create",
        subjectType: "cohort",
        subjectId: String(cohort.id),
        detail: "{}",
        at: clock.now(),
      })
      .run();
    return { ok: true as const, id: cohort.id };
  });
}

export type CohortSettings = { name: string; followUpChallengeWeeks: number; followUpCheckInWeeks: number; retentionMonths: number };

export function updateCohortSettings(user: SessionUser, cohortId: number, settings: CohortSettings) {
  return db.transaction((tx) => {
    const res = tx.update(cohorts).set(settings).where(eq(cohorts.id, cohortId)).run();
    tx.insert(schema.auditLog)
      .values({
        actorId: user.id,
        action: "cohort.settings",
        subjectType: "cohort",
        subjectId: String(cohortId),
        detail: JSON.stringify(settings),
        at: clock.now(),
      })
      .run();
    return res.changes === 1;
  });
}

// ——— Organisations (admins) ———

export function listOrganisations() {
  return db.all<{ id: number; name: string; cohorts: number; owners: string | null }>(sql`
    select o.id, o.name, (select count(*) from cohorts c where c.organisation_id = o.id) as cohorts,
      (select group_concat(u.name, ', ') from organisation_owners oo join users u on u.id = oo.user_id where oo.organisation_id = o.id) as owners
    from organisations o order by o.name collate nocase`);
}

export function createOrganisation(admin: SessionUser, name: string) {
  const exists = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(sql`lower(${organisations.name}) = lower(${name})`)
    .get();
  if (exists) return { ok: false as const, reason: "exists" as const };
  return db.transaction((tx) => {
    const org = tx.insert(organisations).values({ name }).returning().get();
    tx.insert(schema.auditLog)
      .values({
        actorId: admin.id,
        action: "organisation.create",
        subjectType: "organisation",
        subjectId: String(org.id),
        detail: "{}",
        at: clock.now(),
      })
      .run();
    return { ok: true as const, id: org.id };
  });
}
