import { eq } from "drizzle-orm";

import { getParticipation } from "~/models/cohort.server";
import { collectMyData, deleteAccount } from "~/models/my-data.server";
import { cohortOutcomes, comparisonRow } from "~/models/outcomes.server";
import { answerPulse, closePulse, listPulses, openPulse, openPulseByToken } from "~/models/pulse.server";
import { MAX_ANSWERS_PER_CLIENT, resetAnswerSlotsForTests } from "~/models/pulse-rate.server";
import { applyRetention } from "~/models/retention.server";
import { listSelfAssessments, saveSelfAssessment } from "~/models/self-assessment.server";
import { loader as outcomesLoader } from "~/routes/admin.cohorts.$cohortId.outcomes";
import { loader as outcomesCsvLoader } from "~/routes/admin.cohorts.$cohortId.outcomes[.]csv";
import { action as answerAction, loader as answerLoader } from "~/routes/p.$token";
import { loader as pulsesLoader } from "~/routes/pulse";
import { loader as pulseLoader } from "~/routes/pulse_.$pulseId";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { getInstrument, getInstruments, occasionWindows } from "~/utils/instruments.server";
import { addDays, calendarDate, mondayOf, zonedInstant } from "~/utils/programme-time";
import { createSession } from "~/utils/session.server";

import { addMember, makeCohort, makeUser, requestAs, TEST_PASSWORD } from "../support/factories";

// Every cohort here starts on the Monday of the test's own instant, so week 1 is "now" at any
// named instant; later weeks are reached by passing `now` to the models.
const today = () => calendarDate(clock.now());
const startDate = () => mondayOf(today());
const inWeek = (week: number) => zonedInstant(addDays(startDate(), (week - 1) * 7 + 2), "12:00");
const SAFETY = "teamets-psykologiske-trygghet";
const K = "egenvurdering-metodeveilederrollen";
const kAnswers = (v: number) => ({
  "k1-kapasitet": v,
  "k2-ukentlig-veiledning": v,
  "k3-behandlingsteam": v,
  "k4-feltveiledning": v,
  "k5-resultater": v,
});

async function cohortOf(n: number) {
  const cohort = makeCohort({ startDate: startDate() });
  const people = [];
  for (let i = 0; i < n; i++) {
    const u = await makeUser();
    addMember(cohort.id, u.id, "participant");
    people.push(u);
  }
  const owner = await makeUser({ name: "Eier" });
  addMember(cohort.id, owner.id, "owner");
  return { cohort, people, owner };
}

const part = (userId: number, now = clock.now()) => getParticipation(userId, now)!;
const seven = (v: number) => Array.from({ length: 7 }, () => v);

async function get(token: string, url: string, loader: (args: never) => unknown, params: Record<string, string> = {}) {
  const result = await loader({ request: await requestAs(token, url), params, context: {} } as never);
  return result instanceof Response ? await result.text() : JSON.stringify(result);
}

describe("instruments as content", () => {
  it("loads the three instruments, checked against programme.yaml", () => {
    expect([...getInstruments().keys()].sort()).toEqual([K, "mi-egenrating", SAFETY]);
    expect(getInstrument(K)!.items).toHaveLength(5);
    expect(getInstrument(SAFETY)!.items).toHaveLength(7);
    expect(getInstrument(SAFETY)!.scale).toMatchObject({ min: 1, max: 7 });
  });

  it("turns occasions into programme weeks: start at Samling 1, halfway around Samling 4, the end before Samling 6", () => {
    const windows = occasionWindows(getInstrument(K)!, "2026-06-29");
    expect(windows.map((w) => [w.key, w.fromWeek, w.toWeek])).toEqual([
      ["start", 1, 6],
      ["halvveis", 21, 28],
      ["slutt", 46, 52],
    ]);
    expect(windows[0]).toMatchObject({ opensOn: "2026-06-29", closesOn: "2026-08-09" });
  });
});

describe("the self-assessment", () => {
  it("is answered at start and end, changed while open, closed afterwards, and private", async () => {
    const { people } = await cohortOf(2);
    const [a, b] = people as [(typeof people)[0], (typeof people)[0]];
    expect(
      saveSelfAssessment(a.id, part(a.id), {
        instrument: K,
        occasion: "start",
        answers: kAnswers(2),
        notes: { "k4-feltveiledning": "Planlegge feltdager." },
      }),
    ).toEqual({ ok: true });
    expect(saveSelfAssessment(a.id, part(a.id), { instrument: K, occasion: "start", answers: kAnswers(3), notes: {} })).toEqual({
      ok: true,
    });
    // Not open yet, and incomplete answers are refused.
    expect(saveSelfAssessment(a.id, part(a.id), { instrument: K, occasion: "slutt", answers: kAnswers(4), notes: {} })).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(saveSelfAssessment(a.id, part(a.id), { instrument: K, occasion: "start", answers: { "k1-kapasitet": 3 }, notes: {} })).toEqual({
      ok: false,
      reason: "incomplete",
    });
    const end = inWeek(48);
    expect(saveSelfAssessment(a.id, part(a.id, end), { instrument: K, occasion: "slutt", answers: kAnswers(4), notes: {} }, end)).toEqual({
      ok: true,
    });
    // The start round closed in week 6.
    expect(saveSelfAssessment(a.id, part(a.id, end), { instrument: K, occasion: "start", answers: kAnswers(5), notes: {} }, end)).toEqual({
      ok: false,
      reason: "closed",
    });

    const mine = listSelfAssessments(a.id, part(a.id, end), end).find((s) => s.instrument.slug === K)!;
    expect(mine.occasions.map((o) => [o.key, o.answers?.["k1-kapasitet"] ?? null])).toEqual([
      ["start", 3],
      ["halvveis", null],
      ["slutt", 4],
    ]);
    const bSees = listSelfAssessments(b.id, part(b.id, end), end).find((s) => s.instrument.slug === K)!;
    expect(bSees.occasions.every((o) => o.answers === null)).toBe(true);
  });

  it("is in «Mine data» and goes with the account", async () => {
    const { people } = await cohortOf(1);
    const a = people[0]!;
    saveSelfAssessment(a.id, part(a.id), {
      instrument: K,
      occasion: "start",
      answers: kAnswers(2),
      notes: { "k1-kapasitet": "Færre oppgaver." },
    });
    expect(collectMyData(a.id)!.selfAssessments).toMatchObject([
      { instrument: K, occasion: "start", notes: { "k1-kapasitet": "Færre oppgaver." } },
    ]);
    expect(await deleteAccount(a.id, TEST_PASSWORD)).toEqual({ ok: true });
    expect(db.select().from(schema.selfAssessments).where(eq(schema.selfAssessments.userId, a.id)).all()).toEqual([]);
  });
});

describe("the team measurement", () => {
  beforeEach(() => resetAnswerSlotsForTests());

  async function pulseWith(answers: number[][], closed = true) {
    const { cohort, people, owner } = await cohortOf(1);
    const leader = people[0]!;
    const opened = openPulse(leader.id, part(leader.id), { instrument: SAFETY, closesOn: addDays(today(), 7), mode: "link" });
    if (!opened.ok) throw new Error(opened.reason);
    const token = db.select().from(schema.pulses).where(eq(schema.pulses.id, opened.id)).get()!.token;
    for (const values of answers) expect(answerPulse(token, values)).toEqual({ ok: true });
    if (closed) closePulse(leader.id, part(leader.id), opened.id);
    return { cohort, leader, owner, token, pulseId: opened.id };
  }

  it("with four answers, no page, CSV or JSON response carries a mean", async () => {
    const { cohort, leader, owner, pulseId } = await pulseWith([seven(2), seven(5), seven(6), seven(7)]);
    const leaderToken = createSession(leader.id).token;
    const ownerToken = createSession(owner.id).token;
    const responses = [
      await get(leaderToken, "http://localhost/pulse", pulsesLoader),
      await get(leaderToken, `http://localhost/pulse/${pulseId}`, pulseLoader, { pulseId: String(pulseId) }),
      await get(ownerToken, `http://localhost/admin/cohorts/${cohort.id}/outcomes`, outcomesLoader, { cohortId: String(cohort.id) }),
      await get(ownerToken, `http://localhost/admin/cohorts/${cohort.id}/outcomes.csv`, outcomesCsvLoader, { cohortId: String(cohort.id) }),
    ];
    for (const body of responses) {
      expect(body).not.toMatch(/"mean"|"spread"|"lowest"|"highest"|meanBefore|meanAfter/);
      expect(body).not.toMatch(/\d[.,]\d/);
    }
    expect(responses[0]).toContain('"n":4');
    expect(listPulses(leader.id, part(leader.id))[0]!.result).toEqual({ shown: false, n: 4, needed: 5 });
  });

  it("shows mean, spread and item means from five answers, once closed, and compares with the team's earlier measurement", async () => {
    const { leader, token, pulseId } = await pulseWith([seven(4), seven(4), seven(4), seven(4), seven(4)], false);
    // Open: the count only, even with five answers, so nobody watches the mean move.
    expect(listPulses(leader.id, part(leader.id))[0]).toMatchObject({ open: true, answers: 5, result: null });
    closePulse(leader.id, part(leader.id), pulseId);
    const first = listPulses(leader.id, part(leader.id))[0]!;
    expect(first.result).toMatchObject({ shown: true, n: 5, mean: 4, spread: 0 });
    expect(openPulseByToken(token)).toBeNull();

    const again = openPulse(leader.id, part(leader.id), { instrument: SAFETY, closesOn: today(), mode: "link" });
    if (!again.ok) throw new Error(again.reason);
    const t2 = db.select().from(schema.pulses).where(eq(schema.pulses.id, again.id)).get()!.token;
    // Reversed items 1, 3, 5 answered 1 and the others 7: every score is 7.
    for (let i = 0; i < 5; i++) answerPulse(t2, [1, 7, 1, 7, 1, 7, 7]);
    closePulse(leader.id, part(leader.id), again.id);
    const latest = listPulses(leader.id, part(leader.id))[0]!;
    expect(latest.result).toMatchObject({ shown: true, mean: 7 });
    expect(latest.earlier).toMatchObject({ id: pulseId, result: { mean: 4 } });
  });

  it("answers 404 alike for unknown, closed and paper measurements", async () => {
    const { leader, token } = await pulseWith([], true);
    const paper = openPulse(leader.id, part(leader.id), { instrument: SAFETY, closesOn: today(), mode: "paper" });
    if (!paper.ok) throw new Error(paper.reason);
    const paperToken = db.select().from(schema.pulses).where(eq(schema.pulses.id, paper.id)).get()!.token;
    for (const t of [token, paperToken, "b".repeat(32), "../x"]) {
      const thrown = await Promise.resolve(
        answerLoader({ request: new Request(`http://localhost/p/${t}`), params: { token: t }, context: {} }),
      ).catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).status).toBe(404);
      expect(await (thrown as Response).text()).toBe("Fant ikke siden.");
    }
  });

  it("does not count 50 answers from one client in a minute, and stores nothing about who answered", async () => {
    const { leader, token, pulseId } = await pulseWith([], false);
    const body = new URLSearchParams(Object.fromEntries(getInstrument(SAFETY)!.items.map((i) => [`q_${i.id}`, "6"]))).toString();
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      const request = new Request(`http://localhost/p/${token}`, {
        method: "POST",
        body,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      const out = await Promise.resolve(answerAction({ request, params: { token }, context: { clientIp: "198.51.100.7" } })).catch(
        (e: unknown) => e,
      );
      statuses.push(out instanceof Response ? out.status : ((out as { init?: { status?: number } }).init?.status ?? 200));
    }
    const stored = db.select().from(schema.pulseAnswers).where(eq(schema.pulseAnswers.pulseId, pulseId)).all();
    expect(stored).toHaveLength(MAX_ANSWERS_PER_CLIENT);
    expect(statuses.filter((s) => s === 302)).toHaveLength(MAX_ANSWERS_PER_CLIENT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(50 - MAX_ANSWERS_PER_CLIENT);
    // A row is the values and the measurement, nothing else.
    expect(Object.keys(stored[0]!).sort()).toEqual(["id", "pulseId", "values"]);
    expect(leader.id).toBeGreaterThan(0);
  });

  it("a phone that has answered is told so instead of counting twice", async () => {
    const { token, pulseId } = await pulseWith([], false);
    const body = new URLSearchParams(Object.fromEntries(getInstrument(SAFETY)!.items.map((i) => [`q_${i.id}`, "5"]))).toString();
    const post = (cookie?: string) =>
      Promise.resolve(
        answerAction({
          request: new Request(`http://localhost/p/${token}`, {
            method: "POST",
            body,
            headers: { "Content-Type": "application/x-www-form-urlencoded", ...(cookie ? { Cookie: cookie } : {}) },
          }),
          params: { token },
          context: { clientIp: "198.51.100.8" },
        }),
      ).catch((e: unknown) => e);
    const first = (await post()) as Response;
    expect(first.status).toBe(302);
    const cookie = first.headers.get("Set-Cookie")!.split(";")[0]!;
    const second = (await post(cookie)) as { init: { status: number } };
    expect(second.init.status).toBe(409);
    expect(db.select().from(schema.pulseAnswers).where(eq(schema.pulseAnswers.pulseId, pulseId)).all()).toHaveLength(1);
  });
});

describe("the owner's before and after", () => {
  it("builds one comparison row the same way for items and for team means", () => {
    // Team means are fractions: 3.4 counts at 3, 3.6 at 4. Before: 1+3.4+3.6+5+7 = 20, mean 4.
    expect(comparisonRow("Trygghet", [1, 3.4, 3.6, 5, 7], [5, 5, 6, 6, 7], { min: 1, max: 7 })).toEqual({
      label: "Trygghet",
      before: [1, 0, 1, 1, 1, 0, 1],
      after: [0, 0, 0, 0, 2, 2, 1],
      meanBefore: 4,
      meanAfter: 5.8,
    });
  });

  it("shows the cohort's self-assessment distribution from five participants with both answers, not from four", async () => {
    const { cohort, people } = await cohortOf(5);
    const half = inWeek(22);
    people.forEach((p, i) => {
      saveSelfAssessment(p.id, part(p.id), { instrument: K, occasion: "start", answers: kAnswers(2), notes: {} });
      if (i < 4) saveSelfAssessment(p.id, part(p.id, half), { instrument: K, occasion: "halvveis", answers: kAnswers(4), notes: {} }, half);
    });
    const four = cohortOutcomes(cohort, half).find((o) => o.slug === K)!;
    expect(four.occasions.map((o) => o.answered)).toEqual([5, 4, 0]);
    expect(four.comparisons[0]).toEqual({ from: "Oppstart", to: "Halvveis", shown: false, pairs: 4, needed: 5 });
    saveSelfAssessment(
      people[4]!.id,
      part(people[4]!.id, half),
      { instrument: K, occasion: "halvveis", answers: kAnswers(3), notes: {} },
      half,
    );
    const five = cohortOutcomes(cohort, half).find((o) => o.slug === K)!.comparisons[0]!;
    if (!five.shown) throw new Error("five pairs must show");
    // Before: all five at 2. After: four at 4 and one at 3, mean 3.8.
    expect(five.rows[0]).toEqual({ label: "K1 Kapasitet", before: [0, 5, 0, 0, 0], after: [0, 0, 1, 4, 0], meanBefore: 2, meanAfter: 3.8 });
  });

  it("counts a team only with a closed result over the floor, and shows team means from five teams", async () => {
    const { cohort, people } = await cohortOf(5);
    const later = inWeek(11);
    for (const [i, leader] of people.entries()) {
      for (const [now, value] of [
        [clock.now(), 3],
        [later, 5],
      ] as const) {
        const p = openPulse(leader.id, part(leader.id, now), { instrument: SAFETY, closesOn: calendarDate(now), mode: "link" }, now);
        if (!p.ok) throw new Error(p.reason);
        const token = db.select().from(schema.pulses).where(eq(schema.pulses.id, p.id)).get()!.token;
        // The fifth team has only four answers at the second round.
        const n = i === 4 && value === 5 ? 4 : 5;
        for (let k = 0; k < n; k++) answerPulse(token, [8 - value, value, 8 - value, value, 8 - value, value, value], now);
        closePulse(leader.id, part(leader.id, now), p.id, now);
      }
    }
    const team = cohortOutcomes(cohort, later).find((o) => o.slug === SAFETY)!;
    expect(team.occasions.map((o) => [o.key, o.answered, o.answers])).toEqual([
      ["start", 5, 25],
      ["underveis", 5, 24],
      ["ny-maling", 0, 0],
    ]);
    expect(team.comparisons[0]).toMatchObject({ shown: false, pairs: 4, needed: 5 });
  });

  it("goes with the cohort's retention: measurements, their answers and self-assessments", async () => {
    const { cohort, people } = await cohortOf(1);
    const leader = people[0]!;
    saveSelfAssessment(leader.id, part(leader.id), { instrument: K, occasion: "start", answers: kAnswers(2), notes: {} });
    const p = openPulse(leader.id, part(leader.id), { instrument: SAFETY, closesOn: today(), mode: "link" });
    if (!p.ok) throw new Error(p.reason);
    answerPulse(db.select().from(schema.pulses).where(eq(schema.pulses.id, p.id)).get()!.token, seven(4));
    const afterRetention = zonedInstant(addDays(startDate(), 52 * 7 + 400), "12:00");
    const done = applyRetention(afterRetention).find((r) => r.cohortId === cohort.id);
    expect(done).toMatchObject({ selfAssessments: 1, pulses: 1 });
    expect(db.select().from(schema.pulseAnswers).where(eq(schema.pulseAnswers.pulseId, p.id)).all()).toEqual([]);
  });
});
