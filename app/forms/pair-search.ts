import { z } from "zod";

// The overview's search among the cohort's pairs (a GET form): a name and a page. Anything odd
// falls back to the first page of all pairs, as a link would.
export const PAIRS_PER_PAGE = 25;

export const pairSearchSchema = z.object({
  pairs: z.string().trim().max(100).catch(""),
  pairsPage: z.coerce.number().int().min(1).max(10_000).catch(1),
});
