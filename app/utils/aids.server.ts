// Loads the one-page job aids (content/aids/<slug>.mdx). Each names the modules it belongs to and
// the paper its print view is laid out for; the content check refuses an aid without a print
// view, with an unknown module or source, or too long for one page. Bodies compile like modules.
import fs from "node:fs";
import path from "node:path";

import { type AidFrontmatter, aidFrontmatterSchema } from "./content-schema";
import { CONTENT_DIR, ContentError, getProgramme, lineOf, type Programme, splitFrontmatter } from "./programme.server";

export type AidMeta = AidFrontmatter & { slug: string; file: string };

/** More words than this do not fit one A4 page with the tables and writing lines of an aid. */
export const AID_MAX_WORDS = 450;

export function readAids(dir = CONTENT_DIR, programme: Programme = getProgramme()): AidMeta[] {
  const aidDir = path.join(dir, "aids");
  if (!fs.existsSync(aidDir)) return [];
  const moduleSlugs = new Set(programme.modules.map((m) => m.slug));
  const aids: AidMeta[] = [];
  const problems: string[] = [];
  for (const name of fs
    .readdirSync(aidDir)
    .filter((n) => n.endsWith(".mdx"))
    .sort()) {
    const file = path.join(aidDir, name);
    const rel = path.relative(process.cwd(), file);
    const text = fs.readFileSync(file, "utf8");
    const { data, body } = splitFrontmatter(text, rel);
    const fm = (data ?? {}) as Record<string, unknown>;
    if (fm.print === undefined || fm.print === null) {
      problems.push(`${rel}:1: the job aid has no print view (add print: { paper: A4, orientation: portrait } to the frontmatter)`);
      continue;
    }
    const parsed = aidFrontmatterSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        problems.push(`${rel}:${field ? lineOf(text, new RegExp(`^${field}:`)) : 1}: field "${issue.path.join(".")}": ${issue.message}`);
      }
      continue;
    }
    for (const slug of parsed.data.modules)
      if (!moduleSlugs.has(slug)) problems.push(`${rel}:${lineOf(text, /^modules:/)}: module "${slug}" is not a module in programme.yaml`);
    for (const key of parsed.data.sources)
      if (!programme.sources.has(key)) problems.push(`${rel}:${lineOf(text, /^sources:/)}: source "${key}" is not in content/sources.yaml`);
    const words = body
      .replace(/<[^>]+>/g, " ")
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words > AID_MAX_WORDS) problems.push(`${rel}:1: the job aid has ${words} words; a one-page aid has at most ${AID_MAX_WORDS}`);
    aids.push({ ...parsed.data, slug: name.replace(/\.mdx$/, ""), file });
  }
  if (problems.length) throw new ContentError(problems.join("\n"));
  return aids;
}

let cached: AidMeta[] | undefined;
export function getAids(): AidMeta[] {
  cached ??= readAids();
  return cached;
}
