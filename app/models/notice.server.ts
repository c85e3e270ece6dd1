// The in-app notice list (the bell): the same events as the e-mails, marked read when opened.
import { and, desc, eq, isNull, sql } from "drizzle-orm";

import type { Lng } from "~/i18n";
import { noticeTitle, type NoticeValues } from "~/models/notify.server";
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

/** The person's latest notices, each told in the language they read now (older ones as first written). */
export function listNotices(userId: number, locale: Lng, limit = 50) {
  return db
    .select()
    .from(schema.notices)
    .where(eq(schema.notices.userId, userId))
    .orderBy(desc(schema.notices.createdAt), desc(schema.notices.id))
    .limit(limit)
    .all()
    .map(({ titleKey, titleValues, ...n }) => ({
      ...n,
      title: titleKey ? noticeTitle(locale, titleKey, parseValues(titleValues)) : n.title,
    }));
}

function parseValues(json: string | null): NoticeValues {
  try {
    const v: unknown = json ? JSON.parse(json) : {};
    return v && typeof v === "object" ? (v as NoticeValues) : {};
  } catch {
    return {};
  }
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
