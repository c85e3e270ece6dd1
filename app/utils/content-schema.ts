// The shapes of the programme's content files (docs/content-format.md). Shared by the loader,
// the content check in `npm test` and the seed.
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");

const planItem = z.union([z.object({ core: slug }).strict(), z.object({ optional: slug }).strict()]);

export const programmeSchema = z.object({
  slug,
  title: z.string().min(1),
  weeks: z.literal(52),
  checkInEveryWeeks: z.number().int().min(1).max(8),
  regionalBreaks: z
    .array(z.object({ key: slug, name: z.string().min(1), isoWeeks: z.array(z.number().int().min(1).max(53)).min(1) }))
    .default([]),
  modules: z.array(z.object({ slug, month: z.number().int().min(1).max(12), challenges: z.array(planItem).min(1) })).min(1),
  review: z.object({ month: z.number().int().min(1).max(12), challenges: z.array(planItem) }).optional(),
  anchored: z.array(z.object({ slug, week: z.number().int().min(1).max(52), window: z.number().int().min(0).max(8) })).default([]),
  retired: z.array(z.object({ slug, reason: z.string().min(10) })).default([]),
  samlinger: z
    .array(
      z.object({
        key: slug,
        week: z.number().int().min(1).max(52),
        window: z.tuple([z.number().int().min(1).max(52), z.number().int().min(1).max(52)]),
        title: z.string().min(1),
        days: z.number().int().min(1).max(3),
        purpose: z.string().min(1),
      }),
    )
    .min(1),
});

/** One entry of content/sources.yaml, the programme's single list of sources (docs/decisions/020). */
export const sourceSchema = z.object({
  key: slug,
  short: z.string().min(1),
  full: z.string().min(10),
  url: z
    .string()
    .regex(/^https:\/\/\S+$/, "must be an https:// address")
    .optional(),
  /** For the reader, e.g. «Sidetall gjengitt etter Vigsø 2023» or «Ikke kontrollert mot originalen». */
  note: z.string().min(5).optional(),
});

export const sourcesFileSchema = z.array(sourceSchema).min(1);

export const moduleFrontmatterSchema = z.object({
  title: z.string().min(1).max(120),
  summary: z.string().min(20).max(400),
  month: z.number().int().min(1).max(12),
  estimatedMinutes: z.number().int().min(5).max(120),
  learningObjectives: z.array(z.string().min(5)).min(3).max(6),
  /** Keys into content/sources.yaml; every module names at least one. */
  sources: z.array(slug).min(1, "a module needs at least one source"),
});

export const challengeFrontmatterSchema = z.object({
  title: z.string().min(1).max(120),
  module: slug,
  minutes: z.number().int().min(30).max(60),
  summary: z.string().min(10).max(300),
  reflection: z.array(z.string().min(5)).min(2).max(3),
});

export type Source = z.infer<typeof sourceSchema>;
export type ProgrammeArc = z.infer<typeof programmeSchema>;
export type ModuleFrontmatter = z.infer<typeof moduleFrontmatterSchema>;
export type ChallengeFrontmatter = z.infer<typeof challengeFrontmatterSchema>;

// An instrument (content/instruments/<slug>.yaml): a questionnaire the programme offers at set
// points. Offered "when" is said relative to the programme (a samling key or a programme week),
// never in calendar dates.
const instrumentItem = z.object({
  id: slug,
  /** Short label for tables and charts ("K1 Kapasitet"). */
  label: z.string().min(1).max(40),
  text: z.string().min(5).max(400),
  /** What each point on the scale looks like in practice (self-assessment); keys are scale values. */
  anchors: z.record(z.string().regex(/^\d$/), z.string().min(5).max(300)).optional(),
  /** The counterpart for teams working by Arbeid med støtte (AMS), where it differs. */
  ams: z.string().min(5).max(400).optional(),
  reverse: z.boolean().default(false),
});

const occasion = z
  .object({
    key: slug,
    label: z.string().min(1).max(40),
    /** The anchor: a samling of programme.yaml, or a programme week. */
    samling: slug.optional(),
    week: z.number().int().min(1).max(52).optional(),
    /** Weeks before and after the anchor week during which it is open. */
    opensWeeksBefore: z.number().int().min(0).max(12).default(0),
    closesWeeksAfter: z.number().int().min(0).max(12),
  })
  .refine((o) => (o.samling === undefined) !== (o.week === undefined), "give either samling or week");

export const instrumentSchema = z
  .object({
    title: z.string().min(1).max(120),
    /** "self": a participant answers for themselves, privately. "team": the leader's team answers anonymously. */
    audience: z.enum(["self", "team"]),
    intro: z.string().min(20).max(1200),
    /** Said above the questions, e.g. that this is for learning and not a fidelity score. */
    caveat: z.string().min(10).max(600),
    scale: z.object({
      min: z.literal(1),
      max: z.number().int().min(3).max(7),
      minLabel: z.string().min(1).max(60),
      maxLabel: z.string().min(1).max(60),
    }),
    items: z.array(instrumentItem).min(1).max(20),
    /** A private free-text note per item ("what would move me one step"); self-assessments only. */
    notePrompt: z.string().min(5).max(200).optional(),
    /** Fewest answers before anything computed from other people's answers is shown. */
    minAnswers: z.number().int().min(5).max(50),
    occasions: z.array(occasion).min(1).max(6),
  })
  .superRefine((inst, ctx) => {
    const ids = new Set<string>();
    for (const [i, item] of inst.items.entries()) {
      if (ids.has(item.id)) ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `item id "${item.id}" is used twice` });
      ids.add(item.id);
      for (const key of Object.keys(item.anchors ?? {})) {
        const v = Number(key);
        if (v < inst.scale.min || v > inst.scale.max)
          ctx.addIssue({ code: "custom", path: ["items", i, "anchors", key], message: "anchor outside the scale" });
      }
    }
    const keys = new Set<string>();
    for (const [i, o] of inst.occasions.entries()) {
      if (keys.has(o.key)) ctx.addIssue({ code: "custom", path: ["occasions", i, "key"], message: `occasion "${o.key}" is used twice` });
      keys.add(o.key);
    }
    if (inst.audience === "team" && inst.notePrompt)
      ctx.addIssue({ code: "custom", path: ["notePrompt"], message: "a team instrument takes no free text: it could identify someone" });
  });

export type InstrumentDefinition = z.infer<typeof instrumentSchema>;

/** A one-page job aid (content/aids/<slug>.mdx), printed from the modules it names. */
export const aidFrontmatterSchema = z.object({
  title: z.string().min(1).max(120),
  summary: z.string().min(10).max(300),
  modules: z.array(slug).min(1),
  // The print view: the paper the aid is laid out for. The content check refuses an aid without it.
  print: z.object({ paper: z.literal("A4"), orientation: z.enum(["portrait", "landscape"]) }),
  sources: z.array(slug).default([]),
});

/** content/glossary.yaml: the programme's terms, each linked from its first use in every module. */
export const glossarySchema = z
  .array(
    z.object({
      id: slug,
      term: z.string().min(1),
      en: z.string().min(1),
      // The spellings that count as a use of the term in the text (the term itself if left out).
      match: z.array(z.string().min(1)).optional(),
      definition: z.string().min(20),
      sources: z.array(slug).default([]),
    }),
  )
  .min(1);

export type AidFrontmatter = z.infer<typeof aidFrontmatterSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>[number];
