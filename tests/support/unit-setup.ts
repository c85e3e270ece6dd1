// Every unit test file gets its own real SQLite database file, migrated from scratch.
import fs from "node:fs";
import path from "node:path";

import { afterAll } from "vitest";

const dir = path.resolve("tests/.tmp");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `unit-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";

afterAll(async () => {
  const { closeDatabase } = await import("~/utils/db.server");
  closeDatabase();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
