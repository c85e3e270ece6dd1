// The Årsplan's forms: the cohort's holidays (preview, then save) and moving or swapping a challenge.
import { z } from "zod";

/** "12, 30 31" → [12, 30, 31]; anything but week numbers is refused at the field. */
const weekList = z
  .string()
  .max(200, "errors.tooLong")
  .optional()
  .transform((s, ctx) => {
    const parts = (s ?? "").split(/[\s,;]+/).filter(Boolean);
    if (parts.some((p) => !/^\d{1,2}$/.test(p))) {
      ctx.addIssue({ code: "custom", message: "plan.errors.pauseFormat" });
      return z.NEVER;
    }
    return parts.map(Number);
  });

export const holidaysSchema = z.object({
  intent: z.enum(["preview", "save"], { error: "errors.invalidChoice" }),
  /** "vinterferie:8": a regional break, switched on in one of its ISO weeks. */
  regional: z
    .array(z.string().regex(/^[a-z-]+:\d{1,2}$/, "errors.invalidChoice"))
    .max(8, "errors.invalidChoice")
    .default([])
    .refine((list) => new Set(list.map((v) => v.split(":")[0])).size === list.length, "plan.errors.breakTwice"),
  pauseWeeks: weekList,
});

export const moveSchema = z.object({
  intent: z.enum(["move", "swap"], { error: "errors.invalidChoice" }),
  slug: z.string({ error: "errors.invalidChoice" }).regex(/^[a-z0-9-]{1,80}$/, "errors.invalidChoice"),
  week: z.coerce.number({ error: "errors.weekRange" }).int("errors.weekRange").min(1, "errors.weekRange").max(52, "errors.weekRange"),
});

export const resetSchema = z.object({ intent: z.literal("reset") });
