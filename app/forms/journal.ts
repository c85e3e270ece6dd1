import { z } from "zod";

import { hasControlCharacters } from "~/utils/control-characters";

const noControl = (s: string) => !hasControlCharacters(s, { multiline: true });

export const entrySchema = z.object({
  title: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(200, "errors.titleTooLong")
    .refine(noControl, "errors.invalidCharacters"),
  body: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(20_000, "errors.bodyTooLong")
    .refine(noControl, "errors.invalidCharacters"),
  tags: z
    .string()
    .max(300, "errors.tooLong")
    .optional()
    .refine((s) => !s || s.split(",").every((t) => t.trim().length <= 40), "errors.tagTooLong"),
  challenge: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "errors.invalidChoice")
    .optional(),
});

export const draftSchema = z.object({
  intent: z.literal("draft"),
  draftKey: z.string().regex(/^(new|\d{1,12})$/),
  title: z.string().max(200).default(""),
  body: z.string().max(20_000).default(""),
});

const personId = z.coerce.number({ error: "errors.invalidChoice" }).int("errors.invalidChoice").positive("errors.invalidChoice");

/** Share with the chosen people of one's current partnership (one checkbox each, or one hidden field for a pair). */
export const shareSchema = z.object({
  intent: z.literal("share"),
  recipient: z.array(personId, { error: "errors.chooseRecipient" }).min(1, "errors.chooseRecipient").max(10, "errors.invalidChoice"),
});
/** Take the entry back from one person. */
export const revokeSchema = z.object({ intent: z.literal("revoke"), recipient: personId });
export const deleteSchema = z.object({ intent: z.literal("delete"), confirm: z.literal("yes", { error: "errors.confirmDelete" }) });

export const journalFilterSchema = z.object({
  q: z.string().max(200).optional(),
  source: z.enum(["free", "module_prompt", "challenge"]).optional().catch(undefined),
  tag: z.string().max(40).optional(),
});

/** A word back on a shared entry (by the person it is shared with, or the author). */
export const commentSchema = z.object({
  intent: z.literal("comment"),
  entryId: z.coerce.number({ error: "errors.invalidChoice" }).int("errors.invalidChoice").positive("errors.invalidChoice"),
  body: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(1_000, "errors.tooLong")
    .refine(noControl, "errors.invalidCharacters"),
});
export const deleteCommentSchema = z.object({
  intent: z.literal("delete-comment"),
  commentId: z.coerce.number({ error: "errors.invalidChoice" }).int("errors.invalidChoice").positive("errors.invalidChoice"),
});

/** «Forkast utkastet»: throws away the saved draft of the form it is part of. */
export const discardDraftSchema = z.object({ discard: z.literal("draft") });
