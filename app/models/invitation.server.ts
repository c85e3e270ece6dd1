// Invitation links bring a person into a cohort as participant or owner. The link carries a random
// token; the database keeps only its hash. Single use, revocable, valid at least 14 days and, for a
// cohort, until two weeks after it starts (people are often invited weeks before the first Monday).
import { and, desc, eq, isNull } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { addDays, zonedInstant } from "~/utils/programme-time";
import { createSession, generateToken, hashToken } from "~/utils/session.server";

import { audit } from "./audit.server";
import { invitationMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";
import { hashPassword } from "./password.server";
import { ssoOrganisationForEmail } from "./sso-config.server";

export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** When an invitation made now stops working: the later of 14 days and two weeks after the start, or a date the owner chose. */
export function invitationExpiry(cohort: { startDate: string; timeZone: string } | null, now = clock.now(), chosen?: string | null) {
  const timeZone = cohort?.timeZone ?? "Europe/Oslo";
  if (chosen) return zonedInstant(chosen, "23:59", timeZone);
  const minimum = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  if (!cohort) return minimum;
  const afterStart = zonedInstant(addDays(cohort.startDate, 14), "23:59", timeZone);
  return afterStart > minimum ? afterStart : minimum;
}

export type InvitationState = "valid" | "expired" | "used" | "revoked" | "unknown";

export function invitationLink(token: string) {
  return `${appUrl()}/invitation/${token}`;
}

/** Creates the invitation and queues its e-mail in one transaction. The actor must own the cohort (checked by the route's guard). */
export function createInvitation(
  actor: { id: number; name: string },
  input: { cohortId: number; email: string; name: string; role: "participant" | "owner"; validUntil?: string | null },
  now = clock.now(),
) {
  const token = generateToken();
  return db.transaction((tx) => {
    const cohort = tx.select().from(schema.cohorts).where(eq(schema.cohorts.id, input.cohortId)).get();
    if (!cohort) throw new Response("Not found", { status: 404 });
    const expiresAt = invitationExpiry(cohort, now, input.validUntil);
    const invitation = tx
      .insert(schema.invitations)
      .values({
        tokenHash: hashToken(token),
        email: input.email,
        name: input.name,
        cohortId: input.cohortId,
        role: input.role,
        invitedBy: actor.id,
        expiresAt,
        createdAt: now,
      })
      .returning()
      .get();
    const locale = tx.select({ l: schema.users.locale }).from(schema.users).where(eq(schema.users.email, input.email)).get()?.l ?? "nb";
    enqueueMail(
      tx,
      invitationMail({
        to: input.email,
        name: input.name,
        cohortName: cohort.name,
        inviter: actor.name,
        role: input.role,
        link: invitationLink(token),
        locale,
        expiresAt,
      }),
      now,
    );
    audit(tx, {
      actorId: actor.id,
      action: "invitation.create",
      subjectType: "cohort",
      subjectId: input.cohortId,
      detail: { invitationId: invitation.id, role: input.role },
    });
    return { invitation, token, link: invitationLink(token) };
  });
}

function findByToken(token: string) {
  if (!/^[a-z2-7]{32}$/.test(token)) return undefined;
  return db
    .select()
    .from(schema.invitations)
    .where(eq(schema.invitations.tokenHash, hashToken(token)))
    .get();
}

function stateOf(inv: typeof schema.invitations.$inferSelect | undefined, now: Date): InvitationState {
  if (!inv) return "unknown";
  if (inv.revokedAt) return "revoked";
  if (inv.acceptedAt) return "used";
  if (inv.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/**
 * What the invitation page may show: the cohort and the invited name/e-mail, nothing else. Not
 * whether the address already has an account: the inviter can follow the link too, and the page
 * must look the same to them for a new and an existing address.
 */
export function inspectInvitation(token: string, now = clock.now()) {
  const inv = findByToken(token);
  const state = stateOf(inv, now);
  if (state !== "valid" || !inv) return { state } as const;
  const cohort = inv.cohortId
    ? db.select({ name: schema.cohorts.name }).from(schema.cohorts).where(eq(schema.cohorts.id, inv.cohortId)).get()
    : db
        .select({ name: schema.organisations.name })
        .from(schema.organisations)
        .where(eq(schema.organisations.id, inv.organisationId ?? 0))
        .get();
  const sso = ssoOrganisationForEmail(inv.email);
  return { state, email: inv.email, name: inv.name, role: inv.role, cohortName: cohort?.name ?? "", sso } as const;
}

export type AcceptResult =
  | { ok: true; userId: number; token: string; expiresAt: Date; locale: "nb" | "nn" | "en" }
  | { ok: false; state: Exclude<InvitationState, "valid"> | "wrong-user" | "sso-required" };

/**
 * Accepts an invitation. A new person sets name and password; someone who already has an account
 * must be signed in as the invited address. Single use is enforced inside the transaction, so a
 * double-submitted form cannot create two memberships.
 */
export async function acceptInvitation(
  token: string,
  input: { name: string; password: string } | { signedInUserId: number; via?: "password" | "sso" },
  now = clock.now(),
): Promise<AcceptResult> {
  const passwordHash = "password" in input ? await hashPassword(input.password) : null;
  return db.transaction((tx) => {
    const inv = findByToken(token);
    const state = stateOf(inv, now);
    if (state !== "valid" || !inv) return { ok: false, state: state as Exclude<InvitationState, "valid"> };
    let user = tx.select().from(schema.users).where(eq(schema.users.email, inv.email)).get();
    // An organisation that requires SSO gives its members no password here (ADR 023).
    if ("password" in input && ssoOrganisationForEmail(inv.email)?.requireSso) return { ok: false, state: "sso-required" };
    if ("signedInUserId" in input) {
      if (!user || user.id !== input.signedInUserId) return { ok: false, state: "wrong-user" };
    } else {
      if (user) return { ok: false, state: "wrong-user" };
      user = tx
        .insert(schema.users)
        .values({ email: inv.email, name: input.name, passwordHash: passwordHash!, lastLoginAt: now })
        .returning()
        .get();
    }
    if (inv.cohortId) {
      tx.insert(schema.memberships)
        .values({ cohortId: inv.cohortId, userId: user.id, role: inv.role })
        .onConflictDoUpdate({
          target: [schema.memberships.cohortId, schema.memberships.userId],
          // An existing participant invited as owner becomes owner; never the other way round.
          set: inv.role === "owner" ? { role: "owner" } : { role: schema.memberships.role },
        })
        .run();
    } else if (inv.organisationId) {
      tx.insert(schema.organisationOwners).values({ organisationId: inv.organisationId, userId: user.id }).onConflictDoNothing().run();
    }
    const updated = tx
      .update(schema.invitations)
      .set({ acceptedAt: now, acceptedUserId: user.id })
      .where(and(eq(schema.invitations.id, inv.id), isNull(schema.invitations.acceptedAt)))
      .run();
    if (updated.changes !== 1) return { ok: false, state: "used" };
    // Accepted while signed in through the organisation's SSO: the account is the linked one.
    if ("signedInUserId" in input && input.via === "sso")
      audit(tx, { actorId: user.id, action: "sso.invitation.accept", subjectType: "invitation", subjectId: inv.id });
    const session = createSession(user.id, now);
    return { ok: true, userId: user.id, locale: user.locale, ...session };
  });
}

export function listInvitations(cohortId: number) {
  return db
    .select({
      id: schema.invitations.id,
      email: schema.invitations.email,
      name: schema.invitations.name,
      role: schema.invitations.role,
      expiresAt: schema.invitations.expiresAt,
      acceptedAt: schema.invitations.acceptedAt,
      revokedAt: schema.invitations.revokedAt,
      createdAt: schema.invitations.createdAt,
    })
    .from(schema.invitations)
    .where(eq(schema.invitations.cohortId, cohortId))
    .orderBy(desc(schema.invitations.createdAt))
    .all();
}

/** Invites a programme owner for all cohorts of an organisation (admins only; checked by the route's guard). */
export function inviteOrganisationOwner(
  admin: { id: number; name: string },
  organisationId: number,
  input: { name: string; email: string },
  now = clock.now(),
) {
  const token = generateToken();
  return db.transaction((tx) => {
    const org = tx.select().from(schema.organisations).where(eq(schema.organisations.id, organisationId)).get();
    if (!org) return null;
    tx.insert(schema.invitations)
      .values({
        tokenHash: hashToken(token),
        email: input.email,
        name: input.name,
        organisationId,
        role: "owner",
        invitedBy: admin.id,
        expiresAt: invitationExpiry(null, now),
        createdAt: now,
      })
      .run();
    enqueueMail(
      tx,
      invitationMail({
        to: input.email,
        name: input.name,
        cohortName: org.name,
        inviter: admin.name,
        role: "owner",
        link: invitationLink(token),
        locale: "nb",
        expiresAt: invitationExpiry(null, now),
      }),
      now,
    );
    audit(tx, { actorId: admin.id, action: "invitation.owner", subjectType: "organisation", subjectId: organisationId });
    return { link: invitationLink(token) };
  });
}
