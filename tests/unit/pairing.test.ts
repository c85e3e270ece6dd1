import {
  adjustProposal,
  getProposal,
  groupPeople,
  nextPeriod,
  pairingHistory,
  proposePairing,
  publishProposal,
} from "~/models/pairing.server";

import { addMember, makeCohort, makeUser } from "../support/factories";

function seeded(seed: number) {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

describe("pairing training partners", () => {
  it("makes pairs of everyone, with one trio when the count is odd", () => {
    for (const n of [2, 3, 8, 11, 90]) {
      const people = Array.from({ length: n }, (_, i) => i + 1);
      const { groups } = groupPeople(people, new Set(), seeded(n));
      expect(groups.flat().sort((a, b) => a - b)).toEqual(people);
      expect(groups.filter((g) => g.length === 3)).toHaveLength(n % 2);
      expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
    }
  });

  it("never repeats a pair from earlier periods when it can be avoided", () => {
    const people = Array.from({ length: 12 }, (_, i) => i + 1);
    const earlier = new Set<string>();
    for (let round = 0; round < 4; round++) {
      const { groups, repeats } = groupPeople(people, earlier, seeded(round + 7));
      expect(repeats).toBe(0);
      for (const g of groups)
        for (let i = 0; i < g.length; i++)
          for (let j = i + 1; j < g.length; j++) {
            expect(earlier.has(key(g[i]!, g[j]!))).toBe(false);
            earlier.add(key(g[i]!, g[j]!));
          }
    }
  });

  it("proposes, adjusts and publishes periods for a cohort, and rotation brings new partners", async () => {
    const cohort = makeCohort();
    const owner = await makeUser();
    const people = [];
    for (let i = 0; i < 7; i++) {
      const u = await makeUser();
      addMember(cohort.id, u.id, "participant");
      people.push(u.id);
    }
    expect(nextPeriod(cohort.id)).toEqual({ fromWeek: 1, toWeek: 13 });
    expect(proposePairing(owner, cohort.id, 1, 13, seeded(1))).toEqual({ ok: true, repeats: 0 });
    const proposal = getProposal(cohort.id)!;
    expect(proposal.groups.map((g) => g.members.length).sort()).toEqual([2, 2, 3]);
    expect(pairingHistory(cohort.id)).toEqual([]); // not visible until published

    // Move one person out of the trio into a pair, making two trios... that is allowed; a group of one is not.
    const trio = proposal.groups.find((g) => g.members.length === 3)!;
    const pair = proposal.groups.find((g) => g.members.length === 2)!;
    const assignment = new Map<number, number>();
    proposal.groups.forEach((g, i) => g.members.forEach((m) => assignment.set(m.userId, i + 1)));
    const lonely = new Map(assignment);
    for (const m of pair.members) lonely.set(m.userId, proposal.groups.indexOf(trio) + 1);
    lonely.set(trio.members[0]!.userId, 99);
    expect(adjustProposal(owner, cohort.id, lonely)).toEqual({ ok: false, reason: "bad-group" });
    expect(adjustProposal(owner, cohort.id, assignment)).toEqual({ ok: true });

    expect(publishProposal(owner, cohort.id)).toEqual({ ok: true });
    expect(pairingHistory(cohort.id)).toHaveLength(1);
    expect(nextPeriod(cohort.id)).toEqual({ fromWeek: 14, toWeek: 26 });
    expect(proposePairing(owner, cohort.id, 10, 20)).toEqual({ ok: false, reason: "overlap" });
    expect(proposePairing(owner, cohort.id, 14, 26, seeded(2))).toEqual({ ok: true, repeats: 0 });
    publishProposal(owner, cohort.id);

    const history = pairingHistory(cohort.id);
    expect(history.map((p) => p.fromWeek)).toEqual([14, 1]);
    const pairsIn = (period: (typeof history)[number]) =>
      new Set(
        period.groups.flatMap((g) =>
          g.members.flatMap((a) => g.members.filter((b) => b.userId > a.userId).map((b) => key(a.userId, b.userId))),
        ),
      );
    const first = pairsIn(history[1]!);
    for (const p of pairsIn(history[0]!)) expect(first.has(p)).toBe(false);
  });

  it("refuses a period outside weeks 1–52 or in the wrong order, and a cohort of one", async () => {
    const cohort = makeCohort();
    const owner = await makeUser();
    const only = await makeUser();
    addMember(cohort.id, only.id, "participant");
    expect(proposePairing(owner, cohort.id, 0, 13)).toEqual({ ok: false, reason: "bad-period" });
    expect(proposePairing(owner, cohort.id, 20, 10)).toEqual({ ok: false, reason: "bad-period" });
    expect(proposePairing(owner, cohort.id, 1, 53)).toEqual({ ok: false, reason: "bad-period" });
    expect(proposePairing(owner, cohort.id, 1, 13)).toEqual({ ok: false, reason: "too-few" });
  });
});
