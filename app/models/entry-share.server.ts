// Sharing a journal entry is a grant to a named person (docs/decisions/014-sharing-is-a-grant.md).
// The author chooses who, among the people they are paired with *now*; each grant says who and
// when, and is revoked per person. Whoever becomes the author's partner later sees nothing that was
// not granted to them, so a pairing an owner makes can never open anyone's earlier entries.
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";

import type { Participation } from "~/models/cohort.server";
import { notify } from "~/models/notify.server";
import { currentPartnership } from "~/models/partnership.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

const { entryShares: shares, journalEntries: entries, users } = schema;

export type ShareGrant = { userId: number; name: string; grantedAt: Date; revokedAt: Date | null };

/** Active grants of these entries, by entry: who may read each one now. */
export function activeGrantsOf(entryIds: number[]): Map<number, { userId: number; name: string; grantedAt: Date }[]> {
  const map = new Map<number, { userId: number; name: string; grantedAt: Date }[]>();
  if (!entryIds.length) return map;
  const rows = db
    .select({ entryId: shares.entryId, userId: shares.userId, name: users.name, grantedAt: shares.grantedAt })
    .from(shares)
    .innerJoin(users, eq(users.id, shares.userId))
    .where(and(inArray(shares.entryId, entryIds), isNull(shares.revokedAt)))
    .orderBy(asc(users.name))
    .all();
  for (const { entryId, ...grant } of rows) map.set(entryId, [...(map.get(entryId) ?? []), grant]);
  return map;
}

function ownEntry(authorId: number, entryId: number) {
  return db
    .select({ id: entries.id })
    .from(entries)
    .where(and(eq(entries.id, entryId), eq(entries.userId, authorId)))
    .get();
}

/** Everyone this entry is or was shared with, for its author; null when it is not theirs. */
export function entryShares(authorId: number, entryId: number): ShareGrant[] | null {
  if (!ownEntry(authorId, entryId)) return null;
  return db
    .select({ userId: shares.userId, name: users.name, grantedAt: shares.grantedAt, revokedAt: shares.revokedAt })
    .from(shares)
    .innerJoin(users, eq(users.id, shares.userId))
    .where(eq(shares.entryId, entryId))
    .orderBy(asc(users.name))
    .all();
}

export type ShareResult = { ok: true; names: string[] } | { ok: false; reason: "not-found" | "not-a-partner" };

/**
 * Grants the entry to each recipient. Only people in the author's current partnership can be
 * chosen: anyone else (a former partner, someone from another pair, a made-up id) is refused
 * and nothing is written.
 */
export function shareEntry(
  authorId: number,
  participation: Participation,
  entryId: number,
  recipientIds: number[],
  now = clock.now(),
): ShareResult {
  if (!ownEntry(authorId, entryId)) return { ok: false, reason: "not-found" };
  const partners = new Map((currentPartnership(authorId, participation)?.partners ?? []).map((p) => [p.userId, p.name]));
  const chosen = [...new Set(recipientIds)];
  if (!chosen.length || chosen.some((id) => !partners.has(id))) return { ok: false, reason: "not-a-partner" };
  const author = db.select({ name: users.name }).from(users).where(eq(users.id, authorId)).get();
  db.transaction((tx) => {
    for (const userId of chosen) {
      tx.insert(shares)
        .values({ entryId, userId, grantedAt: now })
        .onConflictDoUpdate({ target: [shares.entryId, shares.userId], set: { grantedAt: now, revokedAt: null } })
        .run();
    }
    // Who shared, never what: the text stays on the platform.
    notify(
      tx,
      chosen.map((userId) => ({
        userId,
        kind: "entry_shared",
        dedupeKey: `entry-shared:${entryId}:${userId}:${now.getTime()}`,
        link: `/partner#shared-${entryId}`,
        titleKey: "notices.entryShared",
        values: { name: author?.name ?? "" },
        mail: "checkIn" as const,
      })),
      now,
    );
  });
  return { ok: true, names: chosen.map((id) => partners.get(id)!) };
}

/** Takes the entry back from one person. False when there was no active grant to them. */
export function revokeShare(authorId: number, entryId: number, recipientId: number, now = clock.now()): boolean {
  if (!ownEntry(authorId, entryId)) return false;
  return (
    db
      .update(shares)
      .set({ revokedAt: now })
      .where(and(eq(shares.entryId, entryId), eq(shares.userId, recipientId), isNull(shares.revokedAt)))
      .run().changes === 1
  );
}

/** Entries granted to this person and not taken back, newest share first, with the author's name. */
export function listSharedWithMe(userId: number, limit = 50) {
  return db
    .select({
      id: entries.id,
      title: entries.title,
      body: entries.body,
      updatedAt: entries.updatedAt,
      grantedAt: shares.grantedAt,
      authorId: entries.userId,
      author: users.name,
    })
    .from(shares)
    .innerJoin(entries, eq(entries.id, shares.entryId))
    .innerJoin(users, eq(users.id, entries.userId))
    .where(and(eq(shares.userId, userId), isNull(shares.revokedAt)))
    .orderBy(desc(shares.grantedAt), desc(entries.id))
    .limit(limit)
    .all();
}
