import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { aidsForModule, readAid } from "~/models/aid.server";
import { getParticipation } from "~/models/cohort.server";
import { readAids } from "~/utils/aids.server";
import { compileAll } from "~/utils/content.server";
import { getProgramme, type Programme } from "~/utils/programme.server";

import { addMember, makeCohort, makeUser } from "../support/factories";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aids-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Just what readAids looks at: which modules and sources exist.
const programme = {
  modules: [{ slug: "veiledning" }],
  sources: new Map([["tveiten-2013", {}]]),
} as unknown as Programme;

function contentWith(name: string, frontmatter: string, body = "Et kort ark.\n") {
  const d = fs.mkdtempSync(path.join(dir, "c-"));
  fs.mkdirSync(path.join(d, "aids"));
  fs.writeFileSync(path.join(d, "aids", name), `---\n${frontmatter}---\n\n${body}`);
  return d;
}

const ok = "title: Avtale\nsummary: En mal for avtalen.\nmodules: [veiledning]\nprint: { paper: A4, orientation: portrait }\n";

describe("the content check of job aids", () => {
  it("accepts an aid with a print view, known modules and known sources", () => {
    const [aid] = readAids(contentWith("avtale.mdx", ok + "sources: [tveiten-2013]\n"), programme);
    expect(aid).toMatchObject({ slug: "avtale", modules: ["veiledning"], print: { paper: "A4", orientation: "portrait" } });
  });

  it("refuses an aid without a print view, naming the file and line", () => {
    const d = contentWith("uten.mdx", ok.replace("print: { paper: A4, orientation: portrait }\n", ""));
    expect(() => readAids(d, programme)).toThrow(/aids\/uten\.mdx:1: the job aid has no print view/);
  });

  it("refuses a print view for paper the print stylesheet does not lay out", () => {
    const d = contentWith("letter.mdx", ok.replace("paper: A4", "paper: Letter"));
    expect(() => readAids(d, programme)).toThrow(/aids\/letter\.mdx:5: field "print\.paper"/);
  });

  it("refuses an unknown module or source, and an aid too long for one page", () => {
    expect(() => readAids(contentWith("m.mdx", ok.replace("[veiledning]", "[finnes-ikke]")), programme)).toThrow(
      /aids\/m\.mdx:4: module "finnes-ikke" is not a module in programme\.yaml/,
    );
    expect(() => readAids(contentWith("s.mdx", ok + "sources: [ukjent-2020]\n"), programme)).toThrow(
      /aids\/s\.mdx:6: source "ukjent-2020" is not in content\/sources\.yaml/,
    );
    expect(() => readAids(contentWith("lang.mdx", ok, "ord ".repeat(500)), programme)).toThrow(
      /aids\/lang\.mdx:1: the job aid has 500 words; a one-page aid has at most 450/,
    );
  });

  it("passes for the programme's seven job aids, which compile with the rest of the content", async () => {
    const aids = readAids();
    expect(aids.map((a) => a.slug).sort()).toEqual([
      "feltveiledning-observasjon",
      "k1-k5-egenvurdering",
      "kvartalsgjennomgang-45",
      "mi-egenrating",
      "sjupunktsmaling",
      "sparringskort",
      "veiledningsavtale",
    ]);
    const compiled = (await compileAll()).map((f) => path.relative(process.cwd(), f.file));
    for (const a of aids) expect(compiled).toContain(`content/aids/${a.slug}.mdx`);
  });
});

describe("job aids for a participant", () => {
  // Week 21 of a cohort that started 29 June 2026: programme month 5.
  const NOW = new Date("2026-11-22T12:00:00+01:00");

  async function participation() {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    const user = await makeUser();
    addMember(cohort.id, user.id, "participant");
    return getParticipation(user.id, NOW)!;
  }

  it("lists a module's aids, and an aid may belong to several modules", () => {
    expect(aidsForModule("veiledning").map((a) => a.slug)).toContain("veiledningsavtale");
    expect(aidsForModule("ny-jobbspesialist").map((a) => a.slug)).toContain("veiledningsavtale");
    expect(aidsForModule("anerkjennelse")).toEqual([]);
  });

  it("opens an aid once its module is open, with the aid's sources from the shared list", async () => {
    const p = await participation();
    const open = await readAid(p, "veiledning", "veiledningsavtale");
    expect(open?.kind).toBe("open");
    if (open?.kind !== "open") return;
    expect(open.sources.map((s) => s.key)).toEqual(["tveiten-2013", "vigso-2023", "ips-kvalitetshandbok", "kvalitetsveileder-uo"]);
    expect(open.sources[0]).toEqual(getProgramme().sources.get("tveiten-2013"));
    // The same aid from a module that opens in month 11 is still locked in month 5.
    expect((await readAid(p, "ny-jobbspesialist", "veiledningsavtale"))?.kind).toBe("locked");
  });

  it("finds nothing for an unknown aid, an unknown module, or an aid of another module", async () => {
    const p = await participation();
    expect(await readAid(p, "veiledning", "finnes-ikke")).toBeNull();
    expect(await readAid(p, "finnes-ikke", "veiledningsavtale")).toBeNull();
    expect(await readAid(p, "psykologisk-trygghet", "veiledningsavtale")).toBeNull();
  });
});
