import { describe, expect, test } from "vitest";

import { DEFAULT_HEAP_MB, workerCount, workerExecArgv } from "~/utils/cluster.server";

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

describe("each worker's memory limit", () => {
  test("a worker collects garbage within the default heap unless WORKER_HEAP_MB says otherwise", () => {
    expect(workerExecArgv([], undefined)).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MB}`, "--max-semi-space-size=8"]);
    expect(workerExecArgv(["--enable-source-maps"], "256")).toEqual([
      "--enable-source-maps",
      "--max-old-space-size=256",
      "--max-semi-space-size=8",
    ]);
  });

  test("a limit the operator gave node wins over ours", () => {
    expect(workerExecArgv(["--max-old-space-size=512"], "256")).toEqual(["--max-old-space-size=512", "--max-semi-space-size=8"]);
  });

  test("a setting that is not a whole number of megabytes stops the start with a message", () => {
    for (const bad of ["32", "mye", "1.5", "99999"]) expect(() => workerExecArgv([], bad)).toThrow(/WORKER_HEAP_MB/);
  });
});
