import { z } from "zod";

import { isValidCalendarDate } from "~/utils/programme-time";

// The owner's actions on one participant (the participant page), one intent each.

export const reminderSchema = z.object({
  intent: z.literal("remind"),
  // A second reminder within a week goes only when the owner ticks this.
  confirm: z.literal("yes", { error: "errors.invalidChoice" }).optional(),
});

export const noteSchema = z.object({
  intent: z.literal("note"),
  body: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(2_000, "errors.tooLong"),
});

const date = z.string({ error: "errors.required" }).refine(isValidCalendarDate, "errors.dateInvalid");

export const statusSchema = z
  .object({
    intent: z.literal("status"),
    kind: z.enum(["leave", "pause", "left"], { error: "errors.invalidChoice" }),
    fromDate: date,
    toDate: z.string().refine(isValidCalendarDate, "errors.dateInvalid").optional(),
  })
  .refine((v) => !v.toDate || v.toDate >= v.fromDate, { path: ["toDate"], message: "followUp.errors.toBeforeFrom" });

export const removeStatusSchema = z.object({
  intent: z.literal("remove-status"),
  statusId: z.coerce.number({ error: "errors.invalidChoice" }).int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** The cohort's reminder text, on the settings page. Empty means the default text. */
export const reminderTemplateSchema = z.object({
  intent: z.literal("template"),
  template: z.string().trim().max(2_000, "errors.tooLong").default(""),
});

/** The owner says the cohort's plan (Årsplan) is checked, on the set-up checklist. */
export const planCheckedSchema = z.object({ intent: z.literal("plan-checked") });
