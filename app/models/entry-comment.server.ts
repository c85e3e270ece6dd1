// A word back on a shared entry: the people it is shared with can answer it, and so can the
// author; only they (author and current grantees) see the comments. The author can delete any
// comment on their own entry, a commenter their own. Owners and admins never see them.
import { and, asc, eq, isNull } from "drizzle-orm";

import { notify } from "~/models/notify.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

const { entryComments: comments, entryShares: shares, journalEntries: entries, users } = schema;

/** The entry's author and the people it is shared with now, or null when this person is neither. */
function circleOf(userId: number, entryId: number) {
  const entry = db.select({ authorId: entries.userId }).from(entries).where(eq(entries.id, entryId)).get();
  if (!entry) return null;
  const grantees = db
    .select({ userId: shares.userId })
    .from(shares)
    .where(and(eq(shares.entryId, entryId), isNull(shares.revokedAt)))
    .all()
    .map((g) => g.userId);
  const circle = [entry.authorId, ...grantees];
  return circle.includes(userId) ? { authorId: entry.authorId, circle } : null;
}

export function listComments(userId: number, entryId: number) {
  if (!circleOf(userId, entryId)) return null;
  return db
    .select({ id: comments.id, authorId: comments.authorId, author: users.name, body: comments.body, createdAt: comments.createdAt })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.entryId, entryId))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .all();
}

/** False when the person may not see the entry: a wrong id is simply not found. */
export function addComment(userId: number, entryId: number, body: string, now = clock.now()): boolean {
  const c = circleOf(userId, entryId);
  if (!c) return false;
  const me = db.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
  db.transaction((tx) => {
    const row = tx.insert(comments).values({ entryId, authorId: userId, body, createdAt: now }).returning({ id: comments.id }).get();
    notify(
      tx,
      c.circle
        .filter((id) => id !== userId)
        .map((id) => ({
          userId: id,
          kind: "entry_comment",
          dedupeKey: `entry-comment:${row.id}:${id}`,
          link: id === c.authorId ? `/journal/${entryId}#comments` : `/partner#shared-${entryId}`,
          titleKey: "notices.entryComment",
          values: { name: me?.name ?? "" },
          mail: "checkIn" as const,
        })),
      now,
    );
  });
  return true;
}

/** The author of the entry may delete any comment on it; anyone may delete their own. */
export function deleteComment(userId: number, commentId: number): boolean {
  const row = db
    .select({ id: comments.id, authorId: comments.authorId, entryAuthor: entries.userId })
    .from(comments)
    .innerJoin(entries, eq(entries.id, comments.entryId))
    .where(eq(comments.id, commentId))
    .get();
  if (!row || (row.authorId !== userId && row.entryAuthor !== userId)) return false;
  return db.delete(comments).where(eq(comments.id, commentId)).run().changes === 1;
}

/** Comments on these entries, for the people in their circle (used for the /partner list). */
export function commentsByEntry(userId: number, entryIds: number[]) {
  const out = new Map<number, NonNullable<ReturnType<typeof listComments>>>();
  for (const id of entryIds) out.set(id, listComments(userId, id) ?? []);
  return out;
}
