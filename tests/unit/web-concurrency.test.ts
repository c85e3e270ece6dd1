import { describe, expect, test } from "vitest";

import { workerCount } from "~/utils/cluster.server";

describe("how many server processes start", () => {
  test("one per core unless WEB_CONCURRENCY says otherwise", () => {
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount("", 8)).toBe(8);
    expect(workerCount("1", 8)).toBe(1);
    expect(workerCount(" 3 ", 2)).toBe(3);
  });

  test("a setting that is not a whole number from 1 to 64 stops the start with a message", () => {
    for (const bad of ["0", "-1", "2.5", "mange", "65"]) expect(() => workerCount(bad, 2)).toThrow(/WEB_CONCURRENCY/);
  });
});
