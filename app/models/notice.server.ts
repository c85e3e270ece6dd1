// The in-app notice list (the bell): the same events as the e-mails, marked read when opened.
import { and, desc, eq, isNull, sql } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

export function unreadCount(userId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(schema.notices)
      .where(and(eq(schema.notices.userId, userId), isNull(schema.notices.readAt)))
      .get()?.n ?? 0
  );
}

export function listNotices(userId: number, limit = 50) {
  return db
    .select()
    .from(schema.notices)
    .where(eq(schema.notices.userId, userId))
    .orderBy(desc(schema.notices.createdAt), desc(schema.notices.id))
    .limit(limit)
    .all();
}

/** Marks one of the user's notices read and gives its link; another person's notice is not found. */
export function openNotice(userId: number, id: number, now = clock.now()): string | null {
  const n = db
    .select()
    .from(schema.notices)
    .where(and(eq(schema.notices.id, id), eq(schema.notices.userId, userId)))
    .get();
  if (!n) return null;
  if (!n.readAt) db.update(schema.notices).set({ readAt: now }).where(eq(schema.notices.id, id)).run();
  return n.link;
}

export function markAllRead(userId: number, now = clock.now()) {
  db.update(schema.notices)
    .set({ readAt: now })
    .where(and(eq(schema.notices.userId, userId), isNull(schema.notices.readAt)))
    .run();
}
