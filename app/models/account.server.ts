// Admins find people and switch accounts off and on. A deactivated account keeps everything it
// holds (journal, conversations, progress): it only cannot sign in, has no sessions and gets no
// mail, so an account can be paused for a leave or a dispute without deleting anyone's data.
import { and, asc, eq, isNull, ne, or, sql } from "drizzle-orm";

import { audit } from "~/models/audit.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

const { users } = schema;
export const USER_SEARCH_LIMIT = 50;

export function searchUsers(query: string) {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return { rows: [], more: false };
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const found = db
    .select({ id: users.id, name: users.name, email: users.email, isAdmin: users.isAdmin, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(or(sql`lower(${users.name}) like ${like} escape '\\'`, sql`${users.email} like ${like} escape '\\'`))
    .orderBy(asc(users.name))
    .limit(USER_SEARCH_LIMIT + 1)
    .all();
  const rows = found.slice(0, USER_SEARCH_LIMIT);
  const memberships = rows.length
    ? db.all<{ userId: number; role: "participant" | "owner"; cohort: string }>(sql`
        select m.user_id as userId, m.role, c.name as cohort from memberships m join cohorts c on c.id = m.cohort_id
        where m.user_id in (select value from json_each(${JSON.stringify(rows.map((r) => r.id))})) order by c.name`)
    : [];
  return {
    rows: rows.map((r) => ({ ...r, memberships: memberships.filter((m) => m.userId === r.id) })),
    more: found.length > USER_SEARCH_LIMIT,
  };
}

export type DeactivateResult = { ok: true; name: string } | { ok: false; reason: "not-found" | "self" | "last-admin" };

export function deactivateUser(admin: { id: number }, userId: number, now = clock.now()): DeactivateResult {
  if (userId === admin.id) return { ok: false, reason: "self" };
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) return { ok: false as const, reason: "not-found" as const };
    if (user.isAdmin) {
      const others = tx
        .select({ n: sql<number>`count(*)` })
        .from(users)
        .where(and(eq(users.isAdmin, true), isNull(users.deactivatedAt), ne(users.id, userId)))
        .get()!.n;
      if (others === 0) return { ok: false as const, reason: "last-admin" as const };
    }
    if (!user.deactivatedAt) {
      tx.update(users).set({ deactivatedAt: now }).where(eq(users.id, userId)).run();
      // Signed out everywhere at once; open reset links die with the sessions.
      tx.delete(schema.sessions).where(eq(schema.sessions.userId, userId)).run();
      tx.update(schema.passwordResets)
        .set({ usedAt: now })
        .where(and(eq(schema.passwordResets.userId, userId), isNull(schema.passwordResets.usedAt)))
        .run();
      // Mail not yet sent to the person is stopped (it can be sent again from the outbox).
      tx.update(schema.emailOutbox)
        .set({ status: "cancelled" })
        .where(and(eq(schema.emailOutbox.toAddress, user.email), eq(schema.emailOutbox.status, "pending")))
        .run();
      audit(tx, { actorId: admin.id, action: "user.deactivate", subjectType: "user", subjectId: userId });
    }
    return { ok: true as const, name: user.name };
  });
}

export function reactivateUser(admin: { id: number }, userId: number): DeactivateResult {
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!user) return { ok: false as const, reason: "not-found" as const };
    if (user.deactivatedAt) {
      tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, userId)).run();
      audit(tx, { actorId: admin.id, action: "user.reactivate", subjectType: "user", subjectId: userId });
    }
    return { ok: true as const, name: user.name };
  });
}
