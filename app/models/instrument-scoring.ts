// Scoring of instruments, pure: no database, no clock. Everything computed from other people's
// answers goes through `summarise`, which holds the floor: below the instrument's minimum number
// of answers the result carries the count and nothing else — no mean, no spread, no item means.
/** What scoring needs of an instrument (content/instruments). */
export type Scored = {
  items: readonly { id: string; label: string; reverse: boolean }[];
  scale: { min: number; max: number };
  minAnswers: number;
};

/** An answer as it counts: reversed items turned around (on 1–7, 8 minus the answer). */
export function scoredValue(value: number, reverse: boolean, scale: Scored["scale"]): number {
  return reverse ? scale.min + scale.max - value : value;
}

/** Whether one person's answers are complete and on the scale, in item order. */
export function isCompleteAnswer(instrument: Scored, values: readonly unknown[]): values is number[] {
  return (
    values.length === instrument.items.length &&
    values.every((v) => Number.isInteger(v) && (v as number) >= instrument.scale.min && (v as number) <= instrument.scale.max)
  );
}

/** Per item, how many answered each scale value (index 0 is the scale's minimum), as given (not reversed). */
export function tally(instrument: Scored, answers: readonly number[][]): number[][] {
  const width = instrument.scale.max - instrument.scale.min + 1;
  const counts = instrument.items.map(() => Array.from({ length: width }, () => 0));
  for (const values of answers) values.forEach((v, i) => counts[i]![v - instrument.scale.min]!++);
  return counts;
}

/** Adds tallies of the same instrument (answers by link and counts from paper slips). */
export function addTallies(a: number[][], b: number[][]): number[][] {
  return a.map((row, i) => row.map((n, j) => n + (b[i]?.[j] ?? 0)));
}

/** The number of people a tally holds: every item must have been answered by the same number. */
export function respondents(counts: number[][]): number | null {
  const sums = counts.map((row) => row.reduce((s, n) => s + n, 0));
  return sums.every((s) => s === sums[0]) ? (sums[0] ?? 0) : null;
}

export type ItemMean = { id: string; label: string; mean: number };
export type Summary =
  | { shown: false; n: number; needed: number }
  | { shown: true; n: number; mean: number; spread: number; items: ItemMean[]; lowest: ItemMean; highest: ItemMean };

/**
 * Mean, spread and item means of a tally, from the instrument's minimum number of answers up.
 * The mean is that of the scored answers (reversed items turned), which equals the mean of the
 * person scores when everyone answered every item. The spread is the standard deviation of all
 * scored answers, so it can be computed from counts on paper slips too.
 */
export function summarise(instrument: Scored, counts: number[][]): Summary {
  const n = respondents(counts) ?? 0;
  if (n < instrument.minAnswers) return { shown: false, n, needed: instrument.minAnswers };
  let total = 0;
  let sum = 0;
  let squares = 0;
  const items = instrument.items.map((item, i) => {
    let itemSum = 0;
    counts[i]!.forEach((count, j) => {
      const v = scoredValue(instrument.scale.min + j, item.reverse, instrument.scale);
      itemSum += v * count;
      squares += v * v * count;
    });
    total += n;
    sum += itemSum;
    return { id: item.id, label: item.label, mean: itemSum / n };
  });
  const mean = sum / total;
  const spread = Math.sqrt(Math.max(0, squares / total - mean * mean));
  const byMean = [...items].sort((a, b) => a.mean - b.mean);
  return { shown: true, n, mean, spread, items, lowest: byMean[0]!, highest: byMean.at(-1)! };
}

/** One decimal, as people read it: 5.25 → "5,3" (nb) / "5.3" (en). */
export function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-NO`, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
}

/** How many of `values` fall on each scale value (for the owner's distributions of whole scores). */
export function distribution(values: readonly number[], scale: Scored["scale"]): number[] {
  const out = Array.from({ length: scale.max - scale.min + 1 }, () => 0);
  for (const v of values) out[Math.min(scale.max, Math.max(scale.min, Math.round(v))) - scale.min]!++;
  return out;
}

export const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
