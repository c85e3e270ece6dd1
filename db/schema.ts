// The whole domain of docs/design.md. Timestamps are integer milliseconds since the epoch (UTC);
// calendar dates that belong to a cohort's time model (start date, check-in day) are ISO strings
// "YYYY-MM-DD", interpreted in the cohort's time zone.
//
// Cascades: deleting a user takes what is only theirs (sessions, journal, progress) and keeps what
// others co-own (check-ins keep their text, author becomes null = "slettet bruker"). Organisations
// and programmes cannot be deleted while cohorts use them (restrict), so nothing goes by accident.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import * as clock from "../app/utils/clock.server";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`)
    // The SQL default is for hand-written inserts; the app's own inserts take the one clock.
    .$defaultFn(() => clock.now());

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  createdAt: createdAt(),
});

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale", { enum: ["nb", "nn", "en"] })
      .notNull()
      .default("nb"),
    isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
    lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }),
    // SHA-256 of the personal calendar feed token; null until the user asks for a feed.
    calendarTokenHash: text("calendar_token_hash").unique(),
    // What the personal calendar feed holds, comma-separated (calendar.server.ts FEED_KINDS).
    calendarKinds: text("calendar_kinds").notNull().default("samling,talk"),
    // Which e-mails the person wants (settings page). In-app notices are always kept.
    mailWeekly: integer("mail_weekly", { mode: "boolean" }).notNull().default(true),
    mailCheckIn: integer("mail_check_in", { mode: "boolean" }).notNull().default(true),
    mailSamling: integer("mail_samling", { mode: "boolean" }).notNull().default(true),
    mailOwnerSummary: integer("mail_owner_summary", { mode: "boolean" }).notNull().default(true),
    // An admin switched the account off: no sign-in, no sessions, no mail; the data stays.
    deactivatedAt: integer("deactivated_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [check("users_email_lower", sql`${t.email} = lower(${t.email})`)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 of the token in the cookie, hex: a leaked table does not give working cookies.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    // How the person signed in: with a password, or through their organisation's SSO (ADR 023).
    method: text("method", { enum: ["password", "sso"] })
      .notNull()
      .default("password"),
    ssoOrganisationId: integer("sso_organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// OpenID Connect sign-in of an organisation (docs/decisions/023-openid-connect-sign-in.md). The
// client secret is never here in clear text: either AES-256-GCM ciphertext under OIDC_SECRET_KEY,
// or the name of an environment variable that holds it.
export const organisationSso = sqliteTable("organisation_sso", {
  organisationId: integer("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  issuer: text("issuer").notNull(),
  clientId: text("client_id").notNull(),
  clientSecretSealed: text("client_secret_sealed"),
  clientSecretEnv: text("client_secret_env"),
  // Lower-case domains, comma-separated: the addresses this organisation vouches for.
  emailDomains: text("email_domains").notNull(),
  emailClaim: text("email_claim").notNull().default("email"),
  allowJit: integer("allow_jit", { mode: "boolean" }).notNull().default(false),
  requireSso: integer("require_sso", { mode: "boolean" }).notNull().default(false),
  contact: text("contact").notNull().default(""),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: createdAt(),
});

// The link between an account and the subject identifier its organisation's provider gives it.
export const ssoIdentities = sqliteTable(
  "sso_identities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    lastSignInAt: integer("last_sign_in_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sso_identities_subject_uq").on(t.organisationId, t.issuer, t.subject),
    uniqueIndex("sso_identities_user_org_uq").on(t.userId, t.organisationId),
  ],
);

// One sign-in on its way through the provider: state, nonce and PKCE verifier, bound to the
// browser by a cookie whose hash is the id. In the database, not in memory: every core runs a worker.
export const ssoTransactions = sqliteTable(
  "sso_transactions",
  {
    id: text("id").primaryKey(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    state: text("state").notNull(),
    nonce: text("nonce").notNull(),
    codeVerifier: text("code_verifier").notNull(),
    redirectUri: text("redirect_uri").notNull(),
    returnTo: text("return_to").notNull().default("/"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("sso_transactions_expires_idx").on(t.expiresAt)],
);

export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // "email:<address>" or "ip:<address>"
    key: text("key").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("login_failures_key_at_idx").on(t.key, t.at)],
);

export const passwordResets = sqliteTable(
  "password_resets",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("password_resets_user_idx").on(t.userId)],
);

export const programmes = sqliteTable("programmes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // The folder name under content/ is not used: one programme today, the slug names it.
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const organisationOwners = sqliteTable(
  "organisation_owners",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] })],
);

export const cohorts = sqliteTable(
  "cohorts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    startDate: text("start_date").notNull(),
    timeZone: text("time_zone").notNull().default("Europe/Oslo"),
    // Follow-up thresholds (weeks) and retention (months after the end), per cohort.
    followUpChallengeWeeks: integer("follow_up_challenge_weeks").notNull().default(3),
    followUpCheckInWeeks: integer("follow_up_check_in_weeks").notNull().default(4),
    retentionMonths: integer("retention_months").notNull().default(12),
    // The owner's words for a follow-up reminder; empty means the default text of the locale.
    reminderTemplate: text("reminder_template").notNull().default(""),
    // When an owner confirmed the programme plan on the set-up checklist.
    planCheckedAt: integer("plan_checked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("cohorts_organisation_idx").on(t.organisationId),
    check("cohorts_start_date_format", sql`${t.startDate} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
  ],
);

export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["participant", "owner"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("memberships_cohort_user_uq").on(t.cohortId, t.userId), index("memberships_user_idx").on(t.userId)],
);

export const gatherings = sqliteTable(
  "gatherings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    // Which of the programme's planned samlinger this is (null for extra gatherings).
    plannedKey: text("planned_key"),
    title: text("title").notNull(),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    place: text("place").notNull().default(""),
    agenda: text("agenda").notNull().default(""),
    // Overnight stay, food and allergies, what to bring: free text shown as Markdown.
    practical: text("practical").notNull().default(""),
    // An https link to the online meeting, or empty.
    onlineUrl: text("online_url").notNull().default(""),
    // The last day to answer (YYYY-MM-DD in the cohort's zone), or null for no deadline.
    rsvpDeadline: text("rsvp_deadline"),
    // A cancelled samling stays, so every calendar that has it can be told (ADR 024).
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    cancelNote: text("cancel_note").notNull().default(""),
    // iCalendar SEQUENCE: raised on every change calendars must pick up (moved, cancelled).
    sequence: integer("sequence").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("gatherings_cohort_starts_idx").on(t.cohortId, t.startsAt),
    check("gatherings_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const attendance = sqliteTable(
  "attendance",
  {
    gatheringId: integer("gathering_id")
      .notNull()
      .references(() => gatherings.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The participant's answer before the gathering.
    rsvp: text("rsvp", { enum: ["attending", "not_attending"] }),
    apology: text("apology"),
    // What the owner recorded during or after it.
    status: text("status", { enum: ["attended", "excused", "absent"] }),
    note: text("note"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.gatheringId, t.userId] }), index("attendance_user_idx").on(t.userId)],
);

export const partnerships = sqliteTable(
  "partnerships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    fromWeek: integer("from_week").notNull(),
    toWeek: integer("to_week").notNull(),
    // A proposed pairing can be adjusted by the owner before it is published to participants.
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("partnerships_cohort_idx").on(t.cohortId, t.fromWeek),
    check("partnerships_weeks", sql`${t.fromWeek} >= 1 AND ${t.toWeek} >= ${t.fromWeek} AND ${t.toWeek} <= 52`),
  ],
);

export const partnershipMembers = sqliteTable(
  "partnership_members",
  {
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.userId] }), index("partnership_members_user_idx").on(t.userId)],
);

export const checkIns = sqliteTable(
  "check_ins",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    // Null after the author deleted their account: the partners keep the log ("slettet bruker").
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    heldOn: text("held_on").notNull(),
    minutes: integer("minutes").notNull(),
    format: text("format", { enum: ["in_person", "video", "phone"] }).notNull(),
    // JSON array of "challenge:<slug>" / "module:<slug>" references.
    topics: text("topics").notNull().default("[]"),
    notes: text("notes").notNull().default(""),
    nextSteps: text("next_steps").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    index("check_ins_partnership_idx").on(t.partnershipId, t.heldOn, t.authorId, t.createdAt),
    check("check_ins_minutes", sql`${t.minutes} BETWEEN 1 AND 600`),
  ],
);

// After the partner has confirmed a conversation its text is fixed; the author corrects it with an
// amendment shown under it, so both see what changed and when.
export const checkInAmendments = sqliteTable("check_in_amendments", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  checkInId: integer("check_in_id")
    .notNull()
    .references(() => checkIns.id, { onDelete: "cascade" }),
  authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
  text: text("text").notNull(),
  createdAt: createdAt(),
});

export const checkInResponses = sqliteTable(
  "check_in_responses",
  {
    checkInId: integer("check_in_id")
      .notNull()
      .references(() => checkIns.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }).notNull(),
    reflection: text("reflection").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.checkInId, t.userId] })],
);

export const journalEntries = sqliteTable(
  "journal_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The cohort the entry was written in; the entry stays its author's if the cohort goes.
    cohortId: integer("cohort_id").references(() => cohorts.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    source: text("source", { enum: ["free", "module_prompt", "challenge"] })
      .notNull()
      .default("free"),
    // "module-slug#prompt-id" for a module prompt, "challenge-slug" for a challenge.
    sourceRef: text("source_ref"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("journal_entries_user_idx").on(t.userId, t.createdAt),
    index("journal_entries_cohort_user_idx").on(t.cohortId, t.userId, t.createdAt),
    index("journal_entries_source_idx").on(t.userId, t.source, t.sourceRef),
  ],
);

// Sharing is a grant to a named person, never to "whoever my partner is now" (design.md, Data):
// a later partner sees only what was shared with them. Revoking keeps the row (who, when) so the
// author's page can say what happened; sharing again re-opens it.
export const entryShares = sqliteTable(
  "entry_shares",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => journalEntries.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    grantedAt: integer("granted_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("entry_shares_entry_user_idx").on(t.entryId, t.userId), index("entry_shares_user_idx").on(t.userId, t.revokedAt)],
);

export const journalTags = sqliteTable(
  "journal_tags",
  {
    entryId: integer("entry_id")
      .notNull()
      .references(() => journalEntries.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.tag] }), index("journal_tags_tag_idx").on(t.tag)],
);

export const journalDrafts = sqliteTable(
  "journal_drafts",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // "new" for an entry not yet saved, else the entry id.
    draftKey: text("draft_key").notNull(),
    title: text("title").notNull().default(""),
    body: text("body").notNull().default(""),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.draftKey] })],
);

export const challengeCompletions = sqliteTable(
  "challenge_completions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    challengeSlug: text("challenge_slug").notNull(),
    programmeWeek: integer("programme_week").notNull(),
    status: text("status", { enum: ["done", "skipped"] }).notNull(),
    skipReason: text("skip_reason"),
    // The programme week in which it was completed; later than programme_week means late.
    completedWeek: integer("completed_week").notNull(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }).notNull(),
    journalEntryId: integer("journal_entry_id").references(() => journalEntries.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("challenge_completions_user_week_uq").on(t.userId, t.cohortId, t.programmeWeek),
    // Covering index for the owner dashboard's per-person and per-week aggregates (bench/README).
    index("challenge_completions_cohort_stats_idx").on(t.cohortId, t.userId, t.programmeWeek, t.status, t.completedWeek, t.completedAt),
  ],
);

export const challengeSwaps = sqliteTable(
  "challenge_swaps",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    programmeWeek: integer("programme_week").notNull(),
    challengeSlug: text("challenge_slug").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.cohortId, t.programmeWeek] })],
);

export const moduleProgress = sqliteTable(
  "module_progress",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    moduleSlug: text("module_slug").notNull(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.cohortId, t.moduleSlug] }), index("module_progress_cohort_idx").on(t.cohortId, t.moduleSlug)],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    name: text("name").notNull().default(""),
    // A cohort invitation, or (cohort null) an invitation to own an organisation's cohorts.
    cohortId: integer("cohort_id").references(() => cohorts.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["participant", "owner"] }).notNull(),
    invitedBy: integer("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    acceptedUserId: integer("accepted_user_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("invitations_cohort_idx").on(t.cohortId),
    check("invitations_target", sql`${t.cohortId} IS NOT NULL OR ${t.organisationId} IS NOT NULL`),
  ],
);

export const notices = sqliteTable(
  "notices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Same key as the e-mail it accompanies: (kind, user, week or gathering).
    dedupeKey: text("dedupe_key").notNull().unique(),
    kind: text("kind").notNull(),
    // As first written (in the language of the day); shown only for notices older than title_key.
    title: text("title").notNull(),
    // Locale key and JSON values: the notice is told in the language its reader reads now.
    titleKey: text("title_key"),
    titleValues: text("title_values"),
    link: text("link").notNull(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("notices_user_idx").on(t.userId, t.createdAt)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    // Counts and ids only, never personal content.
    detail: text("detail").notNull().default("{}"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("audit_log_at_idx").on(t.at)],
);

export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // Makes a scheduled mail idempotent: (kind, user, week or gathering).
    dedupeKey: text("dedupe_key").unique(),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    // "cancelled": an admin stopped it before it went (no CHECK in SQL, so no migration).
    status: text("status", { enum: ["pending", "sending", "sent", "failed", "cancelled"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("email_outbox_status_next_idx").on(t.status, t.nextAttemptAt)],
);

// The next partner conversation, as agreed: one plan per partnership, replaced when either partner
// proposes another time. It is in both partners' calendar feeds and can be downloaded as .ics.
export const nextTalks = sqliteTable("next_talks", {
  partnershipId: integer("partnership_id")
    .primaryKey()
    .references(() => partnerships.id, { onDelete: "cascade" }),
  proposedBy: integer("proposed_by").references(() => users.id, { onDelete: "set null" }),
  startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
  minutes: integer("minutes").notNull(),
  // Where: a room, "telefon", or a video link.
  place: text("place").notNull().default(""),
  // Bumped on every change so calendar programs replace the event (iCalendar SEQUENCE).
  sequence: integer("sequence").notNull().default(0),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// A word back on a shared entry, seen only by the author and the people it is shared with.
export const entryComments = sqliteTable(
  "entry_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id")
      .notNull()
      .references(() => journalEntries.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("entry_comments_entry_idx").on(t.entryId, t.createdAt)],
);

// A cohort's own calendar (ADR 016): national holidays are computed, these are what the owner adds.
// The plan itself is never stored; it is computed from the programme file and these rows.
export const cohortRegionalBreaks = sqliteTable(
  "cohort_regional_breaks",
  {
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    breakKey: text("break_key").notNull(),
    isoWeek: integer("iso_week").notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.breakKey] })],
);

export const cohortPauseWeeks = sqliteTable(
  "cohort_pause_weeks",
  {
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    programmeWeek: integer("programme_week").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.programmeWeek] }),
    check("cohort_pause_weeks_range", sql`${t.programmeWeek} between 1 and 52`),
  ],
);

// The owner's moves and swaps: this challenge in this week, for the whole cohort.
export const cohortPlanPins = sqliteTable(
  "cohort_plan_pins",
  {
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    programmeWeek: integer("programme_week").notNull(),
    challengeSlug: text("challenge_slug").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.programmeWeek] }),
    check("cohort_plan_pins_range", sql`${t.programmeWeek} between 1 and 52`),
  ],
);

// A counter per cohort that triggers raise on every write to what the plan is computed from
// (completions, regional breaks, pause weeks, pins; migration 0014_perf). The plan cache compares
// it, so a change made by any process — each server worker has its own cache — is seen by all.
export const cohortPlanVersions = sqliteTable("cohort_plan_versions", {
  cohortId: integer("cohort_id")
    .primaryKey()
    .references(() => cohorts.id, { onDelete: "cascade" }),
  version: integer("version").notNull().default(0),
});

// Raised by triggers on every write to what the owners' figures are computed from (migration 0015).
export const cohortActivityVersions = sqliteTable("cohort_activity_versions", {
  cohortId: integer("cohort_id")
    .primaryKey()
    .references(() => cohorts.id, { onDelete: "cascade" }),
  version: integer("version").notNull().default(0),
});

// ——— Instruments (content/instruments): self-assessments and team pulses ———

// A participant's own answers to a self instrument at one occasion ("start", "halvveis" …):
// private like the journal. Answers and notes are JSON objects keyed by item id.
export const selfAssessments = sqliteTable(
  "self_assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    instrument: text("instrument").notNull(),
    occasion: text("occasion").notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, number>>().notNull(),
    notes: text("notes", { mode: "json" }).$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("self_assessments_user_occasion_uq").on(t.userId, t.cohortId, t.instrument, t.occasion),
    index("self_assessments_cohort_idx").on(t.cohortId, t.instrument, t.occasion),
  ],
);

// A measurement a leader runs with their own team. The token is the public link (/p/<token>) the
// leader shows in a team meeting, so it is kept readable (docs/decisions/017-team-pulse.md).
// The leader may delete their account; the measurement stays with the cohort (leader null) until
// the cohort's retention ends.
export const pulses = sqliteTable(
  "pulses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    leaderId: integer("leader_id").references(() => users.id, { onDelete: "set null" }),
    instrument: text("instrument").notNull(),
    occasion: text("occasion").notNull(),
    // "link": team members answer at /p/<token>; "paper": the leader types the counts from slips.
    mode: text("mode", { enum: ["link", "paper"] }).notNull(),
    token: text("token").notNull().unique(),
    // Last calendar day answers are taken (cohort time zone), inclusive.
    closesOn: text("closes_on").notNull(),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    // Paper mode: per item, the number of slips for each scale value (JSON array of arrays).
    paperCounts: text("paper_counts", { mode: "json" }).$type<number[][]>(),
    createdAt: createdAt(),
  },
  (t) => [index("pulses_cohort_leader_idx").on(t.cohortId, t.leaderId)],
);

// One team member's answers: the values only, as a JSON array in item order. No name, account,
// IP address, user agent or time of answering: nothing that could tell whose they are. The id is
// random, not a counter, so not even the order of answering is kept. One answer per device is
// held by a signed cookie on the phone, not by anything stored here.
export const pulseAnswers = sqliteTable(
  "pulse_answers",
  {
    id: integer("id").primaryKey(),
    pulseId: integer("pulse_id")
      .notNull()
      .references(() => pulses.id, { onDelete: "cascade" }),
    values: text("values", { mode: "json" }).$type<number[]>().notNull(),
  },
  (t) => [index("pulse_answers_pulse_idx").on(t.pulseId)],
);

// The rate limit of the public answer page, shared by every server process (ADR 025): one row per
// counted attempt, pruned after the window. `client` is an HMAC of (measurement, address) under a
// key that lives only in the servers' memory and is replaced every window, so a row can never be
// matched to an address afterwards — not even with a copy of this file. No measurement id, no address.
export const pulseAnswerSlots = sqliteTable(
  "pulse_answer_slots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    client: text("client").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("pulse_answer_slots_client_at_idx").on(t.client, t.at)],
);

// What the owners of a cohort write down about a participant ("ringte 1. des."). Seen by the
// owners of that cohort only, never by the participant or anyone else.
export const ownerNotes = sqliteTable(
  "owner_notes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("owner_notes_cohort_user_idx").on(t.cohortId, t.userId, t.createdAt)],
);

// Leave, pause or left the programme, for a range of dates: those weeks the person is out of the
// follow-up list and out of the cohort's figures. An open end (to_date null) lasts until changed.
export const participantStatuses = sqliteTable(
  "participant_statuses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["leave", "pause", "left"] }).notNull(),
    fromDate: text("from_date").notNull(),
    toDate: text("to_date"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("participant_statuses_cohort_user_idx").on(t.cohortId, t.userId),
    check("participant_statuses_range", sql`${t.toDate} IS NULL OR ${t.toDate} >= ${t.fromDate}`),
  ],
);

// Each follow-up reminder an owner sent: the rule "one a week per person unless confirmed" reads it.
export const followUpReminders = sqliteTable(
  "follow_up_reminders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sentBy: integer("sent_by").references(() => users.id, { onDelete: "set null" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("follow_up_reminders_cohort_user_idx").on(t.cohortId, t.userId, t.sentAt)],
);
