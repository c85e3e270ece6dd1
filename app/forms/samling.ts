import { z } from "zod";

/** The owner's buttons on a samling: remind those who have not answered, or mark everyone present. */
export const samlingActionSchema = z.object({ intent: z.enum(["rsvp-reminder", "all-attended"], { error: "errors.invalidChoice" }) });
