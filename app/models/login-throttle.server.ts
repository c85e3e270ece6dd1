// Anti-automation for everything an anonymous client can use to check a secret or send a mail
// (docs/decisions/012-anti-automation.md, OWASP ASVS 4.0 §2.2). Every attempt that counts is a
// row (key, at) in login_failures; a key over its ceiling within the window is refused with 429 and
// told for how many minutes.
//
// Sign-in is throttled so that an attacker is slowed without locking the rightful person out:
// the low ceiling is per (address, client), so guessing from one machine stops quickly while the
// person signs in from their own; a higher ceiling per address across all clients stops a
// distributed attack and mails the person once. A reset link still works while an address is
// throttled, so nobody can be kept out for good.
import { and, eq, gt, inArray, lt, or, sql } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

import { signInAttemptsMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";

export const WINDOW_MS = 15 * 60 * 1000;

/** Failed sign-ins for one address from one client. */
export const MAX_FAILURES_PER_EMAIL_AND_IP = 5;
/** Failed sign-ins for one address from all clients together; tripping it mails the person. */
export const MAX_FAILURES_PER_EMAIL = 20;
/** Failed sign-ins from one client across all addresses (password spraying). */
export const MAX_FAILURES_PER_IP = 100;
/** Reset links asked for one address, and from one client. */
export const MAX_RESET_REQUESTS_PER_EMAIL = 3;
export const MAX_RESET_REQUESTS_PER_IP = 20;
/** Unknown invitation or reset tokens tried from one client. */
export const MAX_TOKEN_FAILURES_PER_IP = 100;

type Limit = { key: string; max: number };

const signInLimits = (email: string, ip: string): Limit[] => [
  { key: `pair:${email} ${ip}`, max: MAX_FAILURES_PER_EMAIL_AND_IP },
  { key: `email:${email}`, max: MAX_FAILURES_PER_EMAIL },
  { key: `ip:${ip}`, max: MAX_FAILURES_PER_IP },
];
const resetRequestLimits = (email: string, ip: string): Limit[] => [
  { key: `reset-email:${email}`, max: MAX_RESET_REQUESTS_PER_EMAIL },
  { key: `reset-ip:${ip}`, max: MAX_RESET_REQUESTS_PER_IP },
];
const tokenLimits = (ip: string): Limit[] => [{ key: `token-ip:${ip}`, max: MAX_TOKEN_FAILURES_PER_IP }];

/** Minutes until the first of these keys is under its ceiling again, or 0 when all are. */
function lockedFor(limits: Limit[], now: Date): number {
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = db
    .select({ key: schema.loginFailures.key, n: sql<number>`count(*)`, first: sql<number>`min(${schema.loginFailures.at})` })
    .from(schema.loginFailures)
    .where(
      and(
        inArray(
          schema.loginFailures.key,
          limits.map((l) => l.key),
        ),
        gt(schema.loginFailures.at, since),
      ),
    )
    .groupBy(schema.loginFailures.key)
    .all();
  let until = 0;
  for (const r of rows) {
    const limit = limits.find((l) => l.key === r.key)!;
    if (r.n >= limit.max) until = Math.max(until, r.first + WINDOW_MS);
  }
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

function record(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], limits: Limit[], now: Date) {
  for (const { key } of limits) tx.insert(schema.loginFailures).values({ key, at: now }).run();
  // Keep the table small: old attempts no longer count.
  tx.delete(schema.loginFailures)
    .where(lt(schema.loginFailures.at, new Date(now.getTime() - WINDOW_MS)))
    .run();
}

/** Minutes until sign-in is allowed again for this address from this client, or 0 when it is allowed now. */
export function lockedForMinutes(email: string, ip: string, now = clock.now()): number {
  return lockedFor(signInLimits(email, ip), now);
}

/** Counts a failed sign-in; the failure that trips the per-address ceiling mails the account's owner. */
export function recordFailure(email: string, ip: string, now = clock.now()) {
  db.transaction((tx) => {
    record(tx, signInLimits(email, ip), now);
    const since = new Date(now.getTime() - WINDOW_MS);
    const n = tx
      .select({ n: sql<number>`count(*)` })
      .from(schema.loginFailures)
      .where(and(eq(schema.loginFailures.key, `email:${email}`), gt(schema.loginFailures.at, since)))
      .get()!.n;
    if (n !== MAX_FAILURES_PER_EMAIL) return;
    const user = tx.select().from(schema.users).where(eq(schema.users.email, email)).get();
    if (user)
      enqueueMail(tx, signInAttemptsMail({ to: user.email, name: user.name, locale: user.locale, minutes: WINDOW_MS / 60_000 }), now);
  });
}

/** After a successful sign-in, this client's failures for the address are forgotten. */
export function clearFailures(email: string, ip: string) {
  db.delete(schema.loginFailures)
    .where(or(eq(schema.loginFailures.key, `pair:${email} ${ip}`), eq(schema.loginFailures.key, `email:${email}`)))
    .run();
}

/**
 * Counts a request for a reset link (whether or not the address has an account, so the answer
 * tells nothing) and returns 0, or the minutes to wait when this address or client asked too often.
 */
export function takeResetRequest(email: string, ip: string, now = clock.now()): number {
  const limits = resetRequestLimits(email, ip);
  const minutes = lockedFor(limits, now);
  if (minutes === 0) db.transaction((tx) => record(tx, limits, now));
  return minutes;
}

/** Minutes this client must wait before trying invitation or reset tokens again, or 0. */
export function tokenLockedForMinutes(ip: string, now = clock.now()): number {
  return lockedFor(tokenLimits(ip), now);
}

/** Counts a token that matched nothing. */
export function recordTokenFailure(ip: string, now = clock.now()) {
  db.transaction((tx) => record(tx, tokenLimits(ip), now));
}
