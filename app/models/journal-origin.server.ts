// What a journal entry is, in words: "Lederutfordring, uke 12: …" or "Modulrefleksjon: …". Titles
// alone do not tell a module's reflections apart from each other or from the person's own entries.
import { and, eq, inArray } from "drizzle-orm";

import { db, schema } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";

export type EntryOrigin =
  { kind: "challenge"; title: string; week: number | null; to: string } | { kind: "module_prompt"; title: string; to: string };

export function entryOrigins(
  userId: number,
  entries: { id: number; source: string; sourceRef: string | null }[],
): Record<number, EntryOrigin> {
  const programme = getProgramme();
  const ids = entries.filter((e) => e.source === "challenge").map((e) => e.id);
  const weekOf = new Map(
    ids.length
      ? db
          .select({ entryId: schema.challengeCompletions.journalEntryId, week: schema.challengeCompletions.programmeWeek })
          .from(schema.challengeCompletions)
          .where(and(eq(schema.challengeCompletions.userId, userId), inArray(schema.challengeCompletions.journalEntryId, ids)))
          .all()
          .map((r) => [r.entryId!, r.week])
      : [],
  );
  const origins: Record<number, EntryOrigin> = {};
  for (const e of entries) {
    if (!e.sourceRef) continue;
    if (e.source === "challenge") {
      const c = programme.challenges.get(e.sourceRef);
      const week = weekOf.get(e.id) ?? null;
      if (c) origins[e.id] = { kind: "challenge", title: c.title, week, to: week ? `/challenges/${week}` : "/challenges" };
    } else if (e.source === "module_prompt") {
      const [slug, prompt] = e.sourceRef.split("#");
      const m = programme.modules.find((x) => x.slug === slug);
      if (m) origins[e.id] = { kind: "module_prompt", title: m.title, to: `/modules/${m.slug}#${prompt ?? ""}` };
    }
  }
  return origins;
}
