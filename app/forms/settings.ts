import { z } from "zod";

import { passwordField } from "./fields";

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

/** Deleting one's own account: the password again, and a tick to show it is meant. */
export const deleteAccountSchema = z.object({
  password: passwordField,
  confirm: z.literal("yes", { error: "myData.confirmRequired" }),
});
