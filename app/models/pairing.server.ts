// Training-partner pairings for a cohort: random pairs (a trio when the count is odd) that never
// repeat a pair from an earlier period of the cohort; a proposal is adjusted by hand and then
// published, and takes effect from the first week of its period.
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

import { audit } from "./audit.server";
import { notify } from "./notify.server";

const { partnerships, partnershipMembers: members, users, memberships } = schema;

export type Group = number[];

const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

function pairsOf(group: Group): string[] {
  const out: string[] = [];
  for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) out.push(key(group[i]!, group[j]!));
  return out;
}

/** Seeded shuffle, so a proposal can be reproduced in tests. */
function shuffle<T>(items: T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * Groups people into pairs (one trio if odd), avoiding every pair in `earlier`. Tries random orders
 * and keeps the grouping with the fewest repeats; returns how many repeats could not be avoided.
 */
export function groupPeople(
  people: number[],
  earlier: Set<string>,
  random: () => number = Math.random,
  attempts = 500,
): { groups: Group[]; repeats: number } {
  if (people.length < 2) return { groups: people.length ? [[...people]] : [], repeats: 0 };
  let best: { groups: Group[]; repeats: number } | null = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const order = shuffle(people, random);
    const groups: Group[] = [];
    const left = [...order];
    while (left.length) {
      const a = left.shift()!;
      const size = left.length === 2 ? 2 : 1; // the last three form a trio
      const partners: number[] = [];
      for (let s = 0; s < size; s++) {
        const idx = left.findIndex((b) => !earlier.has(key(a, b)) && partners.every((p) => !earlier.has(key(p, b))));
        partners.push(left.splice(idx >= 0 ? idx : 0, 1)[0]!);
      }
      groups.push([a, ...partners]);
    }
    const repeats = groups.flatMap(pairsOf).filter((p) => earlier.has(p)).length;
    if (!best || repeats < best.repeats) best = { groups, repeats };
    if (repeats === 0) break;
  }
  return best!;
}

function earlierPairs(cohortId: number): Set<string> {
  const rows = db
    .select({ pid: members.partnershipId, uid: members.userId })
    .from(members)
    .innerJoin(partnerships, eq(partnerships.id, members.partnershipId))
    .where(and(eq(partnerships.cohortId, cohortId), isNotNull(partnerships.publishedAt)))
    .all();
  const byP = new Map<number, number[]>();
  for (const r of rows) byP.set(r.pid, [...(byP.get(r.pid) ?? []), r.uid]);
  return new Set([...byP.values()].flatMap(pairsOf));
}

export type PeriodRefusal = "bad-period" | "overlap" | "too-few" | "bad-group" | "no-proposal" | "repeats";

/** For each person, the names of everyone they have been paired with in published periods. */
function earlierPartnersByPerson(cohortId: number): Map<number, string[]> {
  const rows = db
    .select({ pid: members.partnershipId, uid: members.userId, name: users.name })
    .from(members)
    .innerJoin(partnerships, eq(partnerships.id, members.partnershipId))
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(partnerships.cohortId, cohortId), isNotNull(partnerships.publishedAt)))
    .orderBy(asc(partnerships.fromWeek))
    .all();
  const byP = new Map<number, { uid: number; name: string }[]>();
  for (const r of rows) byP.set(r.pid, [...(byP.get(r.pid) ?? []), { uid: r.uid, name: r.name }]);
  const out = new Map<number, string[]>();
  for (const group of byP.values()) {
    for (const m of group) {
      const others = group.filter((o) => o.uid !== m.uid).map((o) => o.name);
      out.set(m.uid, [...new Set([...(out.get(m.uid) ?? []), ...others])]);
    }
  }
  return out;
}

function overlapsPublished(cohortId: number, fromWeek: number, toWeek: number) {
  return db
    .select({ id: partnerships.id, from: partnerships.fromWeek, to: partnerships.toWeek })
    .from(partnerships)
    .where(and(eq(partnerships.cohortId, cohortId), isNotNull(partnerships.publishedAt)))
    .all()
    .some((p) => p.from <= toWeek && fromWeek <= p.to);
}

function participantIds(cohortId: number) {
  return db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.cohortId, cohortId), eq(memberships.role, "participant")))
    .all()
    .map((r) => r.id);
}

function storeProposal(
  tx: Parameters<Parameters<typeof db.transaction>[0]>[0],
  cohortId: number,
  fromWeek: number,
  toWeek: number,
  groups: Group[],
) {
  tx.delete(partnerships)
    .where(and(eq(partnerships.cohortId, cohortId), isNull(partnerships.publishedAt)))
    .run();
  for (const g of groups) {
    const p = tx.insert(partnerships).values({ cohortId, fromWeek, toWeek }).returning({ id: partnerships.id }).get();
    for (const userId of g) tx.insert(members).values({ partnershipId: p.id, userId }).run();
  }
}

/** Proposes a new pairing for a period (replacing any unpublished proposal). Nothing is visible to participants yet. */
export function proposePairing(
  actor: { id: number },
  cohortId: number,
  fromWeek: number,
  toWeek: number,
  random: () => number = Math.random,
) {
  if (!(fromWeek >= 1 && toWeek <= 52 && fromWeek <= toWeek)) return { ok: false as const, reason: "bad-period" as PeriodRefusal };
  if (overlapsPublished(cohortId, fromWeek, toWeek)) return { ok: false as const, reason: "overlap" as PeriodRefusal };
  const people = participantIds(cohortId);
  if (people.length < 2) return { ok: false as const, reason: "too-few" as PeriodRefusal };
  const { groups, repeats } = groupPeople(people, earlierPairs(cohortId), random);
  db.transaction((tx) => {
    storeProposal(tx, cohortId, fromWeek, toWeek, groups);
    audit(tx, {
      actorId: actor.id,
      action: "pairing.propose",
      subjectType: "cohort",
      subjectId: cohortId,
      detail: { fromWeek, toWeek, groups: groups.length },
    });
  });
  return { ok: true as const, repeats };
}

/** Replaces the proposal's groups with a hand-adjusted grouping: each group of two or three. */
export function adjustProposal(actor: { id: number }, cohortId: number, assignment: Map<number, number>) {
  const proposal = getProposal(cohortId);
  if (!proposal) return { ok: false as const, reason: "no-proposal" as PeriodRefusal };
  const people = new Set(proposal.groups.flatMap((g) => g.members.map((m) => m.userId)));
  if (assignment.size !== people.size || [...assignment.keys()].some((id) => !people.has(id)))
    return { ok: false as const, reason: "bad-group" as PeriodRefusal };
  const byGroup = new Map<number, number[]>();
  for (const [userId, g] of assignment) byGroup.set(g, [...(byGroup.get(g) ?? []), userId]);
  const groups = [...byGroup.values()];
  if (groups.some((g) => g.length < 2 || g.length > 3)) return { ok: false as const, reason: "bad-group" as PeriodRefusal };
  db.transaction((tx) => {
    storeProposal(tx, cohortId, proposal.fromWeek, proposal.toWeek, groups);
    audit(tx, {
      actorId: actor.id,
      action: "pairing.adjust",
      subjectType: "cohort",
      subjectId: cohortId,
      detail: { groups: groups.length },
    });
  });
  return { ok: true as const };
}

/**
 * Publishes the proposal. A grouping that repeats an earlier pair (after a hand adjustment) is
 * refused unless the owner has confirmed it knowingly. Everyone in it gets a notice: who, from when.
 */
export function publishProposal(actor: { id: number }, cohortId: number, now = clock.now(), options: { confirmRepeats?: boolean } = {}) {
  const proposal = getProposal(cohortId);
  if (!proposal) return { ok: false as const, reason: "no-proposal" as PeriodRefusal };
  if (overlapsPublished(cohortId, proposal.fromWeek, proposal.toWeek)) return { ok: false as const, reason: "overlap" as PeriodRefusal };
  if (proposal.groups.some((g) => g.repeat) && !options.confirmRepeats) return { ok: false as const, reason: "repeats" as PeriodRefusal };
  db.transaction((tx) => {
    tx.update(partnerships)
      .set({ publishedAt: now })
      .where(and(eq(partnerships.cohortId, cohortId), isNull(partnerships.publishedAt)))
      .run();
    notify(
      tx,
      proposal.groups.flatMap((g) =>
        g.members.map((m) => ({
          userId: m.userId,
          kind: "pairs_published",
          dedupeKey: `pairs-published:${g.id}:${m.userId}`,
          link: "/partner",
          titleKey: "notices.pairsPublished",
          values: {
            week: proposal.fromWeek,
            names: g.members
              .filter((o) => o.userId !== m.userId)
              .map((o) => o.name)
              .join(", "),
          },
          mail: "checkIn" as const,
        })),
      ),
      now,
    );
    audit(tx, {
      actorId: actor.id,
      action: "pairing.publish",
      subjectType: "cohort",
      subjectId: cohortId,
      detail: { fromWeek: proposal.fromWeek, toWeek: proposal.toWeek },
    });
  });
  return { ok: true as const };
}

function listGroups(cohortId: number, published: boolean) {
  const rows = db
    .select({ id: partnerships.id, fromWeek: partnerships.fromWeek, toWeek: partnerships.toWeek, userId: users.id, name: users.name })
    .from(partnerships)
    .innerJoin(members, eq(members.partnershipId, partnerships.id))
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(partnerships.cohortId, cohortId), published ? isNotNull(partnerships.publishedAt) : isNull(partnerships.publishedAt)))
    .orderBy(asc(partnerships.fromWeek), asc(partnerships.id), asc(users.name))
    .all();
  const groups = new Map<number, { id: number; fromWeek: number; toWeek: number; members: { userId: number; name: string }[] }>();
  for (const r of rows) {
    const g = groups.get(r.id) ?? { id: r.id, fromWeek: r.fromWeek, toWeek: r.toWeek, members: [] };
    g.members.push({ userId: r.userId, name: r.name });
    groups.set(r.id, g);
  }
  return [...groups.values()];
}

export function getProposal(cohortId: number) {
  const groups = listGroups(cohortId, false);
  if (!groups.length) return null;
  const earlier = earlierPairs(cohortId);
  const before = earlierPartnersByPerson(cohortId);
  return {
    fromWeek: groups[0]!.fromWeek,
    toWeek: groups[0]!.toWeek,
    groups: groups.map((g) => ({
      ...g,
      members: g.members.map((m) => ({ ...m, earlierPartners: before.get(m.userId) ?? [] })),
      repeat: pairsOf(g.members.map((m) => m.userId)).some((p) => earlier.has(p)),
    })),
  };
}

/** Published periods, newest first, each with its groups. */
export function pairingHistory(cohortId: number) {
  const periods = new Map<
    string,
    { fromWeek: number; toWeek: number; groups: { id: number; members: { userId: number; name: string }[] }[] }
  >();
  for (const g of listGroups(cohortId, true)) {
    const k = `${g.fromWeek}-${g.toWeek}`;
    const p = periods.get(k) ?? { fromWeek: g.fromWeek, toWeek: g.toWeek, groups: [] };
    p.groups.push({ id: g.id, members: g.members });
    periods.set(k, p);
  }
  return [...periods.values()].sort((a, b) => b.fromWeek - a.fromWeek);
}

/** The period a new proposal should cover by default: right after the last published one. */
export function nextPeriod(cohortId: number, length = 13) {
  const last = pairingHistory(cohortId)[0];
  const fromWeek = last ? Math.min(52, last.toWeek + 1) : 1;
  return { fromWeek, toWeek: Math.min(52, fromWeek + length - 1) };
}
