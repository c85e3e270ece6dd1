import { z } from "zod";

const answer = z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(5_000, "errors.answerTooLong");

// Only "what did I do" is asked for; the other two are there for whoever wants them (issue 19).
const optionalAnswer = z.string().trim().max(5_000, "errors.answerTooLong").optional().default("");

export const completeChallengeSchema = z.object({
  intent: z.literal("complete"),
  did: answer,
  happened: optionalAnswer,
  next: optionalAnswer,
});
export const skipChallengeSchema = z.object({ intent: z.literal("skip"), reason: z.string().trim().max(500, "errors.tooLong").optional() });
export const swapChallengeSchema = z.object({
  intent: z.literal("swap"),
  slug: z.string({ error: "errors.invalidChoice" }).regex(/^[a-z0-9-]{1,80}$/, "errors.invalidChoice"),
});
export const reopenChallengeSchema = z.object({ intent: z.literal("reopen") });
export const setAsideSchema = z.object({ intent: z.literal("set-aside") });
