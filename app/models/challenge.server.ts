// The weekly leader challenges of a participant: the plan of the cohort's weeks, what they did,
// skipped or swapped, and completing a challenge with a reflection that becomes a journal entry.
import { and, eq } from "drizzle-orm";

import type { Participation } from "~/models/cohort.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import * as clock from "~/utils/clock.server";
import { compileFile } from "~/utils/content.server";
import { db, schema } from "~/utils/db.server";
import { type ChallengeMeta, getProgramme, type PlannedWeek } from "~/utils/programme.server";
import { PROGRAMME_WEEKS } from "~/utils/programme-time";

const { challengeCompletions: completions, challengeSwaps: swaps, journalEntries } = schema;

export type ChallengeStatus = "done" | "late" | "skipped" | "open" | "coming" | "pause";

export type ChallengeWeek = {
  week: number;
  monday: string;
  isoWeek: number;
  pause: PlannedWeek["pause"];
  checkInDue: boolean;
  challenge: Pick<ChallengeMeta, "slug" | "title" | "module" | "minutes" | "summary"> | null;
  swapped: boolean;
  status: ChallengeStatus;
  completedAt: Date | null;
  skipReason: string | null;
  journalEntryId: number | null;
  isCurrent: boolean;
};

function brief(c: ChallengeMeta) {
  return { slug: c.slug, title: c.title, module: c.module, minutes: c.minutes, summary: c.summary };
}

/** All 52 weeks for this participant, with status. A week's challenge can be done late; future weeks are "coming". */
export function listChallengeWeeks(userId: number, participation: Participation): ChallengeWeek[] {
  const programme = getProgramme();
  const { cohort, clock } = participation;
  const current = clock.phase === "before" ? 0 : clock.phase === "ended" ? PROGRAMME_WEEKS + 1 : clock.currentWeek;
  const done = new Map(
    db
      .select()
      .from(completions)
      .where(and(eq(completions.userId, userId), eq(completions.cohortId, cohort.id)))
      .all()
      .map((c) => [c.programmeWeek, c]),
  );
  const swapped = new Map(
    db
      .select()
      .from(swaps)
      .where(and(eq(swaps.userId, userId), eq(swaps.cohortId, cohort.id)))
      .all()
      .map((s) => [s.programmeWeek, s.challengeSlug]),
  );
  return cohortWeekPlan(cohort).map((w) => {
    const c = done.get(w.week);
    const slug = c?.challengeSlug ?? swapped.get(w.week) ?? w.challengeSlug;
    const meta = slug ? programme.challenges.get(slug) : undefined;
    let status: ChallengeStatus;
    if (!meta) status = "pause";
    else if (c?.status === "done") status = c.completedWeek > c.programmeWeek ? "late" : "done";
    else if (c?.status === "skipped") status = "skipped";
    else status = w.week > current ? "coming" : "open";
    return {
      week: w.week,
      monday: w.monday,
      isoWeek: w.isoWeek,
      pause: meta ? null : w.pause,
      checkInDue: w.checkInDue,
      challenge: meta ? brief(meta) : null,
      swapped: !c && swapped.has(w.week),
      status,
      completedAt: c?.completedAt ?? null,
      skipReason: c?.skipReason ?? null,
      journalEntryId: c?.journalEntryId ?? null,
      isCurrent: w.week === current,
    };
  });
}

export async function getChallengeWeek(userId: number, participation: Participation, week: number) {
  if (!Number.isInteger(week) || week < 1 || week > PROGRAMME_WEEKS) return null;
  const w = listChallengeWeeks(userId, participation)[week - 1]!;
  if (!w.challenge) return { week: w, meta: null, alternatives: [], bodyCompiled: null };
  const programme = getProgramme();
  const meta = programme.challenges.get(w.challenge.slug)!;
  const alternatives = [...programme.challenges.values()].filter((c) => c.module === meta.module && c.slug !== meta.slug).map(brief);
  return { week: w, meta, alternatives, bodyCompiled: await compileFile(meta.file) };
}

export type ChallengeRefusal = "not-found" | "coming" | "already-done" | "not-same-module";

function weekFor(userId: number, participation: Participation, week: number): ChallengeWeek | null {
  if (!Number.isInteger(week) || week < 1 || week > PROGRAMME_WEEKS) return null;
  const w = listChallengeWeeks(userId, participation)[week - 1]!;
  return w.challenge ? w : null;
}

/** The reflection as Markdown: a heading per question answered, then the answer as typed. */
export function formatReflection(t: (key: string) => string, answer: { did: string; happened: string; next: string }): string {
  return (["did", "happened", "next"] as const)
    .filter((q) => answer[q].trim())
    .flatMap((q) => [`## ${t(`challenges.form.${q}`)}`, answer[q]])
    .join("\n\n");
}

/**
 * Completes a week's challenge: the reflection becomes a journal entry linked to the challenge,
 * in the same transaction. Completing after the week is allowed and recorded as late.
 */
export function completeChallenge(
  userId: number,
  participation: Participation,
  week: number,
  body: string,
  now = clock.now(),
): { ok: true; entryId: number } | { ok: false; reason: ChallengeRefusal } {
  const w = weekFor(userId, participation, week);
  if (!w || !w.challenge) return { ok: false, reason: "not-found" };
  if (w.status === "coming") return { ok: false, reason: "coming" };
  if (w.status === "done" || w.status === "late") return { ok: false, reason: "already-done" };
  const completedWeek = Math.max(week, participation.clock.week);
  const challenge = w.challenge;
  return db.transaction((tx) => {
    const entry = tx
      .insert(journalEntries)
      .values({
        userId,
        cohortId: participation.cohort.id,
        title: challenge.title,
        body,
        source: "challenge",
        sourceRef: challenge.slug,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: journalEntries.id })
      .get();
    const row = {
      userId,
      cohortId: participation.cohort.id,
      challengeSlug: challenge.slug,
      programmeWeek: week,
      status: "done" as const,
      skipReason: null,
      completedWeek,
      completedAt: now,
      journalEntryId: entry.id,
    };
    // A skipped week can still be done. The check above and this write run without yielding
    // (better-sqlite3 is synchronous), so a double-submitted form finds the week done and is refused.
    tx.insert(completions)
      .values(row)
      .onConflictDoUpdate({ target: [completions.userId, completions.cohortId, completions.programmeWeek], set: row })
      .run();
    return { ok: true as const, entryId: entry.id };
  });
}

export function skipChallenge(userId: number, participation: Participation, week: number, reason: string | null, now = clock.now()) {
  const w = weekFor(userId, participation, week);
  if (!w || !w.challenge) return { ok: false as const, reason: "not-found" as const };
  if (w.status === "coming") return { ok: false as const, reason: "coming" as const };
  if (w.status === "done" || w.status === "late") return { ok: false as const, reason: "already-done" as const };
  const row = {
    userId,
    cohortId: participation.cohort.id,
    challengeSlug: w.challenge.slug,
    programmeWeek: week,
    status: "skipped" as const,
    skipReason: reason,
    completedWeek: Math.max(week, participation.clock.week),
    completedAt: now,
    journalEntryId: null,
  };
  db.insert(completions)
    .values(row)
    .onConflictDoUpdate({ target: [completions.userId, completions.cohortId, completions.programmeWeek], set: row })
    .run();
  return { ok: true as const };
}

/**
 * Catching up without a backlog: every open week before this one is set aside at once, as a skip
 * without a reason (the owner sees only that weeks were skipped, as with one skip). Each can be
 * opened again on its own page. One transaction: all of them or none. Returns how many.
 */
export function setAsideEarlierWeeks(userId: number, participation: Participation, now = clock.now()): number {
  const earlier = listChallengeWeeks(userId, participation).filter((w) => w.status === "open" && !w.isCurrent && w.challenge);
  if (!earlier.length) return 0;
  db.transaction((tx) => {
    for (const w of earlier)
      tx.insert(completions)
        .values({
          userId,
          cohortId: participation.cohort.id,
          challengeSlug: w.challenge!.slug,
          programmeWeek: w.week,
          status: "skipped",
          skipReason: null,
          completedWeek: Math.max(w.week, participation.clock.week),
          completedAt: now,
          journalEntryId: null,
        })
        .onConflictDoNothing()
        .run();
  });
  return earlier.length;
}

/** Takes back a skip, so the week is open again. */
export function reopenChallenge(userId: number, participation: Participation, week: number) {
  const res = db
    .delete(completions)
    .where(
      and(
        eq(completions.userId, userId),
        eq(completions.cohortId, participation.cohort.id),
        eq(completions.programmeWeek, week),
        eq(completions.status, "skipped"),
      ),
    )
    .run();
  return res.changes === 1;
}

/** Swaps the week's challenge for another from the same module (before it is done). */
export function swapChallenge(userId: number, participation: Participation, week: number, slug: string) {
  const w = weekFor(userId, participation, week);
  if (!w || !w.challenge) return { ok: false as const, reason: "not-found" as const };
  if (w.status === "done" || w.status === "late" || w.status === "skipped") return { ok: false as const, reason: "already-done" as const };
  if (w.status === "coming") return { ok: false as const, reason: "coming" as const };
  const target = getProgramme().challenges.get(slug);
  if (!target || target.module !== w.challenge.module) return { ok: false as const, reason: "not-same-module" as const };
  const planned = cohortWeekPlan(participation.cohort)[week - 1]!.challengeSlug;
  if (slug === planned) {
    db.delete(swaps)
      .where(and(eq(swaps.userId, userId), eq(swaps.cohortId, participation.cohort.id), eq(swaps.programmeWeek, week)))
      .run();
  } else {
    db.insert(swaps)
      .values({ userId, cohortId: participation.cohort.id, programmeWeek: week, challengeSlug: slug })
      .onConflictDoUpdate({ target: [swaps.userId, swaps.cohortId, swaps.programmeWeek], set: { challengeSlug: slug } })
      .run();
  }
  return { ok: true as const };
}
