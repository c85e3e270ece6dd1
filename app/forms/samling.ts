import { z } from "zod";

/** The owner's buttons on a samling: remind those who have not answered, or mark everyone present. */
export const samlingActionSchema = z.object({ intent: z.enum(["rsvp-reminder", "all-attended"], { error: "errors.invalidChoice" }) });

/** Cancelling a samling: an optional message to the participants, and a confirmation it is meant. */
export const cancelSamlingSchema = z.object({
  intent: z.literal("cancel"),
  message: z.string().trim().max(1_000, "errors.tooLong").default(""),
  confirm: z.literal("yes", { error: "errors.confirmCancel" }),
});
