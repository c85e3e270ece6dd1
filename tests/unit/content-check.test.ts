import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { clearContentMemoryCache, compileAll, compileFile, renderContentHtml } from "~/utils/content.server";
import { ContentError, readProgramme } from "~/utils/programme.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const frontmatter = `---
title: Prøvemodul
summary: En kort modul som bare finnes i testen.
month: 1
estimatedMinutes: 10
learningObjectives: [Du kan en ting, Du kan en annen ting, Du kan en tredje ting]
sources: [vigso-2023, tveiten-2013]
---
`;

function write(name: string, body: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, frontmatter + body);
  return file;
}

async function problem(file: string): Promise<string> {
  try {
    await compileFile(file);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error("expected the content check to fail");
}

describe("the content check", () => {
  it("accepts the components of the content format and finds prompts, headings and words", async () => {
    const file = write(
      "ok.mdx",
      `## Første del\n\nTekst med kilde <Kilde id="vigso-2023" side="12" /> og <Kilde id="tveiten-2013" side="116" gjengittEtter="vigso-2023" />.\n\n<Faktaboks tittel="Fakta">\n\n- en\n- to\n\n</Faktaboks>\n\n### Under\n\n<Refleksjon id="hva-na">Hva gjør du nå?</Refleksjon>\n\n## Kilder\n\n<Kildeliste />\n`,
    );
    const compiled = await compileFile(file);
    expect(compiled.prompts).toEqual([{ id: "hva-na", text: "Hva gjør du nå?" }]);
    expect(compiled.toc.map((h) => [h.depth, h.text])).toEqual([
      [2, "Første del"],
      [3, "Under"],
      [2, "Kilder"],
    ]);
    const html = renderContentHtml(
      compiled,
      [
        { key: "vigso-2023", short: "Vigsø 2023", full: "Vigsø, P. (2023). En masteroppgave.", url: "https://example.org/vigso" },
        { key: "tveiten-2013", short: "Tveiten 2013", full: "Tveiten, S. (2013). En bok.", note: "Sidetall gjengitt etter Vigsø 2023" },
      ],
      ((k: string) => k) as never,
      "nb",
    );
    expect(html).toContain('href="#kilde-vigso-2023">Vigsø 2023</a>');
    // A page number from a secondary source names it: (Tveiten 2013, s. 116, gjengitt etter Vigsø 2023).
    expect(html).toMatch(
      /<a href="#kilde-tveiten-2013">Tveiten 2013<\/a>, content\.page, contentSources\.via <a href="#kilde-vigso-2023">Vigsø 2023<\/a>\)/,
    );
    // The reference list is the shared entries, web addresses as links, notes shown.
    expect(html).toContain('<li id="kilde-vigso-2023">Vigsø, P. (2023). En masteroppgave. <a href="https://example.org/vigso">');
    expect(html).toContain("contentSources.note: Sidetall gjengitt etter Vigsø 2023");
    expect(html).toContain('data-reflection-slot="hva-na"');
    expect(html).toContain(`id="${compiled.toc[0]!.id}"`);
    expect(compiled.toc[0]!.id).toBe("første-del");
  });

  it("names file and line of an unknown component", async () => {
    const file = write("unknown.mdx", `Første linje.\n\n<Video src="x" />\n`);
    expect(await problem(file)).toMatch(/unknown\.mdx:11: unknown component <Video>/);
  });

  it("names a missing required prop", async () => {
    const file = write("missing.mdx", `<Faktaboks>\n\nTekst\n\n</Faktaboks>\n`);
    expect(await problem(file)).toMatch(/missing\.mdx:9: <Faktaboks> is missing the prop "tittel"/);
  });

  it("refuses a citation of a source that is not in the shared list, naming file and line", async () => {
    const file = write("cite.mdx", `Tekst <Kilde id="ukjent" />.\n\nOg <Kilde id="vigso-2023" gjengittEtter="ukjent-2" />.\n`);
    const message = await problem(file);
    expect(message).toMatch(/cite\.mdx:9: <Kilde id="ukjent"> names a source that is not in content\/sources\.yaml/);
    expect(message).toMatch(/cite\.mdx:11: <Kilde gjengittEtter="ukjent-2"> names a source that is not in content\/sources\.yaml/);
  });

  it("refuses a citation of a listed source the module's frontmatter does not name", async () => {
    const file = write("cite-module.mdx", `Tekst <Kilde id="edmondson-1999" />.\n`);
    expect(await problem(file)).toMatch(
      /cite-module\.mdx:9: <Kilde id="edmondson-1999"> names a source that is not in the frontmatter's sources/,
    );
  });

  it("refuses duplicate reflection ids and code in content", async () => {
    expect(await problem(write("dup.mdx", `<Refleksjon id="a">En?</Refleksjon>\n\n<Refleksjon id="a">To?</Refleksjon>\n`))).toMatch(
      /used twice/,
    );
    expect(await problem(write("esm.mdx", `import x from "y"\n\nTekst\n`))).toMatch(/esm\.mdx:9: code and expressions are not allowed/);
  });

  /** A programme folder with one module whose frontmatter is `moduleFrontmatter`. */
  function programmeWith(moduleFrontmatter: string, sourcesYaml = fs.readFileSync("content/sources.yaml", "utf8")) {
    const bad = fs.mkdtempSync(path.join(dir, "prog-"));
    fs.mkdirSync(path.join(bad, "modules", "a"), { recursive: true });
    fs.mkdirSync(path.join(bad, "challenges"));
    fs.writeFileSync(
      path.join(bad, "programme.yaml"),
      "slug: x\ntitle: X\nweeks: 52\ncheckInEveryWeeks: 2\nholidays: []\nmodules: [{ slug: a, month: 1 }]\nsamlinger: [{ key: s, week: 1, title: S, days: 1, purpose: P }]\nchallenges: {}\n",
    );
    fs.writeFileSync(path.join(bad, "sources.yaml"), sourcesYaml);
    fs.writeFileSync(path.join(bad, "modules", "a", "index.mdx"), moduleFrontmatter + "Tekst.\n");
    return bad;
  }

  it("names the field of bad frontmatter", () => {
    expect(() => readProgramme(programmeWith(frontmatter.replace("estimatedMinutes: 10", "estimatedMinutes: tjue")))).toThrow(
      /modules\/a\/index\.mdx: field "estimatedMinutes"/,
    );
  });

  it("names file and line of a source key the shared list does not have", () => {
    const bad = programmeWith(frontmatter.replace("sources: [vigso-2023, tveiten-2013]", "sources:\n  - vigso-2023\n  - tveiten-2031"));
    expect(() => readProgramme(bad)).toThrow(/modules\/a\/index\.mdx:9: source "tveiten-2031" is not in content\/sources\.yaml/);
  });

  it("names file and line of a module without sources", () => {
    expect(() => readProgramme(programmeWith(frontmatter.replace("sources: [vigso-2023, tveiten-2013]", "sources: []")))).toThrow(
      /modules\/a\/index\.mdx:7: the module names no sources/,
    );
    expect(() => readProgramme(programmeWith(frontmatter.replace("sources: [vigso-2023, tveiten-2013]\n", "")))).toThrow(
      /modules\/a\/index\.mdx:1: the module names no sources/,
    );
  });

  it("refuses a key used twice in the shared list, and an entry without its full reference", () => {
    const twice =
      "- key: a-2020\n  short: A 2020\n  full: A. (2020). En bok.\n- key: a-2020\n  short: A 2020\n  full: A. (2020). En bok.\n";
    expect(() => readProgramme(programmeWith(frontmatter, twice))).toThrow(/sources\.yaml:4: the key "a-2020" is used twice/);
    expect(() => readProgramme(programmeWith(frontmatter, "- key: b-2020\n  short: B 2020\n"))).toThrow(/sources\.yaml: field "0\.full"/);
  });

  it("passes for the whole programme in content/", async () => {
    const files = await compileAll();
    expect(files.length).toBeGreaterThanOrEqual(52);
  });
});

describe("the compile cache", () => {
  it("compiles once per content: memory first, then disk, recompiling only when the text changes", async () => {
    const file = write("cache.mdx", `Hei.\n`);
    const first = await compileFile(file);
    expect(await compileFile(file)).toBe(first); // memory
    const diskFile = path.resolve(".cache/content", `${first.hash}.json`);
    expect(fs.existsSync(diskFile)).toBe(true);
    // Mark the disk entry: reading it back proves the compiler was not run again.
    fs.writeFileSync(diskFile, JSON.stringify({ ...first, code: "/* from disk */" }));
    clearContentMemoryCache();
    expect((await compileFile(file)).code).toBe("/* from disk */");
    fs.writeFileSync(file, frontmatter + "Endret.\n");
    const changed = await compileFile(file);
    expect(changed.hash).not.toBe(first.hash);
    expect(changed.code).not.toBe("/* from disk */");
    fs.rmSync(diskFile);
  });
});
