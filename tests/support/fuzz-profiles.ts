// Who posts to each action in the fuzz tests, with which URL parameters and which schemas. The ids
// offered are the actor's own and other people's, so a generated request may aim at someone else.
import { eq } from "drizzle-orm";
import fc from "fast-check";
import type { z } from "zod";

import {
  acceptInvitationSchema,
  changePasswordSchema,
  forgotPasswordSchema,
  languageSchema,
  loginSchema,
  resetPasswordSchema,
} from "~/forms/auth";
import { completeChallengeSchema, reopenChallengeSchema, skipChallengeSchema, swapChallengeSchema } from "~/forms/challenge";
import { rsvpSchema } from "~/forms/gathering";
import { inviteSchema } from "~/forms/invitation";
import { commentSchema, deleteCommentSchema, deleteSchema, draftSchema, entrySchema, revokeSchema, shareSchema } from "~/forms/journal";
import { completionSchema, reflectionSchema } from "~/forms/module";
import { outboxActionSchema } from "~/forms/outbox";
import {
  cohortSettingsSchema,
  gatheringSchema,
  invitationActionSchema,
  newCohortSchema,
  organisationSchema,
  ownerInviteSchema,
  periodSchema,
  removeSchema,
  rosterPreviewSchema,
  rosterSendSchema,
} from "~/forms/owner";
import {
  amendCheckInSchema,
  cancelTalkSchema,
  checkInSchema,
  confirmCheckInSchema,
  deleteCheckInSchema,
  editCheckInSchema,
  planTalkSchema,
} from "~/forms/partner";
import { calendarSchema, deleteAccountSchema, mailPrefsSchema } from "~/forms/settings";
import { removeSsoSchema, ssoConfigSchema } from "~/forms/sso";
import { createInvitation } from "~/models/invitation.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { db, schema } from "~/utils/db.server";

import { addMember, cohortWithPairs, makeUser } from "./factories";

export type Actor = "A" | "ownerA" | "admin" | "anonymous" | "fresh";
export type Profile = {
  actor: Actor;
  params: Record<string, string[]>;
  schemas: z.ZodObject[];
  /** Fields the action reads outside its schemas, and the values that steer it (intents …). */
  extra?: { names?: string[]; choices?: Record<string, string[]> };
};

/** A cohort in its 21st week with A and B as partners, C in another cohort, an owner and an admin. */
export async function buildFuzzWorld() {
  const today = new Date();
  const monday = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - ((today.getUTCDay() + 6) % 7) - 20 * 7),
  );
  const startDate = monday.toISOString().slice(0, 10);
  const { cohort, people } = await cohortWithPairs([[1, 2]], { fromWeek: 14, toWeek: 26 });
  db.update(schema.cohorts).set({ startDate }).where(eq(schema.cohorts.id, cohort.id)).run();
  const [a, b] = people as [(typeof people)[number], (typeof people)[number]];
  const { cohort: other, people: others } = await cohortWithPairs([[1, 2]], { fromWeek: 14, toWeek: 26 });
  db.update(schema.cohorts).set({ startDate }).where(eq(schema.cohorts.id, other.id)).run();
  const c = others[0]!;
  const ownerA = await makeUser({ name: "Eier A" });
  addMember(cohort.id, ownerA.id, "owner");
  const admin = await makeUser({ name: "Admin", isAdmin: true });

  const entry = (userId: number, cohortId: number) =>
    db
      .insert(schema.journalEntries)
      .values({ userId, cohortId, title: "Privat", body: "Privat tekst", updatedAt: new Date() })
      .returning()
      .get().id;
  const gathering = (cohortId: number) =>
    db
      .insert(schema.gatherings)
      .values({
        cohortId,
        title: "Samling",
        startsAt: new Date(Date.now() + 20 * 86_400_000),
        endsAt: new Date(Date.now() + 20 * 86_400_000 + 7 * 3_600_000),
      })
      .returning()
      .get().id;
  const aEntry = entry(a.id, cohort.id);
  const bEntry = entry(b.id, cohort.id);
  const cEntry = entry(c.id, other.id);
  const aGathering = gathering(cohort.id);
  const cGathering = gathering(other.id);
  const invitation = createInvitation(ownerA, {
    cohortId: cohort.id,
    email: "ny.person@test.example",
    name: "Ny Person",
    role: "participant",
  });
  const reset = requestPasswordReset(b.email)!;
  const outboxIds = db
    .select({ id: schema.emailOutbox.id })
    .from(schema.emailOutbox)
    .all()
    .map((m) => String(m.id));

  const ids = [a, b, c, ownerA, admin]
    .map((u) => String(u.id))
    .concat([aEntry, bEntry, cEntry, aGathering, cGathering, cohort.id, other.id, invitation.invitation.id].map(String));
  const junk = ["0", "-1", "1.5", "abc", "9".repeat(30), "%00", "..", " 1"];
  const world = { cohort, other, a, b, c, ownerA, admin, ids };

  const profiles: Record<string, Profile> = {
    // Participant A's own pages.
    "challenges.$week.tsx": {
      actor: "A",
      params: { week: ["20", "21", "22", "1", "52", "53", ...junk] },
      schemas: [completeChallengeSchema, skipChallengeSchema, swapChallengeSchema, reopenChallengeSchema],
    },
    "gatherings.tsx": { actor: "A", params: {}, schemas: [rsvpSchema] },
    "journal.$entryId.tsx": {
      actor: "A",
      params: { entryId: [String(aEntry), String(bEntry), String(cEntry), ...junk] },
      schemas: [shareSchema, revokeSchema, deleteSchema, commentSchema, deleteCommentSchema],
    },
    "journal.$entryId_.edit.tsx": {
      actor: "A",
      params: { entryId: [String(aEntry), String(bEntry), String(cEntry), ...junk] },
      schemas: [entrySchema],
    },
    "journal.draft.ts": {
      actor: "A",
      params: {},
      schemas: [draftSchema],
      extra: { choices: { draftKey: ["new", String(aEntry), String(bEntry), String(cEntry)] } },
    },
    "journal.new.tsx": { actor: "A", params: {}, schemas: [entrySchema] },
    "modules.$slug.tsx": {
      actor: "A",
      params: { slug: ["psykologisk-trygghet", "metodeveilederens-rolle", "teamkultur-og-balansekunst", "finnes-ikke", "..", ...junk] },
      schemas: [reflectionSchema, completionSchema],
    },
    "partner.tsx": {
      actor: "A",
      params: {},
      schemas: [
        checkInSchema,
        editCheckInSchema,
        deleteCheckInSchema,
        amendCheckInSchema,
        confirmCheckInSchema,
        planTalkSchema,
        cancelTalkSchema,
        commentSchema,
        deleteCommentSchema,
      ],
    },
    "notices._index.tsx": { actor: "A", params: {}, schemas: [] },
    "settings.tsx": { actor: "A", params: {}, schemas: [mailPrefsSchema, calendarSchema, changePasswordSchema] },
    "settings_.delete-account.tsx": { actor: "A", params: {}, schemas: [deleteAccountSchema] },
    "language.tsx": { actor: "A", params: {}, schemas: [languageSchema] },
    // Signing out ends the session, so every request gets a session of its own.
    "logout.tsx": { actor: "fresh", params: {}, schemas: [] },
    // Not signed in.
    "login.tsx": {
      actor: "anonymous",
      params: {},
      schemas: [loginSchema],
      extra: { choices: { email: [a.email, b.email, "ukjent@test.example"] } },
    },
    "forgot-password.tsx": {
      actor: "anonymous",
      params: {},
      schemas: [forgotPasswordSchema],
      extra: { choices: { email: [a.email, "ukjent@test.example"] } },
    },
    "invitation.$token.tsx": {
      actor: "anonymous",
      params: { token: [invitation.token, "b".repeat(32), ...junk] },
      schemas: [acceptInvitationSchema],
      extra: { choices: { intent: ["join"] } },
    },
    "reset-password.$token.tsx": {
      actor: "anonymous",
      params: { token: [reset.token, "b".repeat(32), ...junk] },
      schemas: [resetPasswordSchema],
    },
    // The owner of A's cohort, with their own cohort's ids and other people's.
    "admin.cohorts.$cohortId.gatherings.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk] },
      schemas: [gatheringSchema],
      extra: { names: ["form"] },
    },
    "admin.cohorts.$cohortId.gatherings_.$gatheringId.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk], gatheringId: [String(aGathering), String(cGathering), ...junk] },
      schemas: [gatheringSchema],
      extra: {
        names: [`status-${a.id}`, `note-${a.id}`, `status-${c.id}`, `note-${b.id}`],
        choices: { intent: ["attendance", "edit"], [`status-${a.id}`]: ["attended", "excused", "absent", ""] },
      },
    },
    "admin.cohorts.$cohortId.partners.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk] },
      schemas: [periodSchema],
      extra: { names: [`group-${a.id}`, `group-${b.id}`, `group-${c.id}`], choices: { intent: ["adjust", "publish"] } },
    },
    "admin.cohorts.$cohortId.people.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk] },
      schemas: [rosterPreviewSchema, rosterSendSchema, invitationActionSchema, removeSchema, inviteSchema],
      extra: { choices: { people: ['[{"name":"Ny","email":"ny@test.example"}]', "[]", "[1]", '{"a":1}', "null"] } },
    },
    "admin.cohorts.$cohortId.settings.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk] },
      schemas: [cohortSettingsSchema],
    },
    "admin.cohorts.new.tsx": {
      actor: "ownerA",
      params: {},
      schemas: [newCohortSchema],
      extra: { choices: { organisationId: [String(cohort.organisationId), String(other.organisationId)] } },
    },
    "admin.outbox.tsx": {
      actor: "admin",
      params: {},
      schemas: [outboxActionSchema],
      extra: { choices: { intent: ["retry", "cancel"], mailId: outboxIds } },
    },
    "admin.organisations_.$organisationId.sign-in.tsx": {
      actor: "admin",
      params: { organisationId: [String(cohort.organisationId), "999", ...junk] },
      schemas: [ssoConfigSchema(true), removeSsoSchema],
      extra: { choices: { intent: ["save", "remove"], issuer: ["https://login.microsoftonline.com/t/v2.0", "http://127.0.0.1:1"] } },
    },
    "admin.organisations.tsx": {
      actor: "admin",
      params: {},
      schemas: [organisationSchema, ownerInviteSchema],
      extra: { choices: { organisationId: [String(cohort.organisationId), "999"] } },
    },
  };
  return { world, profiles, junk };
}

export const paramArb = (params: Record<string, string[]>) =>
  fc.record(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fc.constantFrom(...v)])));
