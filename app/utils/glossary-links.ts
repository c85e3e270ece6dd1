// rehype plugin: links the first use of each glossary term in a text to its entry on /ordliste.
// Runs in the MDX pipeline at compile time (content.server.ts), so authors never link by hand and
// a new term is linked everywhere on the next build. See docs/decisions/021.

export type GlossaryMatcher = { id: string; forms: string[] };

type HastNode = {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

// Headings, links and code stay as written; citations, reference lists and reflection prompts too
// (a prompt is the reader's question, and its text is also the journal entry's title).
const SKIP_TAGS = new Set(["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"]);
const SKIP_COMPONENTS = new Set(["Kilde", "Kildeliste", "Refleksjon"]);

// Bokmål endings a lower-case term may carry and still count as a use: treningspartneren, teameiere.
const ENDINGS = "(?:en|et|ne|ene|er|ere|erne|e|s|ens|ets|enes|ernes)?";

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regular expression per term: any of its forms, as a whole word. */
export function termPattern(forms: string[]): RegExp {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) => {
      const lower = form === form.toLowerCase() && /^\p{Ll}/u.test(form);
      // A lower-case word may open a sentence; abbreviations and names match as written.
      const head = lower ? `[${form[0]}${form[0]!.toUpperCase()}]${escapeRegExp(form.slice(1))}` : escapeRegExp(form);
      return lower ? `${head}${ENDINGS}` : head;
    });
  return new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}]|-\\p{L})`, "u");
}

function skipped(node: HastNode): boolean {
  if (node.type === "element" && node.tagName && SKIP_TAGS.has(node.tagName)) return true;
  if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && SKIP_COMPONENTS.has(node.name)) return true;
  return false;
}

/**
 * Links the first use of each term, in reading order, to `${href}#${id}`. Each term is linked once
 * per document; later uses stay plain text.
 */
export function rehypeGlossaryLinks(options: { terms: GlossaryMatcher[]; href: string }) {
  const patterns = options.terms.map((t) => ({ id: t.id, re: termPattern(t.forms) }));
  return () => (tree: HastNode) => {
    const linked = new Set<string>();
    const walk = (node: HastNode) => {
      if (!node.children || skipped(node)) return;
      const out: HastNode[] = [];
      for (const child of node.children) {
        if (child.type === "text" && typeof child.value === "string") out.push(...linkText(child.value));
        else {
          walk(child);
          out.push(child);
        }
      }
      node.children = out;
    };
    const linkText = (text: string): HastNode[] => {
      // The earliest match of a term that is not linked yet; the rest of the text is searched again.
      let best: { id: string; index: number; match: string } | null = null;
      for (const p of patterns) {
        if (linked.has(p.id)) continue;
        const m = p.re.exec(text);
        if (m && (!best || m.index < best.index)) best = { id: p.id, index: m.index, match: m[0] };
      }
      if (!best) return text ? [{ type: "text", value: text }] : [];
      linked.add(best.id);
      const before = text.slice(0, best.index);
      const after = text.slice(best.index + best.match.length);
      return [
        ...(before ? [{ type: "text", value: before }] : []),
        {
          type: "element",
          tagName: "a",
          properties: { href: `${options.href}#${best.id}`, className: ["glossary-term"] },
          children: [{ type: "text", value: best.match }],
        },
        ...linkText(after),
      ];
    };
    walk(tree);
  };
}
