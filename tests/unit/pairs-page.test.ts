// The overview's pair search (a GET form): any query string gives a valid page, never a throw,
// and the page holds what the search asked for.
import fc from "fast-check";

import { PAIRS_PER_PAGE, pairSearchSchema } from "~/forms/pair-search";
import { pairsPage } from "~/models/progress.server";

const pairs = Array.from({ length: 1000 }, (_, i) => ({
  partnershipId: i + 1,
  names: [`Deltaker ${2 * i + 1} Nordmann`, `Deltaker ${2 * i + 2} Ås`],
  startsOn: "2026-01-05",
  last4: 0,
  last13: 0,
  lastHeldOn: null,
  weeksWithCheckIn: [],
}));

describe("the overview's page of pairs", () => {
  it("pages 1,000 pairs 25 at a time and finds a name, case-insensitively", () => {
    const first = pairsPage(pairs, { name: "", page: 1 }, PAIRS_PER_PAGE);
    expect(first).toMatchObject({ total: 1000, pages: 40, page: 1, from: 1 });
    expect(first.rows).toHaveLength(25);
    expect(pairsPage(pairs, { name: "", page: 999 }, PAIRS_PER_PAGE)).toMatchObject({ page: 40, from: 976 });
    const found = pairsPage(pairs, { name: "deltaker 1999", page: 1 }, PAIRS_PER_PAGE);
    expect(found.rows.map((p) => p.partnershipId)).toEqual([1000]);
    expect(pairsPage(pairs, { name: "ås", page: 1 }, PAIRS_PER_PAGE).total).toBe(1000);
    expect(pairsPage(pairs, { name: "ingen slik", page: 3 }, PAIRS_PER_PAGE)).toMatchObject({ total: 0, page: 1, from: 0, rows: [] });
  });

  it("turns any query string into a valid search", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("pairs", "pairsPage", "x"), fc.oneof(fc.string(), fc.constant("-1"), fc.constant("1e9"))),
        (query) => {
          const q = pairSearchSchema.parse(query);
          const page = pairsPage(pairs, { name: q.pairs, page: q.pairsPage }, PAIRS_PER_PAGE);
          expect(page.page).toBeGreaterThanOrEqual(1);
          expect(page.page).toBeLessThanOrEqual(page.pages);
          expect(page.rows.length).toBeLessThanOrEqual(PAIRS_PER_PAGE);
        },
      ),
      { numRuns: 300 },
    );
  });
});
