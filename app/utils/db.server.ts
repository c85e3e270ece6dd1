import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

import * as schema from "../../db/schema";
import { env } from "./env.server";
import { restrictToOwner } from "./private-file.server";
import { cacheStatements } from "./statement-cache.server";

export { schema };
export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = path.resolve("db/migrations");

/** Opens (creating if needed) a database file with the settings every connection must have. */
export function openDatabase(file: string): DB {
  if (file !== ":memory:") {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
    // SQLite gives -wal and -shm the main file's mode, so it is made 0600 before SQLite opens it.
    fs.closeSync(fs.openSync(file, "a", 0o600));
    restrictToOwner(file);
  }
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // WAL + NORMAL is durable across process crashes; only an OS crash may lose the last commits.
  sqlite.pragma("synchronous = NORMAL");
  cacheStatements(sqlite);
  const db = drizzle(sqlite, { schema }) as DB;
  // Several server processes write to one file (ADR 022). A deferred transaction that reads and then
  // writes fails at once with SQLITE_BUSY_SNAPSHOT when another process committed in between, which
  // no busy timeout can help, so every transaction takes the write lock when it begins and the
  // other process waits its turn (found by `npm run soak` with two workers).
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => transaction(fn, { behavior: "immediate", ...config })) as DB["transaction"];
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

// One handle per process; kept on globalThis so dev rebuilds reuse it instead of leaking files.
const g = globalThis as unknown as { __db?: DB };
export const db: DB = g.__db ?? (g.__db = openDatabase(env.DATABASE_PATH));

export function closeDatabase() {
  if (g.__db) {
    g.__db.$client.close();
    g.__db = undefined;
  }
}

export function databaseAnswers(): boolean {
  try {
    return db.$client.prepare("select 1 as ok").get() !== undefined;
  } catch {
    return false;
  }
}
