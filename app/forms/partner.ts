import { z } from "zod";

import { isValidCalendarDate } from "~/utils/programme-time";

export const checkInSchema = z.object({
  intent: z.literal("log"),
  heldOn: z.string({ error: "errors.required" }).refine(isValidCalendarDate, "errors.dateInvalid"),
  minutes: z.coerce
    .number({ error: "errors.minutesRange" })
    .int("errors.minutesRange")
    .min(1, "errors.minutesRange")
    .max(600, "errors.minutesRange"),
  format: z.enum(["in_person", "video", "phone"], { error: "errors.invalidChoice" }),
  topics: z.array(z.string().max(120)).max(20).default([]),
  notes: z.string().trim().max(5_000, "errors.tooLong").default(""),
  nextSteps: z.string().trim().max(2_000, "errors.tooLong").default(""),
});

export const confirmCheckInSchema = z.object({
  intent: z.literal("confirm"),
  checkInId: z.coerce.number().int().positive(),
  reflection: z.string().trim().max(2_000, "errors.tooLong").default(""),
});
