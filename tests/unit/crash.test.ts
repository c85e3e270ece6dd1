// Durability: once the app has told someone their journal entry is saved, a server crash must not
// take it back. A child process writes entries through createEntry() and acknowledges each one on
// stdout; we SIGKILL it at a random moment and check the file the next server start would open.
// SIGKILL is a process crash, not a power cut: with WAL + synchronous=NORMAL (db.server.ts) the
// committed WAL frames are in the OS page cache, so a process crash loses nothing. An OS crash or
// power loss may lose the last commits, and this test cannot simulate that.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { afterAll, expect, test } from "vitest";

import { openDatabase, schema } from "~/utils/db.server";

import { entryFor } from "../support/crash-writer";

const WRITER = "tests/support/crash-writer.ts";
const ROUNDS = 3;
const dir = path.resolve("tests/.tmp");
const stem = `crash-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
// Not process.env.DATABASE_PATH: that file is open in this process, and the child must be the only
// writer, as the server is in production.
const file = path.join(dir, `${stem}.db`);
const snapshot = path.join(dir, `${stem}-snapshot.db`);
const SUFFIXES = ["", "-wal", "-shm"];

afterAll(() => {
  for (const base of [file, snapshot]) for (const s of SUFFIXES) fs.rmSync(base + s, { force: true });
});

type Ack = { id: number; round: number; n: number };

/** Starts a writer, kills it 200–1500 ms after its first ack, and returns every complete ack line. */
function crashRound(userId: number, round: number): Promise<{ acks: Ack[]; killAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WRITER, String(userId), String(round)], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_PATH: file, NODE_ENV: "test", BACKGROUND_JOBS: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acks: Ack[] = [];
    let pending = "";
    let stderr = "";
    const killAfterMs = 200 + Math.floor(Math.random() * 1300);
    let killTimer: NodeJS.Timeout | undefined;
    // Starting tsx and migrating takes a moment; a writer that never acks is a broken test setup.
    const noAckTimer = setTimeout(() => child.kill("SIGKILL"), 15_000);

    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      // The last piece has no newline yet; if the kill lands mid-line it never becomes an ack.
      pending = lines.pop()!;
      for (const line of lines) {
        const m = /^ack (\d+) (\d+) (\d+)$/.exec(line);
        if (!m) {
          child.kill("SIGKILL");
          return reject(new Error(`unexpected line from writer: ${JSON.stringify(line)}`));
        }
        acks.push({ id: Number(m[1]), round: Number(m[2]), n: Number(m[3]) });
      }
      if (acks.length && !killTimer) {
        clearTimeout(noAckTimer);
        killTimer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    // "close", not "exit": acks the child wrote just before dying may still be in the pipe.
    child.on("close", (code, signal) => {
      clearTimeout(noAckTimer);
      clearTimeout(killTimer);
      if (signal !== "SIGKILL" || !acks.length) {
        return reject(new Error(`writer ended with code ${code}, signal ${signal}, ${acks.length} acks\n${stderr}`));
      }
      resolve({ acks, killAfterMs });
    });
  });
}

/** Opens a database file as the restarted server would and reports everything wrong with it. */
function inspect(dbFile: string, userId: number, acked: Ack[]) {
  const db = openDatabase(dbFile);
  const sqlite = db.$client;
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    const foreignKeys = sqlite.pragma("foreign_key_check");
    // rank = 1 also compares the index with journal_entries; without it FTS5 only checks the
    // index against itself and misses an entry whose text was saved but never indexed.
    let fts = "ok";
    try {
      sqlite.prepare("INSERT INTO journal_fts(journal_fts, rank) VALUES('integrity-check', 1)").run();
    } catch (err) {
      fts = err instanceof Error ? err.message : String(err);
    }

    const rows = sqlite.prepare("SELECT id, title, body FROM journal_entries WHERE user_id = ?").all(userId) as {
      id: number;
      title: string;
      body: string;
    }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const tagsById = new Map<number, string[]>();
    for (const t of sqlite.prepare("SELECT entry_id, tag FROM journal_tags ORDER BY tag").all() as { entry_id: number; tag: string }[]) {
      tagsById.set(t.entry_id, [...(tagsById.get(t.entry_id) ?? []), t.tag]);
    }

    const problems: string[] = [];
    for (const ack of acked) {
      const row = byId.get(ack.id);
      const want = entryFor(ack.round, ack.n);
      if (!row) problems.push(`acknowledged entry ${ack.id} (round ${ack.round} #${ack.n}) is missing`);
      else if (row.title !== want.title || row.body !== want.body)
        problems.push(`entry ${ack.id} has different text than was acknowledged`);
      else if (JSON.stringify(tagsById.get(ack.id) ?? []) !== JSON.stringify([...want.tags].sort()))
        problems.push(`entry ${ack.id} has tags ${tagsById.get(ack.id)}`);
    }
    const ackedIds = new Set(acked.map((a) => a.id));
    const unacknowledged = rows.filter((r) => !ackedIds.has(r.id)).map((r) => r.title);

    // Search is how people find old entries, so the survivors must be findable, not just stored.
    const last = acked.at(-1)!;
    const found = sqlite
      .prepare("SELECT rowid AS id FROM journal_fts WHERE journal_fts MATCH ?")
      .all(`"r${last.round}n${last.n}"`)
      .map((r) => (r as { id: number }).id);

    return { integrity, foreignKeys, fts, problems, unacknowledged, foundLast: found.includes(last.id), rows: rows.length };
  } finally {
    sqlite.close();
  }
}

function copyWithWal(from: string, to: string) {
  for (const s of SUFFIXES) {
    fs.rmSync(to + s, { force: true });
    if (fs.existsSync(from + s)) fs.copyFileSync(from + s, to + s);
  }
}

test("a journal entry the app confirmed survives the server being killed mid-write, again and again", { timeout: 60_000 }, async () => {
  fs.mkdirSync(dir, { recursive: true });
  const setup = openDatabase(file);
  const user = setup
    .insert(schema.users)
    .values({ email: "krasj@test.example", name: "Krasj Test", passwordHash: "not-a-hash" })
    .returning()
    .get();
  setup.$client.close();

  const acked: Ack[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const { acks, killAfterMs } = await crashRound(user.id, round);
    acked.push(...acks);
    expect(new Set(acked.map((a) => a.id)).size, "ids are never handed out twice").toBe(acked.length);

    // Check a byte copy, so the next writer has to recover from the crashed WAL and -shm itself,
    // the way a restarted server would, instead of finding a file we already tidied up.
    copyWithWal(file, snapshot);
    const walBytes = fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0;
    const result = inspect(snapshot, user.id, acked);
    console.log(
      `crash round ${round}: killed ${killAfterMs} ms after first ack, ${acks.length} acks this round, ` +
        `${acked.length} in total, ${result.rows} rows on disk, ${result.unacknowledged.length} saved but unacknowledged, WAL ${walBytes} bytes`,
    );

    expect(result.problems).toEqual([]);
    expect(result.integrity).toBe("ok");
    expect(result.foreignKeys).toEqual([]);
    expect(result.fts).toBe("ok");
    expect(result.foundLast, "the last acknowledged entry is found by search").toBe(true);
    // The only entry allowed on disk without an ack is the one committed in the instant before
    // the kill, before its ack line was written: at most one per crash.
    expect(result.unacknowledged.length).toBeLessThanOrEqual(round);
  }

  // And the real file, after all the crashes, opened directly.
  const final = inspect(file, user.id, acked);
  expect(final.problems).toEqual([]);
  expect(final.integrity).toBe("ok");
  expect(final.fts).toBe("ok");
});
