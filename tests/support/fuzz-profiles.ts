// Who posts to each action in the fuzz tests, with which URL parameters and which schemas. The ids
// offered are the actor's own and other people's, so a generated request may aim at someone else.
import { eq } from "drizzle-orm";
import fc from "fast-check";
import type { z } from "zod";

import { deactivateUserSchema, reactivateUserSchema } from "~/forms/account";
import {
  acceptInvitationSchema,
  changePasswordSchema,
  forgotPasswordSchema,
  languageSchema,
  loginSchema,
  resetPasswordSchema,
} from "~/forms/auth";
import {
  completeChallengeSchema,
  reopenChallengeSchema,
  setAsideSchema,
  skipChallengeSchema,
  swapChallengeSchema,
} from "~/forms/challenge";
import { noteSchema, planCheckedSchema, reminderSchema, reminderTemplateSchema, removeStatusSchema, statusSchema } from "~/forms/follow-up";
import { rsvpSchema } from "~/forms/gathering";
import { closePulseSchema, openPulseSchema, paperCountsSchema, pulseAnswerSchema, selfAssessmentSchema } from "~/forms/instruments";
import { inviteSchema } from "~/forms/invitation";
import {
  commentSchema,
  deleteCommentSchema,
  deleteSchema,
  discardDraftSchema,
  draftSchema,
  entrySchema,
  revokeSchema,
  shareSchema,
} from "~/forms/journal";
import { completionSchema, reflectionSchema } from "~/forms/module";
import { ownerInvitationActionSchema, renameOrganisationSchema } from "~/forms/organisation";
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
  rosterRecheckSchema,
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
import { cancelSamlingSchema, samlingActionSchema } from "~/forms/samling";
import { calendarKindsSchema, calendarSchema, deleteAccountSchema, mailPrefsSchema } from "~/forms/settings";
import { removeSsoSchema, ssoConfigSchema } from "~/forms/sso";
import { holidaysSchema, moveSchema, resetSchema } from "~/forms/year-plan";
import { createInvitation } from "~/models/invitation.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { db, schema } from "~/utils/db.server";
import { getInstrument } from "~/utils/instruments.server";

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

  // Team measurements: A's open link and paper ones, a closed one, and one in C's cohort.
  const pulse = (cohortId: number, leaderId: number, mode: "link" | "paper", token: string, closedAt: Date | null = null) =>
    db
      .insert(schema.pulses)
      .values({
        cohortId,
        leaderId,
        instrument: "teamets-psykologiske-trygghet",
        occasion: "start",
        mode,
        token,
        closesOn: "2099-12-31",
        closedAt,
      })
      .returning()
      .get().id;
  const tokens = { open: "a".repeat(32), paper: "c".repeat(32), closed: "d".repeat(32), other: "e".repeat(32) };
  const aPulse = pulse(cohort.id, a.id, "link", tokens.open);
  const aPaper = pulse(cohort.id, a.id, "paper", tokens.paper);
  pulse(cohort.id, a.id, "link", tokens.closed, new Date());
  const cPulse = pulse(other.id, c.id, "link", tokens.other);
  const safety = getInstrument("teamets-psykologiske-trygghet")!;
  const selfInstruments = ["egenvurdering-metodeveilederrollen", "mi-egenrating"].map((slug) => getInstrument(slug)!);

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
      schemas: [entrySchema, discardDraftSchema],
    },
    "journal.draft.ts": {
      actor: "A",
      params: {},
      schemas: [draftSchema],
      extra: { choices: { draftKey: ["new", String(aEntry), String(bEntry), String(cEntry)] } },
    },
    "journal.new.tsx": { actor: "A", params: {}, schemas: [entrySchema, discardDraftSchema] },
    "_index.tsx": { actor: "A", params: {}, schemas: [setAsideSchema] },
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
    "self-assessment.tsx": {
      actor: "A",
      params: {},
      schemas: selfInstruments.map(selfAssessmentSchema),
      extra: {
        choices: {
          instrument: [...selfInstruments.map((i) => i.slug), "teamets-psykologiske-trygghet", "finnes-ikke"],
          occasion: ["start", "halvveis", "slutt", "samling-3", "finnes-ikke"],
        },
      },
    },
    "pulse.tsx": {
      actor: "A",
      params: {},
      schemas: [openPulseSchema],
      extra: { choices: { instrument: ["teamets-psykologiske-trygghet", "egenvurdering-metodeveilederrollen", "finnes-ikke"] } },
    },
    "pulse_.$pulseId.tsx": {
      actor: "A",
      params: { pulseId: [String(aPulse), String(aPaper), String(cPulse), ...junk] },
      schemas: [closePulseSchema, paperCountsSchema(safety)],
      extra: { choices: { pulseId: [String(aPulse), String(aPaper), String(cPulse)] } },
    },
    // The public answer page of a team measurement: no sign-in.
    "p.$token.tsx": {
      actor: "anonymous",
      params: { token: [tokens.open, tokens.open, tokens.paper, tokens.closed, tokens.other, "b".repeat(32), ...junk] },
      schemas: [pulseAnswerSchema(safety)],
    },
    "settings.tsx": { actor: "A", params: {}, schemas: [mailPrefsSchema, calendarSchema, calendarKindsSchema, changePasswordSchema] },
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
      schemas: [gatheringSchema, samlingActionSchema, cancelSamlingSchema],
      extra: {
        names: [`status-${a.id}`, `note-${a.id}`, `status-${c.id}`, `note-${b.id}`],
        choices: {
          intent: ["attendance", "edit", "rsvp-reminder", "all-attended", "cancel"],
          onlineUrl: ["https://teams.microsoft.com/l/x", "http://example.com", "javascript:alert(1)", ""],
          rsvpDeadline: ["", "2000-01-01", "2999-12-31"],
          [`status-${a.id}`]: ["attended", "excused", "absent", ""],
        },
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
      schemas: [rosterPreviewSchema, rosterSendSchema, rosterRecheckSchema, invitationActionSchema, removeSchema, inviteSchema],
      extra: {
        names: ["name-0", "email-0", "line-0", "name-1", "email-1"],
        choices: {
          people: ['[{"name":"Ny","email":"ny@test.example"}]', "[]", "[1]", '{"a":1}', "null"],
          validUntil: ["2099-01-01", "2000-01-01", ""],
        },
      },
    },
    "admin.cohorts.$cohortId.settings.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk] },
      schemas: [cohortSettingsSchema, reminderTemplateSchema],
    },
    "admin.cohorts.$cohortId._index.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk] },
      schemas: [planCheckedSchema],
    },
    "admin.cohorts.$cohortId.participants_.$userId.tsx": {
      actor: "ownerA",
      params: {
        cohortId: [String(cohort.id), String(other.id), ...junk],
        userId: [String(a.id), String(c.id), String(ownerA.id), ...junk],
      },
      schemas: [reminderSchema, noteSchema, statusSchema, removeStatusSchema],
      extra: { choices: { intent: ["remind", "note", "status", "remove-status", "x"], statusId: ["1", "2", "999"] } },
    },
    "admin.cohorts.$cohortId.plan.tsx": {
      actor: "ownerA",
      params: { cohortId: [String(cohort.id), String(other.id), ...junk] },
      schemas: [holidaysSchema, moveSchema, resetSchema],
      extra: {
        choices: {
          intent: ["preview", "save", "move", "swap", "reset"],
          regional: ["vinterferie:8", "hostferie:41", "vinterferie:12", "x:1"],
        },
      },
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
    "admin.users.tsx": {
      actor: "admin",
      params: {},
      schemas: [deactivateUserSchema, reactivateUserSchema],
      extra: { choices: { intent: ["deactivate", "reactivate"], userId: [String(a.id), String(c.id), String(admin.id), "999999"] } },
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
      schemas: [organisationSchema, ownerInviteSchema, renameOrganisationSchema, ownerInvitationActionSchema],
      extra: {
        choices: {
          organisationId: [String(cohort.organisationId), "999"],
          intent: ["create", "invite-owner", "rename", "resend-owner", "revoke-owner"],
          invitationId: [String(invitation.invitation.id), "1", "999"],
        },
      },
    },
  };
  return { world, profiles, junk };
}

export const paramArb = (params: Record<string, string[]>) =>
  fc.record(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, fc.constantFrom(...v)])));
