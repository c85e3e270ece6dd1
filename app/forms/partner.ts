import { z } from "zod";

import { hasControlCharacters } from "~/utils/control-characters";
import { isValidCalendarDate } from "~/utils/programme-time";

const checkInId = z.coerce.number({ error: "errors.invalidChoice" }).int("errors.invalidChoice").positive("errors.invalidChoice");

// What a conversation is: when, how long, how, about what. Shared by logging and editing.
const conversation = {
  heldOn: z.string({ error: "errors.required" }).refine(isValidCalendarDate, "errors.dateInvalid"),
  minutes: z.coerce
    .number({ error: "errors.minutesRange" })
    .int("errors.minutesRange")
    .min(1, "errors.minutesRange")
    .max(600, "errors.minutesRange"),
  format: z.enum(["in_person", "video", "phone"], { error: "errors.invalidChoice" }),
  topics: z.array(z.string().max(120)).max(20).default([]),
  // A topic of one's own, beside the programme's.
  otherTopic: z
    .string()
    .trim()
    .max(80, "errors.tooLong")
    .refine((s) => !hasControlCharacters(s), "errors.invalidCharacters")
    .default(""),
  notes: z.string().trim().max(5_000, "errors.tooLong").default(""),
  nextSteps: z.string().trim().max(2_000, "errors.tooLong").default(""),
};

// A conversation with neither a topic nor a word about it is a click, not a conversation.
const notEmpty = (v: { topics: string[]; otherTopic: string; notes: string }, ctx: z.RefinementCtx) => {
  if (!v.topics.length && !v.otherTopic && !v.notes) ctx.addIssue({ code: "custom", path: ["topics"], message: "errors.checkInEmpty" });
};

export const checkInSchema = z.object({ intent: z.literal("log"), ...conversation }).superRefine(notEmpty);
export const editCheckInSchema = z.object({ intent: z.literal("edit"), checkInId, ...conversation }).superRefine(notEmpty);
export const deleteCheckInSchema = z.object({ intent: z.literal("delete"), checkInId });
export const amendCheckInSchema = z.object({
  intent: z.literal("amend"),
  checkInId,
  text: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(2_000, "errors.tooLong"),
});

export const confirmCheckInSchema = z.object({
  intent: z.literal("confirm"),
  checkInId,
  reflection: z.string().trim().max(2_000, "errors.tooLong").default(""),
});

/** The topics as stored: the chosen programme topics, and one's own as "free:<text>". */
export function topicsOf(v: { topics: string[]; otherTopic: string }): string[] {
  return [...new Set(v.topics), ...(v.otherTopic ? [`free:${v.otherTopic}`] : [])];
}

/** Propose (or move) the next conversation. */
export const planTalkSchema = z.object({
  intent: z.literal("plan"),
  date: z.string({ error: "errors.required" }).refine(isValidCalendarDate, "errors.dateInvalid"),
  time: z.string({ error: "errors.required" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "errors.timeInvalid"),
  minutes: z.coerce
    .number({ error: "errors.talkMinutesRange" })
    .int("errors.talkMinutesRange")
    .min(5, "errors.talkMinutesRange")
    .max(240, "errors.talkMinutesRange"),
  place: z
    .string()
    .trim()
    .max(300, "errors.tooLong")
    .refine((s) => !hasControlCharacters(s), "errors.invalidCharacters")
    .default(""),
});
export const cancelTalkSchema = z.object({ intent: z.literal("cancel-plan") });
