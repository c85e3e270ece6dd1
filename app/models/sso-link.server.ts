// Who an SSO sign-in is (ADR 023): the account linked to the provider's subject identifier; the
// first time, the account with the same e-mail, when the organisation vouches for the address; a
// new account only with a pending invitation or when the organisation allows just-in-time accounts
// (which then join no cohort until invited). Anyone else is not let in.
import { and, eq, gt, isNull } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

import { audit } from "./audit.server";
import { domainOf, domainsOf, type SsoConfig } from "./sso-config.server";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type SsoIdentity = { issuer: string; subject: string; email: string | null; emailVerified: boolean; name: string | null };

export type LinkOutcome =
  | { ok: true; userId: number; locale: "nb" | "nn" | "en"; how: "subject" | "email" | "invitation" | "jit" }
  | { ok: false; reason: "no-email" | "unverified" | "domain" | "not-invited" | "linked-elsewhere" };

// An account made through SSO has no password; this is no argon2 hash, so no password matches it.
export const NO_PASSWORD = "!sso";

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/;

/** The e-mail the organisation's claim carries, lower-cased, if it looks like one. */
export function emailFromClaims(claims: Record<string, unknown>, claim: string): string | null {
  const value = claims[claim];
  if (typeof value !== "string") return null;
  const email = value.trim().toLowerCase();
  return EMAIL.test(email) ? email : null;
}

/**
 * An address counts as verified when the provider says so (`email_verified: true`), or when the
 * organisation names a claim other than `email` (Entra ID's `upn`, `preferred_username`), which its
 * own directory issues for its own domains. Either way the domain must be one the organisation lists.
 */
export function emailVerifiedIn(claims: Record<string, unknown>, claim: string): boolean {
  return claim === "email" ? claims.email_verified === true : true;
}

function hasPendingInvitation(tx: Tx, email: string, now: Date) {
  return Boolean(
    tx
      .select({ id: schema.invitations.id })
      .from(schema.invitations)
      .where(
        and(
          eq(schema.invitations.email, email),
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.revokedAt),
          gt(schema.invitations.expiresAt, now),
        ),
      )
      .get(),
  );
}

function pendingInvitationName(tx: Tx, email: string) {
  return tx.select({ name: schema.invitations.name }).from(schema.invitations).where(eq(schema.invitations.email, email)).get()?.name;
}

/** Finds or links the account in one transaction and records the outcome in the audit log. */
export function linkSsoIdentity(config: SsoConfig, identity: SsoIdentity, now = clock.now()): LinkOutcome {
  const organisationId = config.organisationId;
  return db.transaction((tx): LinkOutcome => {
    const refuse = (reason: Extract<LinkOutcome, { ok: false }>["reason"]): LinkOutcome => {
      audit(tx, { actorId: null, action: "sso.refused", subjectType: "organisation", subjectId: organisationId, detail: { reason } });
      return { ok: false, reason };
    };
    const signedIn = (user: { id: number; locale: "nb" | "nn" | "en" }, how: Extract<LinkOutcome, { ok: true }>["how"]): LinkOutcome => {
      tx.update(schema.users).set({ lastLoginAt: now }).where(eq(schema.users.id, user.id)).run();
      audit(tx, { actorId: user.id, action: "sso.sign-in", subjectType: "organisation", subjectId: organisationId, detail: { how } });
      return { ok: true, userId: user.id, locale: user.locale, how };
    };
    const known = tx
      .select({ id: schema.ssoIdentities.id, userId: schema.ssoIdentities.userId, locale: schema.users.locale })
      .from(schema.ssoIdentities)
      .innerJoin(schema.users, eq(schema.users.id, schema.ssoIdentities.userId))
      .where(
        and(
          eq(schema.ssoIdentities.organisationId, organisationId),
          eq(schema.ssoIdentities.issuer, identity.issuer),
          eq(schema.ssoIdentities.subject, identity.subject),
        ),
      )
      .get();
    if (known) {
      tx.update(schema.ssoIdentities).set({ lastSignInAt: now }).where(eq(schema.ssoIdentities.id, known.id)).run();
      return signedIn({ id: known.userId, locale: known.locale }, "subject");
    }
    const email = identity.email;
    if (!email) return refuse("no-email");
    if (!domainsOf(config).includes(domainOf(email))) return refuse("domain");
    if (!identity.emailVerified) return refuse("unverified");
    const link = (userId: number) =>
      tx
        .insert(schema.ssoIdentities)
        .values({ userId, organisationId, issuer: identity.issuer, subject: identity.subject, lastSignInAt: now, createdAt: now })
        .run();
    const user = tx.select().from(schema.users).where(eq(schema.users.email, email)).get();
    if (user) {
      // Already linked to another subject of this organisation: a second directory entry with the
      // same address must not take over the account.
      const other = tx
        .select({ id: schema.ssoIdentities.id })
        .from(schema.ssoIdentities)
        .where(and(eq(schema.ssoIdentities.userId, user.id), eq(schema.ssoIdentities.organisationId, organisationId)))
        .get();
      if (other) return refuse("linked-elsewhere");
      link(user.id);
      audit(tx, { actorId: user.id, action: "sso.link", subjectType: "organisation", subjectId: organisationId, detail: { by: "email" } });
      return signedIn(user, "email");
    }
    const invited = hasPendingInvitation(tx, email, now);
    if (!invited && !config.allowJit) return refuse("not-invited");
    const name = (identity.name?.trim() || pendingInvitationName(tx, email) || email.split("@")[0]!).slice(0, 100);
    const created = tx.insert(schema.users).values({ email, name, passwordHash: NO_PASSWORD, createdAt: now }).returning().get();
    link(created.id);
    const how = invited ? "invitation" : "jit";
    audit(tx, { actorId: created.id, action: "sso.account", subjectType: "organisation", subjectId: organisationId, detail: { how } });
    return signedIn(created, how);
  });
}
