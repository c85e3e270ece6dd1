// Loads the programme from content/: the arc (programme.yaml) and the frontmatter of every module
// and challenge, validated and cross-checked. Bodies are compiled separately (content.server.ts).
import fs from "node:fs";
import path from "node:path";

import { parse as parseYaml } from "yaml";
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
import { addDays, isoWeekOfDate, PROGRAMME_WEEKS, programmeMonthOfWeek } from "./programme-time";

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
  const arc = check(programmeSchema, parseYaml(fs.readFileSync(arcFile, "utf8")), rel(arcFile));
  const sources = readSources(dir);

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

  for (let week = 1; week <= PROGRAMME_WEEKS; week++) {
    const entry = arc.challenges[String(week)];
    if (entry === undefined)
      throw new ContentError(`${rel(arcFile)}: field "challenges.${week}" is missing (use null for a week without a challenge)`);
    if (entry !== null && !challenges.has(entry))
      throw new ContentError(`${rel(arcFile)}: field "challenges.${week}" names "${entry}", which has no file in content/challenges`);
  }
  return { arc, sources, modules, challenges };
}

let cached: Programme | undefined;
export function getProgramme(): Programme {
  cached ??= readProgramme();
  return cached;
}

export type PlannedWeek = {
  week: number;
  monday: string;
  isoWeek: number;
  month: number;
  /** The module of this programme month (the latest module opened so far). */
  moduleSlug: string;
  challengeSlug: string | null;
  /** Why a week has no challenge. */
  pause: { kind: "holiday"; name: string } | { kind: "samling"; title: string } | null;
  checkInDue: boolean;
};

/** The 52 weeks of a cohort that starts on `startDate`: challenge, module, pauses and check-ins. */
export function weekPlan(programme: Programme, startDate: string): PlannedWeek[] {
  const { arc } = programme;
  const byMonth = [...arc.modules].sort((a, b) => a.month - b.month);
  return Array.from({ length: PROGRAMME_WEEKS }, (_, i) => {
    const week = i + 1;
    const monday = addDays(startDate, i * 7);
    const isoWeek = isoWeekOfDate(monday);
    const month = programmeMonthOfWeek(week);
    const moduleSlug = byMonth.filter((m) => m.month <= month).at(-1)?.slug ?? byMonth[0]!.slug;
    const holiday = arc.holidays.find((h) => h.isoWeeks.includes(isoWeek));
    const samling = arc.samlinger.find((s) => s.week === week);
    const planned = arc.challenges[String(week)] ?? null;
    const pause = holiday
      ? { kind: "holiday" as const, name: holiday.name }
      : planned === null && samling
        ? { kind: "samling" as const, title: samling.title }
        : null;
    return {
      week,
      monday,
      isoWeek,
      month,
      moduleSlug,
      challengeSlug: holiday ? null : planned,
      pause,
      checkInDue: week % arc.checkInEveryWeeks === 0,
    };
  });
}

/** A module's sources from the shared list, in the order its frontmatter names them. */
export function sourcesOf(meta: ModuleMeta, programme = getProgramme()): Source[] {
  return meta.sources.map((key) => programme.sources.get(key)!);
}

/** Challenges grouped by module, in programme order: for "link this entry to a challenge". */
export function challengeOptions() {
  const programme = getProgramme();
  return programme.modules.map((m) => ({
    module: m.title,
    items: [...programme.challenges.values()].filter((c) => c.module === m.slug).map((c) => ({ slug: c.slug, title: c.title })),
  }));
}
