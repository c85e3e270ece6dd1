// Who is in a cohort: inviting many people at once (pasted list or CSV, previewed before anything
// is saved), resending and revoking invitations, and removing a participant. Owner actions are
// written to the audit log.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import * as clock from "~/utils/clock.server";
import { stripControlCharacters } from "~/utils/control-characters";
import { db, schema } from "~/utils/db.server";
import { generateToken, hashToken } from "~/utils/session.server";

import { audit } from "./audit.server";
import { invitationExpiry, invitationLink } from "./invitation.server";
import { nameFromAddress, type ParsedInvitee, parseInviteeList } from "./invitee-list.server";
import { invitationMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";

export const MAX_IMPORT_ROWS = 1000;

export type RosterRow = {
  line: number;
  name: string;
  email: string;
  problem: null | "invalid-email" | "missing-name" | "duplicate" | "member" | "invited" | "too-long";
  /** A name to offer in the preview's fix field when the list gave only an address. */
  suggestion: string;
};
export type RosterPreview =
  | { rows: RosterRow[]; decodedAs: "utf-8" | "windows-1252" }
  | { error: "empty" | "too-many" | "columns" | "encoding" | "unreadable"; count?: number };

const emailOk = (e: string) => z.email().safeParse(e).success && e.length <= 254;

/** Reads uploaded bytes as UTF-8, falling back to Windows-1252 (what Norwegian Excel writes). */
export function decodeUpload(bytes: Uint8Array): { text: string; decodedAs: "utf-8" | "windows-1252" } | null {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), decodedAs: "utf-8" };
  } catch {
    // UTF-16 files are full of NUL bytes; windows-1252 would read them as garbage.
    if (bytes.includes(0)) return null;
    return { text: new TextDecoder("windows-1252").decode(bytes), decodedAs: "windows-1252" };
  }
}

/**
 * Parses "name;email" / "name,email" / tab-separated lines (with or without a header row) and
 * checks each against the cohort. Writes nothing.
 */
export function previewRoster(cohortId: number, text: string, decodedAs: "utf-8" | "windows-1252" = "utf-8"): RosterPreview {
  const parsed = parseInviteeList(text);
  if ("error" in parsed) return { error: parsed.error };
  return checkRows(cohortId, parsed.records, decodedAs);
}

/** Checks rows already split into name and address (a parsed list, or rows fixed in the preview). */
export function checkRows(cohortId: number, records: ParsedInvitee[], decodedAs: "utf-8" | "windows-1252" = "utf-8"): RosterPreview {
  if (records.length === 0) return { error: "empty" };
  if (records.length > MAX_IMPORT_ROWS) return { error: "too-many", count: records.length };
  const members = new Set(
    db
      .select({ email: schema.users.email })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .where(eq(schema.memberships.cohortId, cohortId))
      .all()
      .map((r) => r.email),
  );
  const pending = new Set(
    db
      .select({ email: schema.invitations.email })
      .from(schema.invitations)
      .where(and(eq(schema.invitations.cohortId, cohortId), isNull(schema.invitations.acceptedAt), isNull(schema.invitations.revokedAt)))
      .all()
      .map((r) => r.email),
  );
  const seen = new Set<string>();
  const rows = records.map((r): RosterRow => {
    const name = stripControlCharacters(r.name).trim();
    const email = r.email.trim().toLowerCase();
    const line = r.line;
    let problem: RosterRow["problem"] = null;
    if (!name) problem = "missing-name";
    else if (name.length > 100) problem = "too-long";
    else if (!emailOk(email)) problem = "invalid-email";
    else if (seen.has(email)) problem = "duplicate";
    else if (members.has(email)) problem = "member";
    else if (pending.has(email)) problem = "invited";
    seen.add(email);
    return { line, name, email, problem, suggestion: problem === "missing-name" ? nameFromAddress(email) : "" };
  });
  return { rows, decodedAs };
}

/** Creates one invitation (and its e-mail) per person, all or nothing. Re-checks everything first. */
export function inviteMany(
  actor: { id: number; name: string },
  cohortId: number,
  people: { name: string; email: string }[],
  role: "participant" | "owner",
  now = clock.now(),
  validUntil: string | null = null,
) {
  const preview = checkRows(
    cohortId,
    people.map((p, i) => ({ line: i + 1, name: p.name, email: p.email })),
  );
  if ("error" in preview) return { ok: false as const, preview };
  if (preview.rows.some((r) => r.problem)) return { ok: false as const, preview };
  return db.transaction((tx) => {
    const cohort = tx.select().from(schema.cohorts).where(eq(schema.cohorts.id, cohortId)).get()!;
    const expiresAt = invitationExpiry(cohort, now, validUntil);
    for (const p of preview.rows) {
      const token = generateToken();
      tx.insert(schema.invitations)
        .values({
          tokenHash: hashToken(token),
          email: p.email,
          name: p.name,
          cohortId,
          role,
          invitedBy: actor.id,
          expiresAt,
          createdAt: now,
        })
        .run();
      enqueueMail(
        tx,
        invitationMail({
          to: p.email,
          name: p.name,
          cohortName: cohort.name,
          inviter: actor.name,
          role,
          link: invitationLink(token),
          locale: "nb",
          expiresAt,
        }),
        now,
      );
    }
    audit(tx, {
      actorId: actor.id,
      action: "invitation.bulk",
      subjectType: "cohort",
      subjectId: cohortId,
      detail: { count: preview.rows.length, role },
    });
    return { ok: true as const, count: preview.rows.length };
  });
}

/** A new link (the old one stops working) and a new e-mail; only for invitations not yet used. */
export function resendInvitation(actor: { id: number; name: string }, cohortId: number, invitationId: number, now = clock.now()) {
  return db.transaction((tx) => {
    const inv = tx
      .select()
      .from(schema.invitations)
      .where(and(eq(schema.invitations.id, invitationId), eq(schema.invitations.cohortId, cohortId)))
      .get();
    if (!inv || inv.acceptedAt) return false;
    const cohort = tx.select().from(schema.cohorts).where(eq(schema.cohorts.id, cohortId)).get()!;
    const token = generateToken();
    const expiresAt = invitationExpiry(cohort, now);
    tx.update(schema.invitations)
      .set({ tokenHash: hashToken(token), expiresAt, revokedAt: null })
      .where(eq(schema.invitations.id, inv.id))
      .run();
    enqueueMail(
      tx,
      invitationMail({
        to: inv.email,
        name: inv.name,
        cohortName: cohort.name,
        inviter: actor.name,
        role: inv.role,
        link: invitationLink(token),
        locale: "nb",
        expiresAt,
      }),
      now,
    );
    audit(tx, { actorId: actor.id, action: "invitation.resend", subjectType: "cohort", subjectId: cohortId, detail: { invitationId } });
    return true;
  });
}

export function revokeInvitation(actor: { id: number }, cohortId: number, invitationId: number, now = clock.now()) {
  return db.transaction((tx) => {
    const res = tx
      .update(schema.invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(schema.invitations.id, invitationId),
          eq(schema.invitations.cohortId, cohortId),
          isNull(schema.invitations.acceptedAt),
          isNull(schema.invitations.revokedAt),
        ),
      )
      .run();
    if (res.changes === 1)
      audit(tx, { actorId: actor.id, action: "invitation.revoke", subjectType: "cohort", subjectId: cohortId, detail: { invitationId } });
    return res.changes === 1;
  });
}

/**
 * Removes a participant from the cohort. Their journal stays theirs; the cohort no longer counts
 * them (their challenge record for this cohort goes, and they leave its partnerships).
 */
export function removeParticipant(actor: { id: number }, cohortId: number, userId: number) {
  return db.transaction((tx) => {
    const res = tx
      .delete(schema.memberships)
      .where(
        and(eq(schema.memberships.cohortId, cohortId), eq(schema.memberships.userId, userId), eq(schema.memberships.role, "participant")),
      )
      .run();
    if (res.changes !== 1) return false;
    tx.delete(schema.challengeCompletions)
      .where(and(eq(schema.challengeCompletions.cohortId, cohortId), eq(schema.challengeCompletions.userId, userId)))
      .run();
    tx.delete(schema.challengeSwaps)
      .where(and(eq(schema.challengeSwaps.cohortId, cohortId), eq(schema.challengeSwaps.userId, userId)))
      .run();
    tx.delete(schema.moduleProgress)
      .where(and(eq(schema.moduleProgress.cohortId, cohortId), eq(schema.moduleProgress.userId, userId)))
      .run();
    for (const p of tx
      .select({ id: schema.partnerships.id })
      .from(schema.partnerships)
      .where(eq(schema.partnerships.cohortId, cohortId))
      .all()) {
      tx.delete(schema.partnershipMembers)
        .where(and(eq(schema.partnershipMembers.partnershipId, p.id), eq(schema.partnershipMembers.userId, userId)))
        .run();
    }
    audit(tx, { actorId: actor.id, action: "membership.remove", subjectType: "cohort", subjectId: cohortId, detail: { userId } });
    return true;
  });
}
