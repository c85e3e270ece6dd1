// Partner conversations: one conversation, one card. One partner logs it, the other confirms it
// (and may add a reflection). The author can edit or delete it until it is confirmed; afterwards a
// correction is a visible amendment. Readable by the partnership's members only.
import { and, asc, desc, eq, inArray, isNull, ne, notExists, sql } from "drizzle-orm";

import { audit } from "~/models/audit.server";
import { listChallengeWeeks } from "~/models/challenge.server";
import type { Participation } from "~/models/cohort.server";
import { notify } from "~/models/notify.server";
import { type CurrentPartnership, currentPartnership } from "~/models/partnership.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getProgramme } from "~/utils/programme.server";
import { addDays, programmeMonthOfWeek } from "~/utils/programme-time";

const { checkIns, checkInResponses: responses, checkInAmendments: amendments, partnershipMembers: members, users } = schema;

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type CheckInFormat = "in_person" | "video" | "phone";
/** Topics are "challenge:<slug>", "module:<slug>" or "free:<what the person wrote>". */
export type CheckInInput = { heldOn: string; minutes: number; format: CheckInFormat; topics: string[]; notes: string; nextSteps: string };
export type CheckInRefusal = "no-partnership" | "future-date" | "before-pairing" | "unknown-topic" | "empty";

// ——— Topics a person can pick: this week's and earlier, never the future ———

export type TopicChoice = { value: string; label: string };

/** "This week" (the week's challenge and the month's module, preselected) and "earlier this year". */
export function topicChoices(userId: number, participation: Participation): { thisWeek: TopicChoice[]; earlier: TopicChoice[] } {
  const programme = getProgramme();
  const current = participation.clock.currentWeek;
  const running = participation.clock.phase !== "before";
  const weeks = running ? listChallengeWeeks(userId, participation).filter((w) => w.week <= current) : [];
  const month = programmeMonthOfWeek(current);
  const openModules = running ? programme.modules.filter((m) => m.month <= month) : [];
  const thisModule = openModules.at(-1);
  const thisChallenge = weeks.find((w) => w.week === current)?.challenge;
  const thisWeek: TopicChoice[] = [
    ...(thisChallenge ? [{ value: `challenge:${thisChallenge.slug}`, label: thisChallenge.title }] : []),
    ...(thisModule ? [{ value: `module:${thisModule.slug}`, label: thisModule.title }] : []),
  ];
  const seen = new Set(thisWeek.map((c) => c.value));
  const earlier: TopicChoice[] = [];
  for (const w of [...weeks].reverse()) {
    const value = w.challenge ? `challenge:${w.challenge.slug}` : null;
    if (value && !seen.has(value)) {
      earlier.push({ value, label: w.challenge!.title });
      seen.add(value);
    }
  }
  for (const m of [...openModules].reverse()) {
    if (!seen.has(`module:${m.slug}`)) earlier.push({ value: `module:${m.slug}`, label: m.title });
  }
  return { thisWeek, earlier };
}

export function topicLabel(ref: string): string {
  const [kind, ...rest] = ref.split(":");
  const slug = rest.join(":");
  if (kind === "free") return slug;
  const programme = getProgramme();
  return (kind === "module" ? programme.modules.find((m) => m.slug === slug)?.title : programme.challenges.get(slug)?.title) ?? ref;
}

function refusalOf(userId: number, participation: Participation, input: CheckInInput, startsOn: string): CheckInRefusal | null {
  if (input.heldOn > participation.clock.today) return "future-date";
  if (input.heldOn < startsOn) return "before-pairing";
  const allowed = topicChoices(userId, participation);
  const known = new Set([...allowed.thisWeek, ...allowed.earlier].map((c) => c.value));
  if (input.topics.some((t) => !t.startsWith("free:") && !known.has(t))) return "unknown-topic";
  if (!input.topics.length && !input.notes.trim()) return "empty";
  return null;
}

// ——— Reading ———

export function listCheckIns(partnershipId: number) {
  const rows = db
    .select({
      id: checkIns.id,
      authorId: checkIns.authorId,
      authorName: users.name,
      heldOn: checkIns.heldOn,
      minutes: checkIns.minutes,
      format: checkIns.format,
      topics: checkIns.topics,
      notes: checkIns.notes,
      nextSteps: checkIns.nextSteps,
      createdAt: checkIns.createdAt,
    })
    .from(checkIns)
    .leftJoin(users, eq(users.id, checkIns.authorId))
    .where(eq(checkIns.partnershipId, partnershipId))
    .orderBy(desc(checkIns.heldOn), desc(checkIns.id))
    .all();
  const ids = rows.map((r) => r.id);
  const resp = ids.length
    ? db
        .select({
          checkInId: responses.checkInId,
          userId: responses.userId,
          name: users.name,
          confirmedAt: responses.confirmedAt,
          reflection: responses.reflection,
        })
        .from(responses)
        .innerJoin(users, eq(users.id, responses.userId))
        .where(inArray(responses.checkInId, ids))
        .all()
    : [];
  const amended = ids.length
    ? db
        .select({ checkInId: amendments.checkInId, text: amendments.text, createdAt: amendments.createdAt })
        .from(amendments)
        .where(inArray(amendments.checkInId, ids))
        .orderBy(asc(amendments.createdAt), asc(amendments.id))
        .all()
    : [];
  return rows.map((r) => ({
    ...r,
    topics: JSON.parse(r.topics) as string[],
    responses: resp.filter((x) => x.checkInId === r.id),
    amendments: amended.filter((a) => a.checkInId === r.id),
  }));
}

/** Conversations the person's partners logged in the current partnership that the person has not confirmed yet. */
/** `partnership` spares the lookup when the caller has it already (Min uke does). */
export function pendingConfirmations(
  userId: number,
  participation: Participation,
  partnership: CurrentPartnership | null = currentPartnership(userId, participation),
) {
  if (!partnership) return [];
  return db
    .select({ id: checkIns.id, heldOn: checkIns.heldOn, authorName: users.name })
    .from(checkIns)
    .leftJoin(users, eq(users.id, checkIns.authorId))
    .where(
      and(
        eq(checkIns.partnershipId, partnership.id),
        sql`coalesce(${checkIns.authorId}, 0) <> ${userId}`,
        notExists(
          db
            .select({ one: sql`1` })
            .from(responses)
            .where(and(eq(responses.checkInId, checkIns.id), eq(responses.userId, userId))),
        ),
      ),
    )
    .orderBy(desc(checkIns.heldOn), desc(checkIns.id))
    .all();
}

// ——— Writing ———

/** The others in the partnership: whom a conversation concerns. */
function othersIn(tx: Tx | typeof db, partnershipId: number, userId: number) {
  return tx
    .select({ id: members.userId })
    .from(members)
    .where(and(eq(members.partnershipId, partnershipId), ne(members.userId, userId)))
    .all()
    .map((m) => m.id);
}

function notifyPartners(tx: Tx, userId: number, partnershipId: number, checkInId: number, now: Date) {
  const author = tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
  notify(
    tx,
    othersIn(tx, partnershipId, userId).map((id) => ({
      userId: id,
      kind: "checkin_logged",
      dedupeKey: `checkin-logged:${checkInId}:${id}`,
      link: `/partner#checkin-${checkInId}`,
      titleKey: "notices.checkInLogged",
      values: { name: author?.name ?? "" },
      mail: "checkIn" as const,
    })),
    now,
  );
}

/** Logs a conversation in the current partnership. An identical re-submission returns the existing entry. */
export function logCheckIn(
  userId: number,
  participation: Participation,
  input: CheckInInput,
  now = clock.now(),
): { ok: true; id: number } | { ok: false; reason: CheckInRefusal } {
  const partnership = currentPartnership(userId, participation);
  if (!partnership) return { ok: false, reason: "no-partnership" };
  const refusal = refusalOf(userId, participation, input, partnership.startsOn);
  if (refusal) return { ok: false, reason: refusal };
  return db.transaction((tx) => {
    const same = tx
      .select({ id: checkIns.id })
      .from(checkIns)
      .where(
        and(
          eq(checkIns.partnershipId, partnership.id),
          eq(checkIns.authorId, userId),
          eq(checkIns.heldOn, input.heldOn),
          eq(checkIns.notes, input.notes),
          eq(checkIns.minutes, input.minutes),
        ),
      )
      .get();
    if (same) return { ok: true as const, id: same.id };
    const row = tx
      .insert(checkIns)
      .values({
        partnershipId: partnership.id,
        authorId: userId,
        heldOn: input.heldOn,
        minutes: input.minutes,
        format: input.format,
        topics: JSON.stringify(input.topics),
        notes: input.notes,
        nextSteps: input.nextSteps,
        createdAt: now,
      })
      .returning({ id: checkIns.id })
      .get();
    notifyPartners(tx, userId, partnership.id, row.id, now);
    return { ok: true as const, id: row.id };
  });
}

/** A conversation the author may still change: theirs, in a partnership they are in, confirmed by nobody. */
function ownCheckIn(userId: number, checkInId: number) {
  const row = db
    .select({ id: checkIns.id, partnershipId: checkIns.partnershipId })
    .from(checkIns)
    .innerJoin(members, and(eq(members.partnershipId, checkIns.partnershipId), eq(members.userId, userId)))
    .where(and(eq(checkIns.id, checkInId), eq(checkIns.authorId, userId)))
    .get();
  if (!row) return null;
  const confirmed = !!db
    .select({ one: sql`1` })
    .from(responses)
    .where(eq(responses.checkInId, checkInId))
    .get();
  return { ...row, confirmed };
}

export type ChangeResult = { ok: true } | { ok: false; reason: "not-found" | "confirmed" | "not-confirmed" | CheckInRefusal };

/** The author corrects a conversation nobody has confirmed yet. */
export function updateCheckIn(userId: number, participation: Participation, checkInId: number, input: CheckInInput): ChangeResult {
  const own = ownCheckIn(userId, checkInId);
  if (!own) return { ok: false, reason: "not-found" };
  if (own.confirmed) return { ok: false, reason: "confirmed" };
  const partnership = currentPartnership(userId, participation);
  if (!partnership || partnership.id !== own.partnershipId) return { ok: false, reason: "not-found" };
  const refusal = refusalOf(userId, participation, input, partnership.startsOn);
  if (refusal) return { ok: false, reason: refusal };
  db.update(checkIns)
    .set({
      heldOn: input.heldOn,
      minutes: input.minutes,
      format: input.format,
      topics: JSON.stringify(input.topics),
      notes: input.notes,
      nextSteps: input.nextSteps,
    })
    .where(eq(checkIns.id, checkInId))
    .run();
  return { ok: true };
}

/** The author deletes a conversation nobody has confirmed; the audit log keeps that it happened, never its text. */
export function deleteCheckIn(userId: number, checkInId: number): ChangeResult {
  const own = ownCheckIn(userId, checkInId);
  if (!own) return { ok: false, reason: "not-found" };
  if (own.confirmed) return { ok: false, reason: "confirmed" };
  db.transaction((tx) => {
    tx.delete(checkIns).where(eq(checkIns.id, checkInId)).run();
    tx.delete(schema.notices)
      .where(and(eq(schema.notices.kind, "checkin_logged"), sql`${schema.notices.dedupeKey} like ${`checkin-logged:${checkInId}:%`}`))
      .run();
    audit(tx, {
      actorId: userId,
      action: "checkin.delete",
      subjectType: "partnership",
      subjectId: own.partnershipId,
      detail: { checkInId },
    });
  });
  return { ok: true };
}

/** After confirmation, a correction is added under the conversation for both to see. */
export function amendCheckIn(userId: number, checkInId: number, text: string, now = clock.now()): ChangeResult {
  const own = ownCheckIn(userId, checkInId);
  if (!own) return { ok: false, reason: "not-found" };
  if (!own.confirmed) return { ok: false, reason: "not-confirmed" };
  db.insert(amendments).values({ checkInId, authorId: userId, text, createdAt: now }).run();
  return { ok: true };
}

/** The other partner confirms a logged conversation and may add their own reflection. */
export function confirmCheckIn(userId: number, checkInId: number, reflection: string, now = clock.now()): boolean {
  const row = db
    .select({ authorId: checkIns.authorId })
    .from(checkIns)
    .innerJoin(members, and(eq(members.partnershipId, checkIns.partnershipId), eq(members.userId, userId)))
    .where(eq(checkIns.id, checkInId))
    .get();
  if (!row || row.authorId === userId) return false;
  db.transaction((tx) => {
    tx.insert(responses)
      .values({ checkInId, userId, confirmedAt: now, reflection })
      .onConflictDoUpdate({ target: [responses.checkInId, responses.userId], set: { reflection } })
      .run();
    // The notice asking for this confirmation has done its job.
    tx.update(schema.notices)
      .set({ readAt: now })
      .where(and(eq(schema.notices.dedupeKey, `checkin-logged:${checkInId}:${userId}`), isNull(schema.notices.readAt)))
      .run();
  });
  return true;
}

/** A conversation a partner logged in the last days, not confirmed by this person: offered instead of logging it twice. */
export function recentByPartner(userId: number, participation: Participation, days = 6) {
  const since = addDays(participation.clock.today, -days);
  return pendingConfirmations(userId, participation).find((c) => c.heldOn >= since) ?? null;
}
