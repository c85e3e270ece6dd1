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
} from "./content-schema";
import { addDays, isoWeekOfDate, PROGRAMME_WEEKS, programmeMonthOfWeek } from "./programme-time";

export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? "content");

export class ContentError extends Error {}

export type ModuleMeta = ModuleFrontmatter & { slug: string; file: string };
export type ChallengeMeta = ChallengeFrontmatter & { slug: string; file: string };
export type Programme = {
  arc: ProgrammeArc;
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

export function readProgramme(dir = CONTENT_DIR): Programme {
  const arcFile = path.join(dir, "programme.yaml");
  const arc = check(programmeSchema, parseYaml(fs.readFileSync(arcFile, "utf8")), rel(arcFile));

  const modules: ModuleMeta[] = arc.modules.map(({ slug, month }) => {
    const file = path.join(dir, "modules", slug, "index.mdx");
    if (!fs.existsSync(file)) throw new ContentError(`${rel(arcFile)}: module "${slug}" has no file ${rel(file)}`);
    const fm = check(moduleFrontmatterSchema, splitFrontmatter(fs.readFileSync(file, "utf8"), rel(file)).data, rel(file));
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
  return { arc, modules, challenges };
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

/** Challenges grouped by module, in programme order: for "link this entry to a challenge". */
export function challengeOptions() {
  const programme = getProgramme();
  return programme.modules.map((m) => ({
    module: m.title,
    items: [...programme.challenges.values()].filter((c) => c.module === m.slug).map((c) => ({ slug: c.slug, title: c.title })),
  }));
}
