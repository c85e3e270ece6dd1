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

/** What a personal calendar feed can hold; timed events first, the all-day reminders after. */
export const FEED_KINDS = ["samling", "talk", "checkin", "challenge"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** None ticked is a choice too: the feed is then empty until something is ticked again. */
export const calendarKindsSchema = z.object({
  intent: z.literal("calendar-kinds"),
  kinds: z
    .array(z.enum(FEED_KINDS, { error: "errors.invalidChoice" }))
    .max(FEED_KINDS.length)
    .default([]),
});

/** Deleting one's own account: the password again, and a tick to show it is meant. */
export const deleteAccountSchema = z.object({
  password: passwordField,
  confirm: z.literal("yes", { error: "myData.confirmRequired" }),
});
