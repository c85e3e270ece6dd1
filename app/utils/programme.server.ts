// Loads the programme from content/: the arc (programme.yaml) and the frontmatter of every module
// and challenge, validated and cross-checked. Bodies are compiled separately (content.server.ts).
import fs from "node:fs";
import path from "node:path";

import { LineCounter, parse as parseYaml, parseDocument } from "yaml";
import type { z } from "zod";

import {
  type ChallengeFrontmatter,
  challengeFrontmatterSchema,
  type ModuleFrontmatter,
  moduleFrontmatterSchema,
  type ProgrammeArc,
  programmeSchema,
  type Source,
  sourcesFileSchema,
} from "./content-schema";
import { addDays } from "./programme-time";
import { type CohortCalendar, NATIONAL_ONLY, PlanError, type PlannedWeek, planYear } from "./year-plan";

export type { CohortCalendar, PlannedWeek } from "./year-plan";

export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? "content");

export class ContentError extends Error {}

export type ModuleMeta = ModuleFrontmatter & { slug: string; file: string };
export type ChallengeMeta = ChallengeFrontmatter & { slug: string; file: string };
export type Programme = {
  arc: ProgrammeArc;
  /** content/sources.yaml by key: the one list every module cites from. */
  sources: Map<string, Source>;
  modules: ModuleMeta[];
  challenges: Map<string, ChallengeMeta>;
};

/** Splits "---\nyaml\n---\nbody" and returns the parsed frontmatter and the body. */
export function splitFrontmatter(source: string, file: string): { data: unknown; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) throw new ContentError(`${file}: missing frontmatter (the file must start with ---)`);
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (e) {
    throw new ContentError(`${file}: frontmatter is not valid YAML: ${(e as Error).message}`);
  }
  return { data, body: source.slice(m[0].length), bodyLine: m[0].split("\n").length };
}

function check<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `field "${i.path.join(".") || "(root)"}": ${i.message}`).join("; ");
    throw new ContentError(`${file}: ${problems}`);
  }
  return parsed.data;
}

const rel = (file: string) => path.relative(process.cwd(), file);

/** The 1-based line of the first line matching `pattern` (1 when none does), for file:line messages. */
export function lineOf(text: string, pattern: RegExp, from = 0): number {
  const lines = text.split("\n");
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return 1;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Reads content/sources.yaml: the programme's one list of sources, keys unique. */
export function readSources(dir = CONTENT_DIR): Map<string, Source> {
  const file = path.join(dir, "sources.yaml");
  if (!fs.existsSync(file)) throw new ContentError(`${rel(file)}: missing (the programme's list of sources)`);
  const text = fs.readFileSync(file, "utf8");
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new ContentError(`${rel(file)}: not valid YAML: ${(e as Error).message}`);
  }
  const list = check(sourcesFileSchema, data, rel(file));
  const sources = new Map<string, Source>();
  for (const source of list) {
    if (sources.has(source.key)) {
      const pattern = new RegExp(`key:\\s*${escape(source.key)}\\s*$`);
      throw new ContentError(`${rel(file)}:${lineOf(text, pattern, lineOf(text, pattern))}: the key "${source.key}" is used twice`);
    }
    sources.set(source.key, source);
  }
  return sources;
}

/**
 * A module cites by key into sources.yaml. Checked before the schema so that a module without
 * sources and an unknown key are both named with file and line.
 */
function checkModuleSources(data: unknown, text: string, file: string, sources: Map<string, Source>) {
  const keys = (data as { sources?: unknown } | null)?.sources;
  const sourcesLine = lineOf(text, /^sources:/);
  if (keys === undefined || keys === null || (Array.isArray(keys) && keys.length === 0))
    throw new ContentError(
      `${file}:${sourcesLine}: the module names no sources (add sources: [key, …] with keys from content/sources.yaml)`,
    );
  if (!Array.isArray(keys)) return; // the schema names the wrong shape
  const unknown = keys.filter((k): k is string => typeof k === "string" && !sources.has(k));
  if (unknown.length)
    throw new ContentError(
      unknown
        .map(
          (k) =>
            `${file}:${lineOf(text, new RegExp(`(^|[\\s\\[,-])${escape(k)}([\\s\\],]|$)`), sourcesLine - 1)}: source "${k}" is not in content/sources.yaml`,
        )
        .join("\n"),
    );
}

export function readProgramme(dir = CONTENT_DIR): Programme {
  const arcFile = path.join(dir, "programme.yaml");
  const sources = readSources(dir);
  const lines = new LineCounter();
  const doc = parseDocument(fs.readFileSync(arcFile, "utf8"), { lineCounter: lines });
  // "content/programme.yaml:42" for a field path, so an author finds the line to fix.
  const at = (...fieldPath: (string | number)[]) => {
    const node = doc.getIn(fieldPath, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? `${rel(arcFile)}:${lines.linePos(node.range[0]).line}` : rel(arcFile);
  };
  const parsed = programmeSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const problems = parsed.error.issues.map((i) => `field "${i.path.join(".") || "(root)"}": ${i.message}`).join("; ");
    throw new ContentError(`${at(...(first.path as (string | number)[]))}: ${problems}`);
  }
  const arc = parsed.data;

  const modules: ModuleMeta[] = arc.modules.map(({ slug, month }) => {
    const file = path.join(dir, "modules", slug, "index.mdx");
    if (!fs.existsSync(file)) throw new ContentError(`${rel(arcFile)}: module "${slug}" has no file ${rel(file)}`);
    const text = fs.readFileSync(file, "utf8");
    const { data } = splitFrontmatter(text, rel(file));
    checkModuleSources(data, text, rel(file), sources);
    const fm = check(moduleFrontmatterSchema, data, rel(file));
    if (fm.month !== month)
      throw new ContentError(`${rel(file)}: field "month" is ${fm.month}, but programme.yaml opens it in month ${month}`);
    return { ...fm, slug, file };
  });
  const moduleSlugs = new Set(modules.map((m) => m.slug));

  const challenges = new Map<string, ChallengeMeta>();
  const challengeDir = path.join(dir, "challenges");
  for (const name of fs
    .readdirSync(challengeDir)
    .filter((n) => n.endsWith(".mdx"))
    .sort()) {
    const file = path.join(challengeDir, name);
    const slug = name.replace(/\.mdx$/, "");
    const fm = check(challengeFrontmatterSchema, splitFrontmatter(fs.readFileSync(file, "utf8"), rel(file)).data, rel(file));
    if (!moduleSlugs.has(fm.module))
      throw new ContentError(`${rel(file)}: field "module" names "${fm.module}", which is not a module in programme.yaml`);
    challenges.set(slug, { ...fm, slug, file });
  }

  checkArc(arc, challenges, at);
  return { arc, sources, modules, challenges };
}

let cached: Programme | undefined;
export function getProgramme(): Programme {
  cached ??= readProgramme();
  return cached;
}

/** The programme file's sequence against the challenge files: every slug known, every file scheduled or retired. */
function checkArc(arc: ProgrammeArc, challenges: Map<string, ChallengeMeta>, at: (...p: (string | number)[]) => string) {
  const seen = new Map<string, string>();
  const known = (slug: string, where: string, ...fieldPath: (string | number)[]) => {
    if (!challenges.has(slug))
      throw new ContentError(
        `${at(...fieldPath)}: field "${fieldPath.join(".")}" names "${slug}", which has no file in content/challenges`,
      );
    if (seen.has(slug) && where !== "anchored")
      throw new ContentError(
        `${at(...fieldPath)}: "${slug}" is already scheduled in ${seen.get(slug)}; a challenge has one place in the sequence`,
      );
    seen.set(slug, where);
  };
  arc.modules.forEach((m, mi) =>
    m.challenges.forEach((c, ci) => {
      const slug = "core" in c ? c.core : c.optional;
      const key = "core" in c ? "core" : "optional";
      known(slug, `module ${m.slug}`, "modules", mi, "challenges", ci, key);
      if (challenges.get(slug)!.module !== m.slug)
        throw new ContentError(
          `${at("modules", mi, "challenges", ci, key)}: "${slug}" belongs to module "${challenges.get(slug)!.module}", not "${m.slug}"`,
        );
    }),
  );
  arc.review?.challenges.forEach((c, ci) =>
    known("core" in c ? c.core : c.optional, "review", "review", "challenges", ci, "core" in c ? "core" : "optional"),
  );
  arc.anchored.forEach((a, ai) => {
    if (seen.has(a.slug) && seen.get(a.slug) !== "anchored")
      throw new ContentError(`${at("anchored", ai, "slug")}: "${a.slug}" is anchored and also in ${seen.get(a.slug)}`);
    known(a.slug, "anchored", "anchored", ai, "slug");
  });
  arc.retired.forEach((r, ri) => {
    if (!challenges.has(r.slug)) throw new ContentError(`${at("retired", ri, "slug")}: "${r.slug}" has no file in content/challenges`);
    if (seen.has(r.slug))
      throw new ContentError(`${at("retired", ri, "slug")}: "${r.slug}" is retired but scheduled in ${seen.get(r.slug)}`);
    seen.set(r.slug, "retired");
  });
  for (const slug of challenges.keys())
    if (!seen.has(slug))
      throw new ContentError(
        `${at("modules")}: content/challenges/${slug}.mdx is neither scheduled nor retired (add it under its module or to retired, with a reason)`,
      );
  arc.samlinger.forEach((s, si) => {
    if (s.week < s.window[0] || s.week > s.window[1] || s.window[0] > s.window[1])
      throw new ContentError(
        `${at("samlinger", si, "week")}: ${s.key} prefers week ${s.week}, outside its window ${s.window[0]}–${s.window[1]}`,
      );
  });
  // The year must work for every start date and the most crowded calendar the owner can pick without pauses.
  const crowded: CohortCalendar = { ...NATIONAL_ONLY, regional: arc.regionalBreaks.map((r) => ({ key: r.key, isoWeek: r.isoWeeks[0]! })) };
  for (let monday = "2025-01-06"; monday < "2033-01-01"; monday = addDays(monday, 7)) {
    try {
      planYear(arc, monday, crowded);
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      const where =
        e.reason === "samling"
          ? at(
              "samlinger",
              arc.samlinger.findIndex((s) => s.key === e.subject),
              "window",
            )
          : e.reason === "anchored"
            ? at(
                "anchored",
                arc.anchored.findIndex((a) => a.slug === e.subject),
              )
            : at("modules");
      throw new ContentError(`${where}: a cohort starting ${monday} cannot be planned: ${e.message}`);
    }
  }
}

/** The 52 weeks of a cohort that starts on `startDate`: challenge, module, pauses and check-ins. */
export function weekPlan(programme: Programme, startDate: string, calendar: CohortCalendar = NATIONAL_ONLY): PlannedWeek[] {
  return planYear(programme.arc, startDate, calendar).weeks;
}

/** A module's sources from the shared list, in the order its frontmatter names them. */
export function sourcesOf(meta: ModuleMeta, programme = getProgramme()): Source[] {
  return meta.sources.map((key) => programme.sources.get(key)!);
}

/** Challenges grouped by module, in programme order: for "link this entry to a challenge". */
/**
 * The challenges a journal entry can be linked to, by module, each with the weeks it falls in the
 * person's own cohort plan so the list reads like their year; challenges the plan does not reach
 * come last in their module, without a week.
 */
export function challengeOptions(plan: PlannedWeek[]) {
  const programme = getProgramme();
  const weeks = new Map<string, number[]>();
  for (const w of plan) if (w.challengeSlug) weeks.set(w.challengeSlug, [...(weeks.get(w.challengeSlug) ?? []), w.week]);
  const firstWeek = (slug: string) => weeks.get(slug)?.[0] ?? Number.POSITIVE_INFINITY;
  return programme.modules.map((m) => ({
    module: m.title,
    items: [...programme.challenges.values()]
      .filter((c) => c.module === m.slug)
      .sort((a, b) => firstWeek(a.slug) - firstWeek(b.slug))
      .map((c) => ({ slug: c.slug, title: c.title, weeks: weeks.get(c.slug) ?? [] })),
  }));
}
