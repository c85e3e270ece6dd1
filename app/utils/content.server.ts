// Compiles the programme's MDX with mdx-bundler — once per content hash, never per request.
// Compiled code is cached in memory and on disk (.cache/content/), and `npm run build` compiles
// everything ahead of the first visitor. The same pass checks the content: unknown components,
// missing props, citations of sources that are not listed, duplicate reflection ids.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import GithubSlugger from "github-slugger";
import type { TFunction } from "i18next";
import type { bundleMDX as bundleMDXType } from "mdx-bundler";
import { getMDXComponent } from "mdx-bundler/client/index.js";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type rehypeSlugType from "rehype-slug";
import type remarkGfmType from "remark-gfm";
import { visit } from "unist-util-visit";

import { contentComponents, ContentContext, type ContentSource } from "~/components/mdx";

import { getAids } from "./aids.server";
import { getGlossary, GLOSSARY_HREF } from "./glossary.server";
import { rehypeGlossaryLinks } from "./glossary-links";
import { readInstruments } from "./instruments.server";
import { Lru } from "./lru";
import { CONTENT_DIR, ContentError, getProgramme, splitFrontmatter } from "./programme.server";

// The compiler (esbuild, the unified toolchain) is loaded on the first cache miss, not at start:
// a server whose content was compiled by `npm run build` never needs it, and each worker would
// otherwise hold about 14 MB of it (ADR 027).
type Compiler = { bundleMDX: typeof bundleMDXType; remarkGfm: typeof remarkGfmType; rehypeSlug: typeof rehypeSlugType };
let loading: Promise<Compiler> | undefined;
function compiler() {
  loading ??= Promise.all([import("mdx-bundler"), import("remark-gfm"), import("rehype-slug")]).then(([m, g, s]) => ({
    bundleMDX: m.bundleMDX,
    remarkGfm: g.default,
    rehypeSlug: s.default,
  }));
  return loading;
}

type SourceKeys = { shared: Set<string>; module: Set<string> };

/** The components content may use, and the props each requires (docs/content-format.md). */
export const CONTENT_COMPONENTS: Record<string, { required: string[]; optional: string[] }> = {
  Refleksjon: { required: ["id"], optional: [] },
  Faktaboks: { required: ["tittel"], optional: [] },
  Modell: { required: ["tittel"], optional: [] },
  ProvDette: { required: ["tittel"], optional: [] },
  Kilde: { required: ["id"], optional: ["side", "gjengittEtter"] },
  Kildeliste: { required: [], optional: [] },
  // Lines to write on in a printed job aid (content/aids).
  Skrivelinjer: { required: ["antall"], optional: [] },
};

// Bump when the compiler setup changes, so stale cache entries are not reused.
const COMPILER_VERSION = "4";
const CACHE_DIR = path.resolve(".cache/content");

export type TocItem = { id: string; text: string; depth: 2 | 3 };
export type CompiledContent = {
  hash: string;
  code: string;
  toc: TocItem[];
  /** Reflection prompts in reading order: id and question text. */
  prompts: { id: string; text: string }[];
  words: number;
};

type MdxJsxNode = {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
  position?: { start: { line: number } };
};

function textOf(node: unknown): string {
  const n = node as { value?: string; children?: unknown[] };
  if (typeof n.value === "string") return n.value;
  return (n.children ?? []).map(textOf).join("");
}

/** remark plugin: refuses unknown components and missing or unknown props, naming file and line. */
function checkComponents(file: string, lineOffset: number, sourceKeys: SourceKeys, prompts: { id: string; text: string }[]) {
  return () => (tree: unknown) => {
    const problems: string[] = [];
    visit(tree as never, (node: { type: string }) => {
      // Nodes without a position were added by mdx-bundler itself (its frontmatter export).
      const authored = (node as unknown as MdxJsxNode).position !== undefined;
      if (authored && (node.type === "mdxjsEsm" || node.type === "mdxFlowExpression" || node.type === "mdxTextExpression")) {
        const line = ((node as unknown as MdxJsxNode).position?.start.line ?? 0) + lineOffset;
        problems.push(`${file}:${line}: code and expressions are not allowed in content (${node.type})`);
        return;
      }
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const el = node as unknown as MdxJsxNode;
      const line = (el.position?.start.line ?? 0) + lineOffset;
      const spec = el.name ? CONTENT_COMPONENTS[el.name] : undefined;
      if (!spec) {
        problems.push(
          `${file}:${line}: unknown component <${el.name ?? "fragment"}> (allowed: ${Object.keys(CONTENT_COMPONENTS).join(", ")})`,
        );
        return;
      }
      const props = new Map<string, unknown>();
      for (const a of el.attributes) {
        if (a.type !== "mdxJsxAttribute" || !a.name) problems.push(`${file}:${line}: <${el.name}> may not spread props`);
        else props.set(a.name, a.value);
      }
      for (const name of spec.required)
        if (typeof props.get(name) !== "string" || !(props.get(name) as string).trim())
          problems.push(`${file}:${line}: <${el.name}> is missing the prop "${name}"`);
      for (const name of props.keys())
        if (!spec.required.includes(name) && !spec.optional.includes(name))
          problems.push(`${file}:${line}: <${el.name}> has an unknown prop "${name}"`);
      if (el.name === "Kilde")
        for (const prop of ["id", "gjengittEtter"]) {
          const key = props.get(prop);
          if (typeof key !== "string") continue;
          if (!sourceKeys.shared.has(key))
            problems.push(`${file}:${line}: <Kilde ${prop}="${key}"> names a source that is not in content/sources.yaml`);
          else if (!sourceKeys.module.has(key))
            problems.push(`${file}:${line}: <Kilde ${prop}="${key}"> names a source that is not in the frontmatter's sources`);
        }
      if (el.name === "Refleksjon" && typeof props.get("id") === "string") {
        const id = props.get("id") as string;
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${file}:${line}: <Refleksjon id="${id}"> must be kebab-case`);
        if (prompts.some((p) => p.id === id)) problems.push(`${file}:${line}: <Refleksjon id="${id}"> is used twice`);
        prompts.push({ id, text: textOf(el).trim() });
      }
    });
    if (problems.length) throw new ContentError(problems.join("\n"));
  };
}

function tableOfContents(body: string): TocItem[] {
  const slugger = new GithubSlugger();
  const toc: TocItem[] = [];
  let fenced = false;
  for (const line of body.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const m = !fenced && /^(#{2,3})\s+(.+?)\s*#*$/.exec(line);
    if (m) {
      const text = m[2]!.replace(/[*_`]/g, "");
      toc.push({ id: slugger.slug(text), text, depth: m[1]!.length as 2 | 3 });
    }
  }
  return toc;
}

function countWords(body: string): number {
  return body
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const memory = new Map<string, CompiledContent>();
// Per file and modification time, so a warm request costs one stat, not a read and a hash.
const byFile = new Map<string, { mtimeMs: number; size: number; compiled: CompiledContent }>();

/** Compiles one MDX file (cached by the hash of its text). Throws ContentError naming file and line. */
export async function compileFile(file: string): Promise<CompiledContent> {
  const stat = fs.statSync(file);
  const known = byFile.get(file);
  if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return known.compiled;
  const compiled = await compileSource(file);
  byFile.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, compiled });
  return compiled;
}

async function compileSource(file: string): Promise<CompiledContent> {
  const source = fs.readFileSync(file, "utf8");
  // Job aids are printed, so their terms stay plain text; modules and challenges link to /ordliste.
  const linksGlossary = path.dirname(path.resolve(file)) !== path.join(CONTENT_DIR, "aids");
  // The check depends on which keys sources.yaml holds, so they are part of the cache key.
  const sharedKeys = [...getProgramme().sources.keys()].sort();
  const hash = crypto
    .createHash("sha256")
    .update(COMPILER_VERSION)
    .update(sharedKeys.join(","))
    .update("\0")
    // Glossary links are made at compile time, so an edited glossary recompiles everything.
    .update(linksGlossary ? getGlossary().text : "")
    .update("\0")
    .update(source)
    .digest("hex")
    .slice(0, 32);
  const hit = memory.get(hash);
  if (hit) return hit;
  const diskFile = path.join(CACHE_DIR, `${hash}.json`);
  if (fs.existsSync(diskFile)) {
    const cached = JSON.parse(fs.readFileSync(diskFile, "utf8")) as CompiledContent;
    memory.set(hash, cached);
    return cached;
  }
  const rel = path.relative(process.cwd(), file);
  const { data, body, bodyLine } = splitFrontmatter(source, rel);
  const keys = (data as { sources?: unknown } | null)?.sources;
  const moduleKeys = new Set(Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : []);
  const prompts: { id: string; text: string }[] = [];
  let code: string;
  try {
    const { bundleMDX, remarkGfm, rehypeSlug } = await compiler();
    ({ code } = await bundleMDX({
      source: body,
      // Problems are reported through the ContentError below, with file and line; not twice on stderr.
      esbuildOptions: (options) => ({ ...options, logLevel: "silent" }),
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          checkComponents(rel, bodyLine - 1, { shared: new Set(sharedKeys), module: moduleKeys }, prompts),
        ];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          ...(linksGlossary ? [rehypeGlossaryLinks({ terms: getGlossary().matchers, href: GLOSSARY_HREF })] : []),
        ];
        return options;
      },
    }));
  } catch (e) {
    if (e instanceof ContentError) throw e;
    const err = e as { errors?: { text: string; location?: { line: number } }[]; message?: string };
    const first = err.errors?.[0];
    throw new ContentError(
      first ? `${rel}:${(first.location?.line ?? 0) + bodyLine - 1}: ${first.text}` : `${rel}: ${err.message ?? String(e)}`,
    );
  }
  const compiled: CompiledContent = { hash, code, toc: tableOfContents(body), prompts, words: countWords(body) };
  memory.set(hash, compiled);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(diskFile, JSON.stringify(compiled));
  return compiled;
}

/** A reflection answered in a module is titled in the journal by its question, so the entries of one module tell apart. */
export function reflectionTitle(promptText: string) {
  return promptText.length > 120 ? `${promptText.slice(0, 117)}…` : promptText;
}

/** Compiles every module and challenge; used by `npm run build` and the content check. */
export async function compileAll(): Promise<{ file: string; words: number }[]> {
  const programme = getProgramme();
  const out: { file: string; words: number }[] = [];
  const problems: string[] = [];
  let aids: string[] = [];
  try {
    getGlossary();
    aids = getAids().map((a) => a.file);
  } catch (e) {
    problems.push((e as Error).message);
  }
  const files = [...programme.modules.map((m) => m.file), ...[...programme.challenges.values()].map((c) => c.file), ...aids];
  for (const file of files) {
    try {
      out.push({ file, words: (await compileFile(file)).words });
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  // Instruments are YAML, not MDX: validating them is the whole check.
  try {
    readInstruments(programme);
  } catch (e) {
    problems.push((e as Error).message);
  }
  if (problems.length) throw new ContentError(problems.join("\n"));
  return out;
}

export function clearContentMemoryCache() {
  memory.clear();
  byFile.clear();
  rendered.clear();
}

// Bounded: a key per content hash, language and source list, so edited content cannot pile up old pages.
const rendered = new Lru<string, string>(300);

/**
 * Renders compiled content to HTML on the server, once per content and language. The browser
 * never evaluates content code (the CSP forbids eval); reflection forms are filled into the
 * slots per reader (app/components/mdx/reflection-form.ts).
 */
export function renderContentHtml(compiled: CompiledContent, sources: ContentSource[], t: TFunction, locale: string): string {
  // The sources are part of the key: an edited entry in sources.yaml shows without a restart.
  const key = `${compiled.hash}:${locale}:${crypto.createHash("sha256").update(JSON.stringify(sources)).digest("hex").slice(0, 16)}`;
  return rendered.getOrSet(key, () => {
    const Component = getMDXComponent(compiled.code);
    return renderToStaticMarkup(
      createElement(
        ContentContext.Provider,
        { value: { sources, t } },
        createElement(Component, { components: contentComponents as never }),
      ),
    );
  });
}
