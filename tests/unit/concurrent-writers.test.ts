// Two server processes on one database file (ADR 022), as two connections: a write that reads
// first must not fail because the other process committed in between.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { sql } from "drizzle-orm";

import { openDatabase } from "~/utils/db.server";

describe("two server processes writing to one database", () => {
  it("a transaction that reads and then writes holds the write lock; the other process waits its turn instead of breaking it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "writers-"));
    const file = path.join(dir, "app.db");
    const first = openDatabase(file);
    const second = openDatabase(file);
    // The second process would wait up to the busy timeout; here it gives up at once so the test need not.
    second.$client.pragma("busy_timeout = 0");
    try {
      first.run(sql`create table counter (n integer)`);
      first.run(sql`insert into counter values (0)`);
      let otherDuring: string | null = null;
      first.transaction((tx) => {
        const n = tx.get<{ n: number }>(sql`select n from counter`)!.n;
        try {
          second.run(sql`update counter set n = n + 100`);
        } catch (e) {
          // drizzle wraps the driver's error; the SQLite code is on its cause.
          const err = e as { code?: string; cause?: { code?: string } };
          otherDuring = err.cause?.code ?? err.code ?? String(e);
        }
        tx.run(sql`update counter set n = ${n + 1}`);
      });
      expect(otherDuring).toBe("SQLITE_BUSY");
      second.run(sql`update counter set n = n + 100`);
      expect(first.get<{ n: number }>(sql`select n from counter`)!.n).toBe(101);
    } finally {
      first.$client.close();
      second.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
