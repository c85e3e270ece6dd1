import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { compileFile, renderContentHtml } from "~/utils/content.server";
import { readGlossary } from "~/utils/glossary.server";
import { rehypeGlossaryLinks, termPattern } from "~/utils/glossary-links";
import { ContentError } from "~/utils/programme.server";

type Node = { type: string; tagName?: string; name?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const terms = [
  { id: "treningspartner", forms: ["treningspartner"] },
  { id: "deltaker", forms: ["deltaker"] },
  { id: "ips", forms: ["IPS", "individuell jobbstøtte"] },
  { id: "k1-k5", forms: ["K1–K5", "K1", "K2"] },
];

const text = (value: string): Node => ({ type: "text", value });
const el = (tagName: string, ...children: Node[]): Node => ({ type: "element", tagName, properties: {}, children });

function run(tree: Node): Node {
  rehypeGlossaryLinks({ terms, href: "/ordliste" })()(tree as never);
  return tree;
}

/** The tree as compact HTML-like text, so expectations read like the page. */
function show(node: Node): string {
  if (node.type === "text") return node.value!;
  const inner = (node.children ?? []).map(show).join("");
  if (node.type === "root") return inner;
  if (node.tagName === "a") return `[${inner}](${String(node.properties?.href)})`;
  return `<${node.tagName ?? node.name}>${inner}</${node.tagName ?? node.name}>`;
}

describe("the glossary plugin", () => {
  it("links the first use of each term and leaves later uses as text", () => {
    const tree = run({
      type: "root",
      children: [el("p", text("Snakk med treningspartneren om IPS.")), el("p", text("Treningspartneren din og IPS igjen."))],
    });
    expect(show(tree)).toBe(
      "<p>Snakk med [treningspartneren](/ordliste#treningspartner) om [IPS](/ordliste#ips).</p><p>Treningspartneren din og IPS igjen.</p>",
    );
  });

  it("finds a lower-case term with a capital first letter and with bokmål endings, but not inside another word", () => {
    const tree = run({ type: "root", children: [el("p", text("Programdeltakeren er ikke en deltaker. Deltakerne er arbeidssøkerne."))] });
    expect(show(tree)).toBe("<p>Programdeltakeren er ikke en [deltaker](/ordliste#deltaker). Deltakerne er arbeidssøkerne.</p>");
    const capital = run({ type: "root", children: [el("p", text("Treningspartnere møtes."))] });
    expect(show(capital)).toBe("<p>[Treningspartnere](/ordliste#treningspartner) møtes.</p>");
  });

  it("matches abbreviations as written and as whole words only", () => {
    const tree = run({
      type: "root",
      children: [el("p", text("Et IPS-team, tips og K12 er ikke treff, men K1–K5 er det, og ips er det ikke."))],
    });
    expect(show(tree)).toBe("<p>Et IPS-team, tips og K12 er ikke treff, men [K1–K5](/ordliste#k1-k5) er det, og ips er det ikke.</p>");
  });

  it("leaves headings, links, code, citations and reflection prompts alone", () => {
    const tree = run({
      type: "root",
      children: [
        el("h2", text("IPS i praksis")),
        el("p", { ...el("a", text("deltaker")), properties: { href: "/annet" } }, text(" og "), el("code", text("K1"))),
        { type: "mdxJsxFlowElement", name: "Refleksjon", children: [el("p", text("Hva sier treningspartneren?"))] },
        { type: "mdxJsxTextElement", name: "Kilde", children: [text("IPS")] },
        el("p", text("Her: IPS, K1 og treningspartner.")),
      ],
    });
    expect(show(tree)).toBe(
      "<h2>IPS i praksis</h2><p>[deltaker](/annet) og <code>K1</code></p><Refleksjon><p>Hva sier treningspartneren?</p></Refleksjon><Kilde>IPS</Kilde>" +
        "<p>Her: [IPS](/ordliste#ips), [K1](/ordliste#k1-k5) og [treningspartner](/ordliste#treningspartner).</p>",
    );
  });

  it("prefers the longest spelling of a term", () => {
    expect(termPattern(["K1", "K1–K5"]).exec("se K1–K5 nå")?.[0]).toBe("K1–K5");
  });
});

describe("the glossary in the content pipeline", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "glossary-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("links the first use in a compiled module to /ordliste", async () => {
    const file = path.join(dir, "modul.mdx");
    fs.writeFileSync(
      file,
      `---\ntitle: T\nsources: [vigso-2023]\n---\n\n## Feltveiledning\n\nFeltveiledning er viktig. Feltveiledningen gjøres av deg <Kilde id="vigso-2023" />.\n`,
    );
    const html = renderContentHtml(await compileFile(file), [], ((k: string) => k) as never, "nb");
    expect(html).toContain('<h2 id="feltveiledning">Feltveiledning</h2>');
    expect(html).toContain(
      '<a href="/ordliste#feltveiledning" class="glossary-term">Feltveiledning</a> er viktig. Feltveiledningen gjøres',
    );
    expect(html.match(/glossary-term/g)).toHaveLength(1);
  });

  function glossaryWith(yaml: string) {
    const d = fs.mkdtempSync(path.join(dir, "g-"));
    fs.writeFileSync(path.join(d, "glossary.yaml"), yaml);
    return d;
  }
  const entry = (id: string, extra = "") =>
    `- id: ${id}\n  term: ${id}\n  en: ${id}\n  definition: En forklaring som er lang nok.\n${extra}`;

  it("checks the glossary file: ids once, known sources, one owner per spelling, with file and line", () => {
    const keys = new Set(["vigso-2023"]);
    expect(readGlossary(glossaryWith(entry("a") + entry("b", "  sources: [vigso-2023]\n")), keys).terms.map((t) => t.id)).toEqual([
      "a",
      "b",
    ]);
    expect(() => readGlossary(glossaryWith(entry("a") + entry("a")), keys)).toThrow(/glossary\.yaml:1: the id "a" is used twice/);
    expect(() => readGlossary(glossaryWith(entry("a") + entry("b", "  sources: [ukjent-2020]\n")), keys)).toThrow(
      /glossary\.yaml:5: source "ukjent-2020" is not in content\/sources\.yaml/,
    );
    expect(() => readGlossary(glossaryWith(entry("a") + entry("b", "  match: [a]\n")), keys)).toThrow(
      /glossary\.yaml:5: "a" is already a spelling of "a"/,
    );
    expect(() => readGlossary(glossaryWith(entry("a") + "- id: b\n  term: b\n"), keys)).toThrow(ContentError);
  });

  it("reads the programme's glossary with the terms the issue asks for", () => {
    const ids = readGlossary().terms.map((t) => t.id);
    for (const id of [
      "k1-k5",
      "ips-25",
      "ams-uo",
      "kv",
      "ff",
      "euse",
      "oars",
      "darn-cat",
      "dps",
      "teameier",
      "treningspartner",
      "portefoljegjennomgang",
    ])
      expect(ids).toContain(id);
  });
});
