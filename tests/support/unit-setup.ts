// Every unit test file gets its own real SQLite database file, migrated from scratch.
import fs from "node:fs";
import path from "node:path";

import { afterAll } from "vitest";

import { resolveInstant } from "./instants";

const dir = path.resolve("tests/.tmp");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `unit-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";
// Unit tests run at a named instant (tests/support/instants.ts), never at the day they happen to run.
process.env.APP_NOW = resolveInstant(process.env.APP_NOW);

afterAll(async () => {
  const { closeDatabase } = await import("~/utils/db.server");
  closeDatabase();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
