import { z } from "zod";

export const rsvpSchema = z.object({
  gatheringId: z.coerce.number().int().positive(),
  answer: z.enum(["attending", "not_attending"], { error: "errors.invalidChoice" }),
  apology: z.string().trim().max(500, "errors.tooLong").optional(),
});
