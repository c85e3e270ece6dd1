import { z } from "zod";

const box = z.preprocess((v) => v === "on", z.boolean());

/** Unticked checkboxes are simply absent from the form: absent means no. */
export const mailPrefsSchema = z.object({
  intent: z.literal("mail"),
  mailWeekly: box,
  mailCheckIn: box,
  mailSamling: box,
  mailOwnerSummary: box,
});

export const calendarSchema = z.object({ intent: z.literal("calendar") });
