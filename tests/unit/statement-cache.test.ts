// The statement cache (app/utils/statement-cache.server.ts) against a real database file: drizzle's
// queries answer the same whether their statement is new or reused, also after raw mode, while
// another query on the same text is still being read, and after a migration changed the table.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { cacheStatements } from "~/utils/statement-cache.server";

const notes = sqliteTable("notes", { id: integer("id").primaryKey(), title: text("title").notNull() });

let dir: string;
let sqlite: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "statements-"));
  sqlite = new Database(path.join(dir, "test.db"));
  sqlite.exec("create table notes (id integer primary key, title text not null)");
  sqlite.exec("insert into notes (title) values ('første'), ('andre')");
});

afterEach(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("reused statements", () => {
  it("prepares a query's text once and answers it the same every time", () => {
    const statements = cacheStatements(sqlite);
    const db = drizzle(sqlite);
    const query = () =>
      db
        .select()
        .from(notes)
        .where(sql`${notes.id} = ${1}`)
        .all();
    expect(query()).toEqual([{ id: 1, title: "første" }]);
    expect(statements.size).toBe(1);
    expect(query()).toEqual([{ id: 1, title: "første" }]);
    expect(statements.size).toBe(1);
    expect(sqlite.prepare("select 1 as one")).toBe(sqlite.prepare("select 1 as one"));
  });

  it("gives plain rows again after drizzle read the same text in raw mode", () => {
    cacheStatements(sqlite);
    const db = drizzle(sqlite);
    const text = "select id, title from notes order by id";
    // drizzle's select builder reads rows as arrays (raw mode) and maps them itself …
    expect(db.select({ id: notes.id, title: notes.title }).from(notes).orderBy(notes.id).all()).toHaveLength(2);
    sqlite.prepare(text).raw().all();
    // … a plain query on the same text still gets objects.
    expect(sqlite.prepare(text).all()).toEqual([
      { id: 1, title: "første" },
      { id: 2, title: "andre" },
    ]);
    expect(db.all(sql.raw(text))).toEqual([
      { id: 1, title: "første" },
      { id: 2, title: "andre" },
    ]);
  });

  it("prepares a fresh statement while the cached one is still being iterated", () => {
    cacheStatements(sqlite);
    const text = "select title from notes order by id";
    const seen: string[] = [];
    for (const row of sqlite.prepare(text).iterate() as Iterable<{ title: string }>) {
      seen.push(row.title, ...(sqlite.prepare(text).all() as { title: string }[]).map((r) => r.title));
    }
    expect(seen).toEqual(["første", "første", "andre", "andre", "første", "andre"]);
  });

  it("answers with the new columns after the table changed", () => {
    cacheStatements(sqlite);
    const text = "select * from notes where id = 1";
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, title: "første" });
    sqlite.exec("alter table notes add column pinned integer not null default 0");
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, title: "første", pinned: 0 });
  });

  it("keeps at most the number of statements it was given", () => {
    const statements = cacheStatements(sqlite, 3);
    for (let i = 0; i < 10; i++) sqlite.prepare(`select ${i} as n`).get();
    expect(statements.size).toBe(3);
  });
});
