// Sessions as in Lucia's session guide (not the deprecated `lucia` package, see
// docs/decisions/001-sessions-without-lucia.md): a random token lives only in the cookie; the
// database keeps its SHA-256, so a leaked table gives no usable cookie. Sliding expiry: a session
// used in the second half of its idle lifetime is extended, but never past its absolute lifetime
// from sign-in (ASVS 3.3.2: periodic re-authentication even while actively used).
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { createCookie } from "@remix-run/node";
import { and, eq, isNull, ne } from "drizzle-orm";

import * as clock from "~/utils/clock.server";

import { db, schema } from "./db.server";
import { cookiesSecure } from "./env.server";

/** Idle lifetime: a session not used for this long has ended. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
/** Absolute lifetime: 30 days after sign-in the person signs in again, however often they came. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
const RENEW_WHEN_LESS_THAN_MS = SESSION_LIFETIME_MS / 2;

export const sessionCookie = createCookie("sid", {
  httpOnly: true,
  sameSite: "lax",
  secure: cookiesSecure(),
  path: "/",
  maxAge: SESSION_LIFETIME_MS / 1000,
});

export function generateToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  locale: "nb" | "nn" | "en";
  isAdmin: boolean;
};

/** How the session began: a password, or the organisation's single sign-on (ADR 023). */
export type SignInMethod = { method: "password" } | { method: "sso"; organisationId: number };

export function createSession(
  userId: number,
  now = clock.now(),
  via: SignInMethod = { method: "password" },
): { token: string; expiresAt: Date } {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  db.insert(schema.sessions)
    .values({
      id: hashToken(token),
      userId,
      expiresAt,
      createdAt: now,
      method: via.method,
      ssoOrganisationId: via.method === "sso" ? via.organisationId : null,
    })
    .run();
  return { token, expiresAt };
}

/** The session's user, or null for an unknown, expired or malformed token. Extends a live session. */
export function validateSessionToken(token: string, now = clock.now()): { user: SessionUser; expiresAt: Date } | null {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const id = hashToken(token);
  const row = db
    .select({
      expiresAt: schema.sessions.expiresAt,
      createdAt: schema.sessions.createdAt,
      user: {
        id: schema.users.id,
        email: schema.users.email,
        name: schema.users.name,
        locale: schema.users.locale,
        isAdmin: schema.users.isAdmin,
      },
    })
    .from(schema.sessions)
    .innerJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(and(eq(schema.sessions.id, id), isNull(schema.users.deactivatedAt)))
    .get();
  if (!row) return null;
  const endsAt = row.createdAt.getTime() + SESSION_ABSOLUTE_MS;
  if (row.expiresAt.getTime() <= now.getTime() || endsAt <= now.getTime()) {
    db.delete(schema.sessions).where(eq(schema.sessions.id, id)).run();
    return null;
  }
  let expiresAt = row.expiresAt;
  if (expiresAt.getTime() - now.getTime() < RENEW_WHEN_LESS_THAN_MS && expiresAt.getTime() < endsAt) {
    expiresAt = new Date(Math.min(now.getTime() + SESSION_LIFETIME_MS, endsAt));
    db.update(schema.sessions).set({ expiresAt }).where(eq(schema.sessions.id, id)).run();
  }
  return { user: row.user, expiresAt };
}

/** How the session of this token began, or null for no such session. */
export function sessionMethod(token: string): "password" | "sso" | null {
  return (
    db
      .select({ method: schema.sessions.method })
      .from(schema.sessions)
      .where(eq(schema.sessions.id, hashToken(token)))
      .get()?.method ?? null
  );
}

export function invalidateSessionToken(token: string) {
  db.delete(schema.sessions)
    .where(eq(schema.sessions.id, hashToken(token)))
    .run();
}

export function invalidateAllSessions(userId: number) {
  db.delete(schema.sessions).where(eq(schema.sessions.userId, userId)).run();
}

/** Signs the user out everywhere except the session of `keepToken` (the device making a change). */
export function invalidateOtherSessions(userId: number, keepToken: string | null) {
  db.delete(schema.sessions)
    .where(and(eq(schema.sessions.userId, userId), ne(schema.sessions.id, keepToken ? hashToken(keepToken) : "")))
    .run();
}

export async function readSessionToken(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export function commitSessionCookie(token: string, expiresAt: Date): Promise<string> {
  return sessionCookie.serialize(token, { expires: expiresAt });
}

export function clearSessionCookie(): Promise<string> {
  return sessionCookie.serialize("", { maxAge: 0 });
}
