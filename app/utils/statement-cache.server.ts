import type Database from "better-sqlite3";

import { Lru } from "./lru";

/**
 * Makes `prepare` reuse a compiled statement for SQL text it has seen before. drizzle prepares every
 * query it runs, and SQLite's parse and plan took about 4 % of a page's CPU time (issue 18's profile).
 * SQLite re-plans a cached statement by itself when a migration changes the schema.
 *
 * Two things make reuse safe:
 * - a statement that is still being iterated is busy, so a fresh one is prepared for that call;
 * - drizzle turns raw mode on for some calls, so a reused statement returns to plain rows first.
 */
export function cacheStatements(sqlite: Database.Database, max = 500) {
  const statements = new Lru<string, Database.Statement>(max);
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const known = statements.get(source);
    if (known && !known.busy) {
      if (known.reader) known.raw(false).pluck(false).expand(false);
      return known;
    }
    const statement = prepare(source);
    if (!known) statements.set(source, statement);
    return statement;
  }) as Database.Database["prepare"];
  return statements;
}
