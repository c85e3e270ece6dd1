// The answer page's rate limit is shared by every server process and never keeps the client's
// address (docs/decisions/025-pulse-rate-limit-without-addresses.md).
import { answerSlots, MAX_ANSWERS_PER_CLIENT, resetAnswerSlotsForTests, takeAnswerSlot, WINDOW_MS } from "~/models/pulse-rate.server";
import { db, openDatabase } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { KEY_WINDOW_MS, processWindowKeys, SEED_VARIABLE, WindowKeys } from "~/utils/window-keys.server";

const IP = "198.51.100.7";
const OTHER_IP = "203.0.113.9";
// Inside a window, not at its edge, so "a minute" stays in one window unless a test crosses on purpose.
const t0 = Math.floor(Date.parse("2027-02-01T08:30:00+01:00") / KEY_WINDOW_MS) * KEY_WINDOW_MS + 60_000;
const at = (ms: number) => new Date(t0 + ms);

/** Two server workers: each its own connection to the one database file and its own copy of the supervisor's seed. */
function twoWorkers() {
  const supervisor = WindowKeys.random(KEY_WINDOW_MS, t0);
  const seed = supervisor.seedFor(t0);
  return [
    answerSlots(openDatabase(env.DATABASE_PATH), WindowKeys.fromSeed(KEY_WINDOW_MS, seed)),
    answerSlots(openDatabase(env.DATABASE_PATH), WindowKeys.fromSeed(KEY_WINDOW_MS, seed)),
  ] as const;
}

const everyValueInTheDatabase = () =>
  (db.$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[])
    .map((t) => JSON.stringify(db.$client.prepare(`select * from "${t.name}"`).all()))
    .join("\n");

beforeEach(() => resetAnswerSlotsForTests());

describe("the answer page's rate limit", () => {
  it("counts no more than the ceiling of 50 answers in a minute from one client, in one process", () => {
    const taken = Array.from({ length: 50 }, (_, i) => takeAnswerSlot(1, IP, at(i * 1200))).filter(Boolean);
    expect(taken).toHaveLength(MAX_ANSWERS_PER_CLIENT);
  });

  it("holds across two processes sharing the database: 50 alternating answers count the ceiling once, not twice", () => {
    const [a, b] = twoWorkers();
    const taken = Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b)(1, IP, at(i * 1200))).filter(Boolean);
    expect(taken).toHaveLength(MAX_ANSWERS_PER_CLIENT);
    // Another client, and the same client on another measurement, are not affected.
    expect(a(1, OTHER_IP, at(60_000))).toBe(true);
    expect(b(2, IP, at(60_000))).toBe(true);
  });

  it("counts over the last ten minutes across a key change, and lets the client in again after them", () => {
    const [a, b] = twoWorkers();
    for (let i = 0; i < MAX_ANSWERS_PER_CLIENT; i++) expect(a(1, IP, at(i))).toBe(true);
    // The next window has a new key; its rows still meet the previous window's rows in the count.
    const nextWindow = KEY_WINDOW_MS - 60_000 + 1000;
    expect(b(1, IP, at(nextWindow))).toBe(false);
    expect(a(1, IP, at(WINDOW_MS + MAX_ANSWERS_PER_CLIENT))).toBe(true);
  });

  it("never stores the address, and prunes rows older than the window", () => {
    for (let i = 0; i < 20; i++) takeAnswerSlot(1, IP, at(i));
    takeAnswerSlot(1, OTHER_IP, at(0));
    const stored = everyValueInTheDatabase();
    expect(stored).toContain("pulse_answer_slots");
    for (const fragment of [IP, OTHER_IP, "198.51.100", "203.0.113"]) expect(stored).not.toContain(fragment);
    const rows = db.$client.prepare("select * from pulse_answer_slots").all() as Record<string, unknown>[];
    expect(rows).toHaveLength(MAX_ANSWERS_PER_CLIENT + 1);
    expect(Object.keys(rows[0]!).sort()).toEqual(["at", "client", "id"]);
    takeAnswerSlot(1, OTHER_IP, at(WINDOW_MS + 20));
    expect(db.$client.prepare("select count(*) as n from pulse_answer_slots").get()).toEqual({ n: 1 });
  });
});

describe("window keys", () => {
  it("agree between a first worker and one forked later, and forget every key before the previous window", () => {
    const supervisor = WindowKeys.random(KEY_WINDOW_MS, t0);
    const first = WindowKeys.fromSeed(KEY_WINDOW_MS, supervisor.seedFor(t0));
    const w = first.windowOf(t0);
    const old = Buffer.from(first.keyFor(w)!);
    const later = t0 + 3 * KEY_WINDOW_MS;
    const replacement = WindowKeys.fromSeed(KEY_WINDOW_MS, supervisor.seedFor(later));
    expect(replacement.keyFor(w + 3)!.equals(first.keyFor(w + 3)!)).toBe(true);
    expect(replacement.keyFor(w + 2)!.equals(first.keyFor(w + 2)!)).toBe(true);
    // Whoever holds the keys of now cannot get back to the key the old rows were hashed with.
    expect(first.keyFor(w)).toBeNull();
    expect(replacement.keyFor(w)).toBeNull();
    expect(supervisor.keyFor(w)).toBeNull();
    expect(old.equals(first.keyFor(w + 3)!)).toBe(false);
  });

  it("take the supervisor's seed once and remove it from the environment; a process without one makes its own", () => {
    const seed = WindowKeys.random(KEY_WINDOW_MS, t0).seedFor(t0);
    const vars: Record<string, string | undefined> = { [SEED_VARIABLE]: seed };
    const fromSeed = processWindowKeys(t0, vars);
    expect(vars[SEED_VARIABLE]).toBeUndefined();
    expect(fromSeed.keyFor(fromSeed.windowOf(t0))!.equals(WindowKeys.fromSeed(KEY_WINDOW_MS, seed).keyFor(fromSeed.windowOf(t0))!)).toBe(
      true,
    );
    const own = processWindowKeys(t0, {});
    expect(own.keyFor(own.windowOf(t0))!.equals(fromSeed.keyFor(fromSeed.windowOf(t0))!)).toBe(false);
    expect(() => processWindowKeys(t0, { [SEED_VARIABLE]: "1.kort" })).toThrow(SEED_VARIABLE);
  });
});
