// Too many failed sign-ins for one address or one IP lock that key for a while; the user is told
// for how long (429), rather than failing silently.
import { and, eq, gt, inArray, lt, sql } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

const keys = (email: string, ip: string) => [`email:${email}`, `ip:${ip}`];

/** Minutes until sign-in is allowed again for this address/IP, or 0 when it is allowed now. */
export function lockedForMinutes(email: string, ip: string, now = clock.now()): number {
  const since = new Date(now.getTime() - WINDOW_MS);
  const rows = db
    .select({ key: schema.loginFailures.key, n: sql<number>`count(*)`, first: sql<number>`min(${schema.loginFailures.at})` })
    .from(schema.loginFailures)
    .where(and(inArray(schema.loginFailures.key, keys(email, ip)), gt(schema.loginFailures.at, since)))
    .groupBy(schema.loginFailures.key)
    .all();
  let until = 0;
  for (const r of rows) {
    const limit = r.key.startsWith("email:") ? MAX_FAILURES_PER_EMAIL : MAX_FAILURES_PER_IP;
    if (r.n >= limit) until = Math.max(until, r.first + WINDOW_MS);
  }
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 60_000) : 0;
}

export function recordFailure(email: string, ip: string, now = clock.now()) {
  db.transaction((tx) => {
    for (const key of keys(email, ip)) tx.insert(schema.loginFailures).values({ key, at: now }).run();
    // Keep the table small: old failures no longer count.
    tx.delete(schema.loginFailures)
      .where(lt(schema.loginFailures.at, new Date(now.getTime() - WINDOW_MS)))
      .run();
  });
}

export function clearFailures(email: string) {
  db.delete(schema.loginFailures)
    .where(eq(schema.loginFailures.key, `email:${email}`))
    .run();
}
