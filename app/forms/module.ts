import { z } from "zod";

export const REFLECTION_MAX = 20_000;

export const reflectionSchema = z.object({
  intent: z.literal("reflect"),
  promptId: z
    .string({ error: "errors.required" })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "errors.invalidChoice")
    .max(100),
  body: z
    .string({ error: "errors.reflectionEmpty" })
    .trim()
    .min(1, "errors.reflectionEmpty")
    .max(REFLECTION_MAX, "errors.reflectionTooLong"),
});

export const completionSchema = z.object({ intent: z.enum(["complete", "uncomplete"]) });
