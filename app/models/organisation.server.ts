// Organisations as admins see them: their cohorts, the people who run them (owners of the whole
// organisation and owners of one of its cohorts), and owner invitations still waiting.
import { and, eq, isNull, sql } from "drizzle-orm";

import { audit } from "~/models/audit.server";
import { invitationMail } from "~/models/mails.server";
import { enqueueMail } from "~/models/outbox.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { generateToken, hashToken } from "~/utils/session.server";

import { invitationExpiry, invitationLink } from "./invitation.server";

export function organisationsOverview(now = clock.now()) {
  const orgs = db.all<{ id: number; name: string; cohorts: number }>(sql`
    select o.id, o.name, (select count(*) from cohorts c where c.organisation_id = o.id) as cohorts
    from organisations o order by o.name collate nocase`);
  // Before this, only organisation_owners was read, so owners of single cohorts showed as «–».
  const owners = db.all<{ orgId: number; name: string; email: string; cohort: string | null }>(sql`
    select oo.organisation_id as orgId, u.name, u.email, null as cohort
    from organisation_owners oo join users u on u.id = oo.user_id
    union all
    select c.organisation_id as orgId, u.name, u.email, c.name as cohort
    from memberships m join cohorts c on c.id = m.cohort_id join users u on u.id = m.user_id
    where m.role = 'owner'
    order by 2 collate nocase`);
  const pending = db
    .select({
      id: schema.invitations.id,
      organisationId: schema.invitations.organisationId,
      name: schema.invitations.name,
      email: schema.invitations.email,
      expiresAt: schema.invitations.expiresAt,
    })
    .from(schema.invitations)
    .where(
      and(
        isNull(schema.invitations.cohortId),
        eq(schema.invitations.role, "owner"),
        isNull(schema.invitations.acceptedAt),
        isNull(schema.invitations.revokedAt),
      ),
    )
    .all();
  return orgs.map((o) => ({
    ...o,
    owners: owners.filter((w) => w.orgId === o.id).map(({ orgId: _o, ...w }) => w),
    pending: pending.filter((p) => p.organisationId === o.id).map((p) => ({ ...p, expired: p.expiresAt.getTime() <= now.getTime() })),
  }));
}

export function renameOrganisation(admin: { id: number }, organisationId: number, name: string) {
  return db.transaction((tx) => {
    const org = tx.select().from(schema.organisations).where(eq(schema.organisations.id, organisationId)).get();
    if (!org) return { ok: false as const, reason: "not-found" as const };
    const taken = tx
      .select({ id: schema.organisations.id })
      .from(schema.organisations)
      .where(sql`lower(${schema.organisations.name}) = lower(${name}) and ${schema.organisations.id} != ${organisationId}`)
      .get();
    if (taken) return { ok: false as const, reason: "exists" as const };
    tx.update(schema.organisations).set({ name }).where(eq(schema.organisations.id, organisationId)).run();
    audit(tx, { actorId: admin.id, action: "organisation.rename", subjectType: "organisation", subjectId: organisationId });
    return { ok: true as const };
  });
}

function pendingOwnerInvitation(organisationId: number, invitationId: number) {
  return db
    .select()
    .from(schema.invitations)
    .where(
      and(
        eq(schema.invitations.id, invitationId),
        eq(schema.invitations.organisationId, organisationId),
        isNull(schema.invitations.cohortId),
        isNull(schema.invitations.acceptedAt),
      ),
    )
    .get();
}

/** A new link (the old one stops working) and a new e-mail for an owner invitation not yet used. */
export function resendOwnerInvitation(
  admin: { id: number; name: string },
  organisationId: number,
  invitationId: number,
  now = clock.now(),
) {
  const inv = pendingOwnerInvitation(organisationId, invitationId);
  if (!inv) return false;
  const org = db.select().from(schema.organisations).where(eq(schema.organisations.id, organisationId)).get()!;
  const token = generateToken();
  db.transaction((tx) => {
    tx.update(schema.invitations)
      .set({ tokenHash: hashToken(token), expiresAt: invitationExpiry(null, now), revokedAt: null })
      .where(eq(schema.invitations.id, inv.id))
      .run();
    enqueueMail(
      tx,
      invitationMail({
        to: inv.email,
        name: inv.name,
        cohortName: org.name,
        inviter: admin.name,
        role: "owner",
        link: invitationLink(token),
        locale: "nb",
        expiresAt: invitationExpiry(null, now),
      }),
      now,
    );
    audit(tx, {
      actorId: admin.id,
      action: "invitation.resend",
      subjectType: "organisation",
      subjectId: organisationId,
      detail: { invitationId },
    });
  });
  return true;
}

export function revokeOwnerInvitation(admin: { id: number }, organisationId: number, invitationId: number, now = clock.now()) {
  const inv = pendingOwnerInvitation(organisationId, invitationId);
  if (!inv || inv.revokedAt) return false;
  db.transaction((tx) => {
    tx.update(schema.invitations).set({ revokedAt: now }).where(eq(schema.invitations.id, inv.id)).run();
    audit(tx, {
      actorId: admin.id,
      action: "invitation.revoke",
      subjectType: "organisation",
      subjectId: organisationId,
      detail: { invitationId },
    });
  });
  return true;
}
