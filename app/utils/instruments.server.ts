// Loads the instruments of content/instruments/*.yaml, validated and cross-checked against the
// programme (a samling an occasion names must exist). The one place that turns "when it is
// offered" into programme weeks and calendar dates for a cohort.
import fs from "node:fs";
import path from "node:path";

import { parse as parseYaml } from "yaml";

import { type InstrumentDefinition, instrumentSchema } from "./content-schema";
import { CONTENT_DIR, ContentError, getProgramme, type Programme } from "./programme.server";
import { addDays, programmeWeekOfDate, weekStartDate } from "./programme-time";

export type Instrument = InstrumentDefinition & { slug: string };
export type Occasion = Instrument["occasions"][number];
export type OccasionWindow = { key: string; label: string; fromWeek: number; toWeek: number; opensOn: string; closesOn: string };

const rel = (file: string) => path.relative(process.cwd(), file);

export function readInstruments(programme: Programme, dir = CONTENT_DIR): Map<string, Instrument> {
  const folder = path.join(dir, "instruments");
  const out = new Map<string, Instrument>();
  if (!fs.existsSync(folder)) return out;
  const samlinger = new Set(programme.arc.samlinger.map((s) => s.key));
  const problems: string[] = [];
  for (const name of fs
    .readdirSync(folder)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    const file = path.join(folder, name);
    const slug = name.replace(/\.yaml$/, "");
    let data: unknown;
    try {
      data = parseYaml(fs.readFileSync(file, "utf8"));
    } catch (e) {
      problems.push(`${rel(file)}: not valid YAML: ${(e as Error).message}`);
      continue;
    }
    const parsed = instrumentSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(`${rel(file)}: ${parsed.error.issues.map((i) => `field "${i.path.join(".") || "(root)"}": ${i.message}`).join("; ")}`);
      continue;
    }
    for (const o of parsed.data.occasions)
      if (o.samling && !samlinger.has(o.samling))
        problems.push(`${rel(file)}: occasion "${o.key}" names samling "${o.samling}", which is not in programme.yaml`);
    out.set(slug, { ...parsed.data, slug });
  }
  if (problems.length) throw new ContentError(problems.join("\n"));
  return out;
}

let cached: Map<string, Instrument> | undefined;
export function getInstruments(): Map<string, Instrument> {
  cached ??= readInstruments(getProgramme());
  return cached;
}

export function getInstrument(slug: string): Instrument | null {
  return getInstruments().get(slug) ?? null;
}

export function instrumentsFor(audience: Instrument["audience"]): Instrument[] {
  return [...getInstruments().values()].filter((i) => i.audience === audience);
}

/** The anchor week of an occasion: its samling's week in programme.yaml, or the week it names. */
function anchorWeek(occasion: Occasion, programme: Programme): number {
  if (occasion.week) return occasion.week;
  return programme.arc.samlinger.find((s) => s.key === occasion.samling)!.week;
}

/** Each occasion of an instrument for a cohort that starts on `startDate`: weeks and dates it is open. */
export function occasionWindows(instrument: Instrument, startDate: string, programme = getProgramme()): OccasionWindow[] {
  return instrument.occasions.map((o) => {
    const week = anchorWeek(o, programme);
    const fromWeek = Math.max(1, week - o.opensWeeksBefore);
    const toWeek = Math.min(52, week + o.closesWeeksAfter);
    return {
      key: o.key,
      label: o.label,
      fromWeek,
      toWeek,
      opensOn: weekStartDate(startDate, fromWeek),
      closesOn: addDays(weekStartDate(startDate, toWeek), 6),
    };
  });
}

/** The occasion open on a calendar date, or null. */
export function openOccasion(instrument: Instrument, startDate: string, today: string): OccasionWindow | null {
  const week = programmeWeekOfDate(startDate, today);
  return occasionWindows(instrument, startDate).find((w) => w.fromWeek <= week && week <= w.toWeek) ?? null;
}

/** The occasion a measurement taken on `date` belongs to: the open one, else the latest one before it. */
export function occasionOfDate(instrument: Instrument, startDate: string, date: string): OccasionWindow {
  const week = programmeWeekOfDate(startDate, date);
  const windows = occasionWindows(instrument, startDate);
  return windows.find((w) => w.fromWeek <= week && week <= w.toWeek) ?? windows.filter((w) => w.fromWeek <= week).at(-1) ?? windows[0]!;
}

/** The instruments offered at a samling of programme.yaml: for a link from the samling's page. */
export function instrumentsOfSamling(samlingKey: string | null) {
  if (!samlingKey) return [];
  return [...getInstruments().values()]
    .filter((i) => i.occasions.some((o) => o.samling === samlingKey))
    .map((i) => ({ slug: i.slug, title: i.title, to: i.audience === "self" ? `/self-assessment#${i.slug}` : "/pulse" }));
}
