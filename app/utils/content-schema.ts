// The shapes of the programme's content files (docs/content-format.md). Shared by the loader,
// the content check in `npm test` and the seed.
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");

export const programmeSchema = z.object({
  slug,
  title: z.string().min(1),
  weeks: z.literal(52),
  checkInEveryWeeks: z.number().int().min(1).max(8),
  holidays: z.array(z.object({ name: z.string().min(1), isoWeeks: z.array(z.number().int().min(1).max(53)).min(1) })),
  modules: z.array(z.object({ slug, month: z.number().int().min(1).max(12) })).min(1),
  samlinger: z
    .array(
      z.object({
        key: slug,
        week: z.number().int().min(1).max(52),
        title: z.string().min(1),
        days: z.number().int().min(1).max(3),
        purpose: z.string().min(1),
      }),
    )
    .min(1),
  challenges: z.record(z.string().regex(/^\d+$/), slug.nullable()),
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
