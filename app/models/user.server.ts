import { eq } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { createSession, invalidateOtherSessions } from "~/utils/session.server";

import { clearFailures, lockedForMinutes, recordFailure } from "./login-throttle.server";
import { burnVerifyTime, hashPassword, verifyPassword } from "./password.server";
import { voidResetLinks } from "./password-reset.server";
import { ssoOrganisationForEmail } from "./sso-config.server";

export type SignInResult =
  | { ok: true; userId: number; locale: "nb" | "nn" | "en"; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "sso-required"; organisation: { id: number; name: string } }
  | { ok: false; reason: "throttled"; minutes: number };

export async function signIn(email: string, password: string, ip: string, now = clock.now()): Promise<SignInResult> {
  const minutes = lockedForMinutes(email, ip, now);
  const sso = ssoOrganisationForEmail(email);
  if (minutes > 0) return { ok: false, reason: "throttled", minutes };
  const user = db.select().from(schema.users).where(eq(schema.users.email, email)).get();
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnVerifyTime(password), false);
  if ((!user || !valid) && sso?.requireSso) return { ok: false, reason: "sso-required", organisation: sso };
  // A deactivated account answers like a wrong password: the form does not tell who exists.
  if (!user || !valid || user.deactivatedAt) {
    recordFailure(email, ip, now);
    const after = lockedForMinutes(email, ip, now);
    return after > 0 ? { ok: false, reason: "throttled", minutes: after } : { ok: false, reason: "invalid" };
  }
  // The organisation signs its members in itself (ADR 023). Decided by the address's domain, so the
  // answer says nothing about whether an account exists; a site admin keeps the password as a way in
  // when the provider is down or misconfigured.
  if (sso?.requireSso && !user.isAdmin) return { ok: false, reason: "sso-required", organisation: sso };
  clearFailures(email, ip);
  db.update(schema.users).set({ lastLoginAt: now }).where(eq(schema.users.id, user.id)).run();
  const session = createSession(user.id, now);
  return { ok: true, userId: user.id, locale: user.locale, ...session };
}

export function findUserByEmail(email: string) {
  return db.select().from(schema.users).where(eq(schema.users.email, email.toLowerCase())).get() ?? null;
}

export function setLocale(userId: number, locale: "nb" | "nn" | "en") {
  db.update(schema.users).set({ locale }).where(eq(schema.users.id, userId)).run();
}

export type ChangePasswordResult = { ok: true } | { ok: false; reason: "wrong-current" };

/**
 * Changes the password, signs the user out on every other device and voids every reset link.
 * The session making the change stays as it is: a page posted without JavaScript renders in the
 * same request, with the same cookie, so replacing that session would sign the person out.
 */
export async function changePassword(
  userId: number,
  current: string,
  next: string,
  currentSessionToken: string | null,
  now = clock.now(),
): Promise<ChangePasswordResult> {
  const user = db.select().from(schema.users).where(eq(schema.users.id, userId)).get();
  if (!user || !(await verifyPassword(user.passwordHash, current))) return { ok: false, reason: "wrong-current" };
  const passwordHash = await hashPassword(next);
  db.transaction((tx) => {
    tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, userId)).run();
    invalidateOtherSessions(userId, currentSessionToken);
    voidResetLinks(tx, userId, now);
  });
  return { ok: true };
}
