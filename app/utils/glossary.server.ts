// Loads content/glossary.yaml: the programme's terms for /ordliste and for linking each term's
// first use in every module (glossary-links.ts). Checked like the rest of the content: a bad
// entry fails `npm run build` and `npm test` with file and line.
import fs from "node:fs";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { glossarySchema, type GlossaryTerm } from "./content-schema";
import type { GlossaryMatcher } from "./glossary-links";
import { CONTENT_DIR, ContentError, getProgramme, lineOf } from "./programme.server";

export const GLOSSARY_HREF = "/ordliste";

export type Glossary = { terms: GlossaryTerm[]; matchers: GlossaryMatcher[]; text: string };

export function readGlossary(dir = CONTENT_DIR, sourceKeys: Set<string> = new Set(getProgramme().sources.keys())): Glossary {
  const file = path.join(dir, "glossary.yaml");
  const rel = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) throw new ContentError(`${rel}: missing (the programme's glossary)`);
  const text = fs.readFileSync(file, "utf8");
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new ContentError(`${rel}: not valid YAML: ${(e as Error).message}`);
  }
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const index = typeof issue.path[0] === "number" ? issue.path[0] : -1;
    const line = index >= 0 ? lineOf(text, /^- /, nthEntryLine(text, index)) : 1;
    throw new ContentError(`${rel}:${line}: field "${issue.path.slice(1).join(".") || "(entry)"}": ${issue.message}`);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const formOwner = new Map<string, string>();
  for (const term of parsed.data) {
    const line = lineOf(text, new RegExp(`^- id:\\s*${term.id}\\s*$`));
    if (seen.has(term.id)) problems.push(`${rel}:${line}: the id "${term.id}" is used twice`);
    seen.add(term.id);
    for (const key of term.sources)
      if (!sourceKeys.has(key)) problems.push(`${rel}:${line}: source "${key}" is not in content/sources.yaml`);
    for (const form of term.match ?? [term.term]) {
      const owner = formOwner.get(form);
      if (owner && owner !== term.id) problems.push(`${rel}:${line}: "${form}" is already a spelling of "${owner}"`);
      formOwner.set(form, term.id);
    }
  }
  if (problems.length) throw new ContentError(problems.join("\n"));
  return {
    terms: [...parsed.data].sort((a, b) => a.term.localeCompare(b.term, "nb")),
    matchers: parsed.data.map((t) => ({ id: t.id, forms: t.match ?? [t.term] })),
    text,
  };
}

/** The 0-based line index where entry `index` of the top-level list starts. */
function nthEntryLine(text: string, index: number): number {
  const lines = text.split("\n");
  let count = -1;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.startsWith("- ") && ++count === index) return i;
  return 0;
}

let cached: Glossary | undefined;
export function getGlossary(): Glossary {
  cached ??= readGlossary();
  return cached;
}

/** The glossary as /ordliste shows it: sorted by term, with the short names of its sources. */
export function glossaryEntries(glossary = getGlossary(), programme = getProgramme()) {
  return glossary.terms.map((t) => ({
    id: t.id,
    term: t.term,
    en: t.en,
    definition: t.definition,
    sources: t.sources.map((key) => programme.sources.get(key)?.short ?? key),
  }));
}
