import { z } from "zod";

import { isMonday, isValidCalendarDate } from "~/utils/programme-time";

import { emailField, nameField } from "./fields";

export const newCohortSchema = z.object({
  organisationId: z.coerce.number({ error: "errors.invalidChoice" }).int().positive("errors.invalidChoice"),
  name: nameField,
  startDate: z.string({ error: "errors.required" }).refine(isValidCalendarDate, "errors.dateInvalid").refine(isMonday, "errors.notMonday"),
});

export const cohortSettingsSchema = z.object({
  name: nameField,
  followUpChallengeWeeks: z.coerce
    .number({ error: "errors.numberRange" })
    .int("errors.numberRange")
    .min(1, "errors.numberRange")
    .max(12, "errors.numberRange"),
  followUpCheckInWeeks: z.coerce
    .number({ error: "errors.numberRange" })
    .int("errors.numberRange")
    .min(1, "errors.numberRange")
    .max(12, "errors.numberRange"),
  retentionMonths: z.coerce
    .number({ error: "errors.numberRange" })
    .int("errors.numberRange")
    .min(1, "errors.numberRange")
    .max(120, "errors.numberRange"),
});

/** An optional last day for the invitations (checked against today in the action). */
export const validUntilField = z.string().refine(isValidCalendarDate, "errors.dateInvalid").optional();

export const rosterPreviewSchema = z.object({
  intent: z.literal("preview"),
  role: z.enum(["participant", "owner"], { error: "errors.invalidChoice" }),
  list: z.string().max(200_000, "errors.tooLong").optional(),
  validUntil: validUntilField,
});

/** The preview's rows sent back after the owner fixed some of them (fields name-<i>, email-<i>). */
export const rosterRecheckSchema = z.object({
  intent: z.literal("recheck"),
  role: z.enum(["participant", "owner"], { error: "errors.invalidChoice" }),
  count: z.coerce.number({ error: "errors.invalidChoice" }).int().min(1).max(1000),
  validUntil: validUntilField,
});

export const rosterSendSchema = z.object({
  intent: z.literal("send"),
  role: z.enum(["participant", "owner"], { error: "errors.invalidChoice" }),
  people: z.string().max(300_000),
  validUntil: validUntilField,
});

export const invitationActionSchema = z.object({ intent: z.enum(["resend", "revoke"]), invitationId: z.coerce.number().int().positive() });
export const removeSchema = z.object({
  intent: z.literal("remove"),
  userId: z.coerce.number().int().positive(),
  confirm: z.literal("yes", { error: "errors.confirmRemove" }),
});

export const periodSchema = z
  .object({
    intent: z.literal("propose"),
    fromWeek: z.coerce.number({ error: "errors.weekRange" }).int("errors.weekRange").min(1, "errors.weekRange").max(52, "errors.weekRange"),
    toWeek: z.coerce.number({ error: "errors.weekRange" }).int("errors.weekRange").min(1, "errors.weekRange").max(52, "errors.weekRange"),
  })
  .refine((v) => v.fromWeek <= v.toWeek, { path: ["toWeek"], message: "errors.periodOrder" });

/** An online-meeting link: https only, with a host and no credentials, so a card never links to a script or a plain-text address. */
function isHttpsLinkOrEmpty(s: string) {
  if (s === "") return true;
  try {
    const url = new URL(s);
    return url.protocol === "https:" && !!url.hostname && !url.username && !url.password && !/\s/.test(s);
  } catch {
    return false;
  }
}

const time = z.string({ error: "errors.required" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, "errors.timeInvalid");
const date = z.string({ error: "errors.required" }).refine(isValidCalendarDate, "errors.dateInvalid");

export const gatheringSchema = z.object({
  title: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.titleTooLong"),
  date,
  startTime: time,
  endDate: date,
  endTime: time,
  place: z.string().trim().max(300, "errors.tooLong").default(""),
  agenda: z.string().trim().max(5_000, "errors.tooLong").default(""),
  practical: z.string().trim().max(5_000, "errors.tooLong").default(""),
  onlineUrl: z.string().trim().max(500, "errors.tooLong").refine(isHttpsLinkOrEmpty, "errors.httpsUrl").default(""),
  // Empty means no deadline; whether it falls before the samling is checked with the dates in the model.
  rsvpDeadline: z
    .string()
    .trim()
    .refine((s) => s === "" || isValidCalendarDate(s), "errors.dateInvalid")
    .default(""),
  plannedKey: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional(),
});

export const organisationSchema = z.object({ intent: z.literal("create"), name: nameField });
export const ownerInviteSchema = z.object({
  intent: z.literal("invite-owner"),
  organisationId: z.coerce.number().int().positive(),
  name: nameField,
  email: emailField,
});
