// The one-page job aids as a participant meets them: listed on the modules they belong to, and
// printable once that module is open for the participant's cohort (same rule as the module).
import type { Participation } from "~/models/cohort.server";
import { findModule, isOpen } from "~/models/module.server";
import { type AidMeta, getAids } from "~/utils/aids.server";
import { type CompiledContent, compileFile } from "~/utils/content.server";
import type { Source } from "~/utils/content-schema";
import { getProgramme, type ModuleMeta } from "~/utils/programme.server";

export type AidSummary = { slug: string; title: string; summary: string };

/** The job aids of a module, in file order. */
export function aidsForModule(moduleSlug: string): AidSummary[] {
  return getAids()
    .filter((a) => a.modules.includes(moduleSlug))
    .map((a) => ({ slug: a.slug, title: a.title, summary: a.summary }));
}

export type AidView =
  { kind: "locked"; module: ModuleMeta } | { kind: "open"; module: ModuleMeta; aid: AidMeta; compiled: CompiledContent; sources: Source[] };

/** An aid for printing from a module; null when the module does not exist or the aid is not one of its aids. */
export async function readAid(participation: Participation, moduleSlug: string, aidSlug: string): Promise<AidView | null> {
  const module = findModule(moduleSlug);
  const aid = getAids().find((a) => a.slug === aidSlug && a.modules.includes(moduleSlug));
  if (!module || !aid) return null;
  if (!isOpen(participation, module)) return { kind: "locked", module };
  const programme = getProgramme();
  return {
    kind: "open",
    module,
    aid,
    compiled: await compileFile(aid.file),
    sources: aid.sources.map((key) => programme.sources.get(key)!),
  };
}
