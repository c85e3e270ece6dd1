import { distribution, isCompleteAnswer, respondents, type Scored, scoredValue, summarise, tally } from "~/models/instrument-scoring";
import { getInstrument } from "~/utils/instruments.server";

// A small instrument to compute by hand: three items on 1–5, the second reversed, floor at five.
const small: Scored = {
  scale: { min: 1, max: 5 },
  minAnswers: 5,
  items: [
    { id: "a", label: "A", reverse: false },
    { id: "b", label: "B", reverse: true },
    { id: "c", label: "C", reverse: false },
  ],
};

describe("scoring an instrument", () => {
  it("turns reversed items around: on 1–7 the value is 8 minus the answer, on 1–5 it is 6 minus", () => {
    const safety = getInstrument("teamets-psykologiske-trygghet")!;
    expect(safety.items.map((i) => i.reverse)).toEqual([true, false, true, false, true, false, false]);
    expect(scoredValue(7, true, safety.scale)).toBe(1);
    expect(scoredValue(2, true, safety.scale)).toBe(6);
    expect(scoredValue(2, false, safety.scale)).toBe(2);
    expect(scoredValue(1, true, small.scale)).toBe(5);
  });

  it("computes mean, spread and item means of five answers as done by hand", () => {
    // Scored (b reversed): [5,5,4] [4,4,4] [3,3,3] [5,5,5] [4,4,3]
    const answers = [
      [5, 1, 4],
      [4, 2, 4],
      [3, 3, 3],
      [5, 1, 5],
      [4, 2, 3],
    ];
    const s = summarise(small, tally(small, answers));
    if (!s.shown) throw new Error("five answers must show");
    expect(s.n).toBe(5);
    // (21 + 21 + 19) / 15
    expect(s.mean).toBeCloseTo(61 / 15, 10);
    // Σx² = 91 + 91 + 75 = 257; variance = 257/15 − (61/15)² = 134/225
    expect(s.spread).toBeCloseTo(Math.sqrt(134 / 225), 10);
    expect(s.items.map((i) => i.mean)).toEqual([4.2, 4.2, 3.8]);
    expect(s.lowest).toMatchObject({ id: "c", mean: 3.8 });
    expect(s.highest.mean).toBe(4.2);
  });

  it("gives the module's mean for the seven statements: reversal first, then the mean of the scores", () => {
    const safety = getInstrument("teamets-psykologiske-trygghet")!;
    // Five people who all answer 2 on the reversed items and 6 on the others: every score is 6.
    const answers = Array.from({ length: 5 }, () => [2, 6, 2, 6, 2, 6, 6]);
    const s = summarise(safety, tally(safety, answers));
    expect(s).toMatchObject({ shown: true, n: 5, mean: 6, spread: 0 });
  });

  it("shows nothing but the count below the floor: four answers carry no mean", () => {
    const four = summarise(
      small,
      tally(small, [
        [5, 1, 4],
        [4, 2, 4],
        [3, 3, 3],
        [5, 1, 5],
      ]),
    );
    expect(four).toEqual({ shown: false, n: 4, needed: 5 });
    expect(JSON.stringify(four)).not.toMatch(/mean|spread|items/);
  });

  it("refuses tallies where the items were answered by different numbers of people", () => {
    expect(
      respondents([
        [1, 1],
        [2, 0],
      ]),
    ).toBe(2);
    expect(
      respondents([
        [1, 1],
        [1, 0],
      ]),
    ).toBeNull();
    expect(
      summarise(small, [
        [5, 0, 0, 0, 0],
        [4, 0, 0, 0, 0],
        [5, 0, 0, 0, 0],
      ]),
    ).toMatchObject({ shown: false, n: 0 });
  });

  it("accepts only complete answers on the scale", () => {
    expect(isCompleteAnswer(small, [1, 5, 3])).toBe(true);
    expect(isCompleteAnswer(small, [1, 5])).toBe(false);
    expect(isCompleteAnswer(small, [0, 5, 3])).toBe(false);
    expect(isCompleteAnswer(small, [1, 6, 3])).toBe(false);
    expect(isCompleteAnswer(small, [1.5, 5, 3])).toBe(false);
    expect(isCompleteAnswer(small, ["1", 5, 3])).toBe(false);
  });

  it("counts whole scores for the owner's distributions, rounding team means to the nearest point", () => {
    expect(distribution([1, 2, 2, 5, 4.6, 3.4], small.scale)).toEqual([1, 2, 1, 0, 2]);
  });
});
