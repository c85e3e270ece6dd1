// The programme's modules as a participant meets them: which are open for their cohort's current
// week, how far they have come, and their answers to the reflection prompts (kept as private
// journal entries, one per prompt).
import { and, eq, like, sql } from "drizzle-orm";

import type { Participation } from "~/models/cohort.server";
import * as clock from "~/utils/clock.server";
import { type CompiledContent, compileFile, reflectionTitle } from "~/utils/content.server";
import { db, schema } from "~/utils/db.server";
import { Lru } from "~/utils/lru";
import { getProgramme, type ModuleMeta, type Programme, weekPlan } from "~/utils/programme.server";
import { programmeMonthOfWeek } from "~/utils/programme-time";

const { moduleProgress, journalEntries } = schema;

export type ModuleState = "locked" | "open" | "started" | "completed";

// The first week of each programme month depends only on the programme and the start date, and
// the module list asks for all twelve on every Min uke: computed once per start date (ADR 026).
const firstWeeks = new Lru<string, { programme: Programme; byMonth: Map<number, { week: number; monday: string }> }>(200);

/** The first programme week of a module's month, and its Monday for this cohort. */
function opening(participation: Participation, meta: ModuleMeta) {
  const programme = getProgramme();
  const startDate = participation.cohort.startDate;
  let known = firstWeeks.get(startDate);
  if (!known || known.programme !== programme) {
    const byMonth = new Map<number, { week: number; monday: string }>();
    for (const w of weekPlan(programme, startDate)) if (!byMonth.has(w.month)) byMonth.set(w.month, { week: w.week, monday: w.monday });
    known = { programme, byMonth };
    firstWeeks.set(startDate, known);
  }
  return known.byMonth.get(meta.month)!;
}

export function isOpen(participation: Participation, meta: ModuleMeta): boolean {
  const { clock } = participation;
  if (clock.phase === "before") return false;
  if (clock.phase === "ended") return true;
  return programmeMonthOfWeek(clock.currentWeek) >= meta.month;
}

function progressRows(userId: number, cohortId: number) {
  return new Map(
    db
      .select()
      .from(moduleProgress)
      .where(and(eq(moduleProgress.userId, userId), eq(moduleProgress.cohortId, cohortId)))
      .all()
      .map((r) => [r.moduleSlug, r]),
  );
}

function answeredCounts(userId: number) {
  const rows = db
    .select({ ref: journalEntries.sourceRef })
    .from(journalEntries)
    .where(and(eq(journalEntries.userId, userId), eq(journalEntries.source, "module_prompt")))
    .all();
  const counts = new Map<string, number>();
  for (const r of rows) {
    const slug = r.ref?.split("#")[0];
    if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

export async function listModules(userId: number, participation: Participation) {
  const programme = getProgramme();
  const progress = progressRows(userId, participation.cohort.id);
  const answered = answeredCounts(userId);
  return Promise.all(
    programme.modules.map(async (m) => {
      const p = progress.get(m.slug);
      const open = isOpen(participation, m);
      const state: ModuleState = !open ? "locked" : p?.completedAt ? "completed" : p ? "started" : "open";
      const compiled = await compileFile(m.file);
      return {
        slug: m.slug,
        title: m.title,
        summary: m.summary,
        month: m.month,
        estimatedMinutes: m.estimatedMinutes,
        state,
        opensOn: opening(participation, m).monday,
        prompts: compiled.prompts.length,
        answered: answered.get(m.slug) ?? 0,
        completedAt: p?.completedAt ?? null,
      };
    }),
  );
}

export type ModuleView =
  | { kind: "locked"; meta: ModuleMeta; opensOn: string; opensWeek: number }
  | {
      kind: "open";
      meta: ModuleMeta;
      compiled: CompiledContent;
      answers: Record<string, { entryId: number; body: string; updatedAt: Date }>;
      state: ModuleState;
      previous: { slug: string; title: string } | null;
      next: { slug: string; title: string } | null;
    };

export function findModule(slug: string): ModuleMeta | null {
  return getProgramme().modules.find((m) => m.slug === slug) ?? null;
}

/** Opens a module for reading; the first visit records that the participant started it. */
export async function readModule(
  userId: number,
  participation: Participation,
  slug: string,
  now = clock.now(),
): Promise<ModuleView | null> {
  const programme = getProgramme();
  const index = programme.modules.findIndex((m) => m.slug === slug);
  if (index < 0) return null;
  const meta = programme.modules[index]!;
  if (!isOpen(participation, meta)) {
    const o = opening(participation, meta);
    return { kind: "locked", meta, opensOn: o.monday, opensWeek: o.week };
  }
  const compiled = await compileFile(meta.file);
  // Only the first visit writes: a repeat read must not take the database's write lock.
  let progress = progressRows(userId, participation.cohort.id).get(slug);
  if (!progress) {
    db.insert(moduleProgress)
      .values({ userId, cohortId: participation.cohort.id, moduleSlug: slug, startedAt: now })
      .onConflictDoNothing()
      .run();
    progress = progressRows(userId, participation.cohort.id).get(slug);
  }
  const answers: Record<string, { entryId: number; body: string; updatedAt: Date }> = {};
  for (const row of db
    .select({ id: journalEntries.id, ref: journalEntries.sourceRef, body: journalEntries.body, updatedAt: journalEntries.updatedAt })
    .from(journalEntries)
    .where(and(eq(journalEntries.userId, userId), eq(journalEntries.source, "module_prompt"), like(journalEntries.sourceRef, `${slug}#%`)))
    .all()) {
    const id = row.ref!.slice(slug.length + 1);
    answers[id] = { entryId: row.id, body: row.body, updatedAt: row.updatedAt };
  }
  const neighbour = (i: number) => {
    const m = programme.modules[i];
    return m && isOpen(participation, m) ? { slug: m.slug, title: m.title } : null;
  };
  return {
    kind: "open",
    meta,
    compiled,
    answers,
    state: progress?.completedAt ? "completed" : "started",
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  };
}

export type ReflectionResult = { ok: true; entryId: number } | { ok: false; reason: "not-found" | "locked" | "unknown-prompt" };

/**
 * Saves the answer to a reflection prompt as the participant's journal entry for that prompt:
 * the first answer creates it, later answers update the same entry (no duplicates on re-submit).
 */
export async function saveReflection(
  userId: number,
  participation: Participation,
  slug: string,
  promptId: string,
  body: string,
  now = clock.now(),
): Promise<ReflectionResult> {
  const meta = findModule(slug);
  if (!meta) return { ok: false, reason: "not-found" };
  if (!isOpen(participation, meta)) return { ok: false, reason: "locked" };
  const compiled = await compileFile(meta.file);
  const prompt = compiled.prompts.find((p) => p.id === promptId);
  if (!prompt) return { ok: false, reason: "unknown-prompt" };
  const sourceRef = `${slug}#${promptId}`;
  return db.transaction((tx) => {
    const existing = tx
      .select({ id: journalEntries.id })
      .from(journalEntries)
      .where(and(eq(journalEntries.userId, userId), eq(journalEntries.source, "module_prompt"), eq(journalEntries.sourceRef, sourceRef)))
      .get();
    if (existing) {
      tx.update(journalEntries).set({ body, updatedAt: now }).where(eq(journalEntries.id, existing.id)).run();
      return { ok: true as const, entryId: existing.id };
    }
    tx.insert(moduleProgress)
      .values({ userId, cohortId: participation.cohort.id, moduleSlug: slug, startedAt: now })
      .onConflictDoNothing()
      .run();
    const title = reflectionTitle(prompt.text);
    const entry = tx
      .insert(journalEntries)
      .values({
        userId,
        cohortId: participation.cohort.id,
        title,
        body,
        source: "module_prompt",
        sourceRef,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: journalEntries.id })
      .get();
    return { ok: true as const, entryId: entry.id };
  });
}

/** Marks a module as completed (or not). Only an open module can be completed. */
export function setModuleCompleted(
  userId: number,
  participation: Participation,
  slug: string,
  completed: boolean,
  now = clock.now(),
): boolean {
  const meta = findModule(slug);
  if (!meta || !isOpen(participation, meta)) return false;
  db.insert(moduleProgress)
    .values({ userId, cohortId: participation.cohort.id, moduleSlug: slug, startedAt: now, completedAt: completed ? now : null })
    .onConflictDoUpdate({
      target: [moduleProgress.userId, moduleProgress.cohortId, moduleProgress.moduleSlug],
      set: { completedAt: completed ? sql`coalesce(${moduleProgress.completedAt}, ${now.getTime()})` : null },
    })
    .run();
  return true;
}
