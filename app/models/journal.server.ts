// The private reflection journal. Every function takes the author's id and touches only their
// entries: another person's entry id is simply not found. What an author has granted to a named
// person is read through entry-share.server.ts.
import { TZDate } from "@date-fns/tz";
import { and, desc, eq, inArray, sql } from "drizzle-orm";

import { activeGrantsOf } from "~/models/entry-share.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { DEFAULT_TIME_ZONE, formatDate, formatTime, type Locale } from "~/utils/programme-time";

const { journalEntries: entries, journalTags: tags, journalDrafts: drafts } = schema;

export type EntrySource = "free" | "module_prompt" | "challenge";
/** `challenge`: the slug of a leader challenge the entry is about (optional). */
export type EntryInput = { title: string; body: string; tags: string[]; challenge?: string | null };

export type JournalEntry = {
  id: number;
  title: string;
  body: string;
  source: EntrySource;
  sourceRef: string | null;
  /** The people who may read the entry now, by name (grants not taken back). */
  sharedWith: string[];
  createdAt: Date;
  updatedAt: Date;
  tags: string[];
};

/** Turns "Fagmøte, trygghet ,fagmøte" into ["fagmøte", "trygghet"]. */
export function normaliseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(",")
        .map((t) => t.trim().toLowerCase().replace(/\s+/g, " "))
        .filter(Boolean),
    ),
  ].slice(0, 10);
}

/** An FTS5 query from what a person types: every word must occur, as a prefix, quotes escaped. */
export function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(" ") : null;
}

type EntryRow = Omit<JournalEntry, "tags" | "sharedWith">;

function withTagsAndGrants(rows: EntryRow[]): JournalEntry[] {
  const ids = rows.map((r) => r.id);
  const t = tagsOf(ids);
  const grants = activeGrantsOf(ids);
  return rows.map((r) => ({ ...r, tags: t.get(r.id) ?? [], sharedWith: (grants.get(r.id) ?? []).map((g) => g.name) }));
}

function tagsOf(ids: number[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  if (!ids.length) return map;
  for (const row of db.select().from(tags).where(inArray(tags.entryId, ids)).orderBy(tags.tag).all()) {
    map.set(row.entryId, [...(map.get(row.entryId) ?? []), row.tag]);
  }
  return map;
}

const columns = {
  id: entries.id,
  title: entries.title,
  body: entries.body,
  source: entries.source,
  sourceRef: entries.sourceRef,
  createdAt: entries.createdAt,
  updatedAt: entries.updatedAt,
};

export function listEntries(
  userId: number,
  filter: { q?: string; source?: EntrySource; tag?: string; limit?: number; bodyPrefix?: number } = {},
): JournalEntry[] {
  const conditions = [eq(entries.userId, userId)];
  if (filter.source) conditions.push(eq(entries.source, filter.source));
  if (filter.tag) conditions.push(sql`exists (select 1 from ${tags} t where t.entry_id = ${entries.id} and t.tag = ${filter.tag})`);
  const match = filter.q ? ftsQuery(filter.q) : null;
  if (filter.q && !match) return [];
  if (match) conditions.push(sql`${entries.id} in (select rowid from journal_fts where journal_fts match ${match})`);
  // A list shows an excerpt: reading the first characters spares copying a year of long entries per request.
  const body = filter.bodyPrefix ? sql<string>`substr(${entries.body}, 1, ${filter.bodyPrefix})` : entries.body;
  const rows = db
    .select({ ...columns, body })
    .from(entries)
    .where(and(...conditions))
    .orderBy(desc(entries.createdAt), desc(entries.id))
    .limit(filter.limit ?? 200)
    .all();
  return withTagsAndGrants(rows);
}

/** The newest entries' titles, for Min uke: no text, tags or shares. */
export function recentEntryTitles(userId: number, limit: number) {
  return db
    .select({ id: entries.id, title: entries.title, createdAt: entries.createdAt, source: entries.source })
    .from(entries)
    .where(eq(entries.userId, userId))
    .orderBy(desc(entries.createdAt), desc(entries.id))
    .limit(limit)
    .all();
}

export function listTags(userId: number): string[] {
  return db
    .selectDistinct({ tag: tags.tag })
    .from(tags)
    .innerJoin(entries, eq(entries.id, tags.entryId))
    .where(eq(entries.userId, userId))
    .orderBy(tags.tag)
    .all()
    .map((r) => r.tag);
}

export function getEntry(userId: number, id: number): JournalEntry | null {
  const row = db
    .select(columns)
    .from(entries)
    .where(and(eq(entries.id, id), eq(entries.userId, userId)))
    .get();
  return row ? withTagsAndGrants([row])[0]! : null;
}

export function createEntry(userId: number, cohortId: number | null, input: EntryInput, now = clock.now()): number {
  return db.transaction((tx) => {
    // A double-submitted form (same text within two minutes) gives back the entry already saved.
    const twin = tx
      .select({ id: entries.id })
      .from(entries)
      .where(
        and(
          eq(entries.userId, userId),
          eq(entries.title, input.title),
          eq(entries.body, input.body),
          sql`${entries.createdAt} > ${now.getTime() - 120_000}`,
        ),
      )
      .get();
    if (twin) return twin.id;
    const link = input.challenge
      ? { source: "challenge" as const, sourceRef: input.challenge }
      : { source: "free" as const, sourceRef: null };
    const row = tx
      .insert(entries)
      .values({ userId, cohortId, title: input.title, body: input.body, ...link, createdAt: now, updatedAt: now })
      .returning({ id: entries.id })
      .get();
    for (const tag of input.tags) tx.insert(tags).values({ entryId: row.id, tag }).run();
    tx.delete(drafts)
      .where(and(eq(drafts.userId, userId), eq(drafts.draftKey, "new")))
      .run();
    return row.id;
  });
}

export function updateEntry(userId: number, id: number, input: EntryInput, now = clock.now()): boolean {
  return db.transaction((tx) => {
    const existing = tx
      .select({ source: entries.source })
      .from(entries)
      .where(and(eq(entries.id, id), eq(entries.userId, userId)))
      .get();
    if (!existing) return false;
    // A module-prompt answer stays tied to its prompt; other entries may be linked to a challenge or not.
    const link =
      existing.source === "module_prompt" || input.challenge === undefined
        ? {}
        : input.challenge
          ? { source: "challenge" as const, sourceRef: input.challenge }
          : { source: "free" as const, sourceRef: null };
    tx.update(entries)
      .set({ title: input.title, body: input.body, updatedAt: now, ...link })
      .where(eq(entries.id, id))
      .run();
    tx.delete(tags).where(eq(tags.entryId, id)).run();
    for (const tag of input.tags) tx.insert(tags).values({ entryId: id, tag }).run();
    tx.delete(drafts)
      .where(and(eq(drafts.userId, userId), eq(drafts.draftKey, String(id))))
      .run();
    return true;
  });
}

export function deleteEntry(userId: number, id: number): boolean {
  return (
    db
      .delete(entries)
      .where(and(eq(entries.id, id), eq(entries.userId, userId)))
      .run().changes === 1
  );
}

// Drafts: the text of an entry being written is kept server-side, so an expired session or a
// dropped connection loses nothing. Key "new" for a new entry, else the entry's id.
export function saveDraft(userId: number, key: string, draft: { title: string; body: string }, now = clock.now()) {
  if (key !== "new" && !getEntry(userId, Number(key))) return false;
  // An autosave that arrives just after the entry was saved must not bring the draft back.
  const alreadySaved = db
    .select({ id: entries.id })
    .from(entries)
    .where(
      and(
        eq(entries.userId, userId),
        eq(entries.title, draft.title),
        eq(entries.body, draft.body),
        sql`${entries.updatedAt} > ${now.getTime() - 120_000}`,
      ),
    )
    .get();
  if (alreadySaved) return true;
  db.insert(drafts)
    .values({ userId, draftKey: key, title: draft.title, body: draft.body, updatedAt: now })
    .onConflictDoUpdate({ target: [drafts.userId, drafts.draftKey], set: { title: draft.title, body: draft.body, updatedAt: now } })
    .run();
  return true;
}

export function getDraft(userId: number, key: string) {
  return (
    db
      .select()
      .from(drafts)
      .where(and(eq(drafts.userId, userId), eq(drafts.draftKey, key)))
      .get() ?? null
  );
}

export function discardDraft(userId: number, key: string) {
  db.delete(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.draftKey, key)))
    .run();
}

/** Everything in the journal, for the author's own export. */
export function exportEntries(userId: number): JournalEntry[] {
  return listEntries(userId, { limit: 1_000_000 }).reverse();
}

/** One entry as it appears in the author's JSON exports. */
export function entryForExport(e: JournalEntry) {
  return {
    id: e.id,
    title: e.title,
    body: e.body,
    source: e.source,
    sourceRef: e.sourceRef,
    tags: e.tags,
    sharedWith: e.sharedWith,
    // Norwegian local time with its offset: what the author saw, and still one exact instant.
    createdAt: localIso(e.createdAt),
    updatedAt: localIso(e.updatedAt),
  };
}

/** An instant as ISO 8601 in Norwegian local time, e.g. 2026-11-22T12:00:00.000+01:00. */
export const localIso = (d: Date) => new TZDate(d.getTime(), DEFAULT_TIME_ZONE).toISOString();

export function entriesAsMarkdown(
  list: JournalEntry[],
  heading: string,
  labels: { created: string; tags: string; shared: string; at: (date: string, time: string) => string },
  locale: Locale = "nb",
): string {
  const parts = [`# ${heading}`, ""];
  for (const e of list) {
    const when = labels.at(formatDate(e.createdAt, locale), formatTime(e.createdAt));
    parts.push(`## ${e.title}`, "", `*${labels.created}: ${when}*`);
    if (e.tags.length) parts.push(`*${labels.tags}: ${e.tags.join(", ")}*`);
    if (e.sharedWith.length) parts.push(`*${labels.shared}: ${e.sharedWith.join(", ")}*`);
    // A reflection's own headings sit under the entry's title.
    parts.push("", e.body.replace(/^(#{1,5}) /gm, "#$1 "), "");
  }
  return parts.join("\n");
}
