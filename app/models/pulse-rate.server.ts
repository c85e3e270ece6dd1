// The rate limit of the public answer page (/p/<token>), shared by all server processes through
// SQLite like the sign-in throttle (ADR 012), but without the client's address (ADR 025): a row is
// an HMAC of (measurement, address) under a key of the current ten-minute window and the time. The
// keys live only in memory (utils/window-keys.server.ts) and are replaced every window, so once a
// row is pruned — and even before, for anyone with only the database file — nothing ties it to an
// address.
import crypto from "node:crypto";

import { and, count, gt, inArray, lte } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { type DB, db, schema } from "~/utils/db.server";
import { KEY_WINDOW_MS, processWindowKeys, type WindowKeys } from "~/utils/window-keys.server";

/** Answers one client may give to one measurement within the window: a team on one office network fits. */
export const MAX_ANSWERS_PER_CLIENT = 15;
// The same length as a key's life: the last WINDOW_MS then only reaches into the previous key's window.
export const WINDOW_MS = KEY_WINDOW_MS;

const slots = schema.pulseAnswerSlots;

/** A rate limit over `database` with `keys`; every process must be given the same key chain. */
export function answerSlots(database: DB, keys: WindowKeys) {
  const clientOf = (key: Buffer, pulseId: number, clientIp: string) =>
    crypto.createHmac("sha256", key).update(`${pulseId} ${clientIp}`).digest("base64url");

  /** Whether this client may answer this measurement now; counts the attempt when it may. */
  return function takeAnswerSlot(pulseId: number, clientIp: string, now = clock.now()): boolean {
    const window = keys.windowOf(now.getTime());
    const current = clientOf(keys.keyFor(window)!, pulseId, clientIp);
    // The last WINDOW_MS reaches back into the previous window, whose rows carry that window's key.
    const previousKey = keys.keyFor(window - 1);
    const clients = previousKey ? [current, clientOf(previousKey, pulseId, clientIp)] : [current];
    const since = new Date(now.getTime() - WINDOW_MS);
    // IMMEDIATE takes the write lock before counting, so two processes cannot both see 14 and both add one.
    return database.transaction(
      (tx) => {
        tx.delete(slots).where(lte(slots.at, since)).run();
        const n = tx
          .select({ n: count() })
          .from(slots)
          .where(and(inArray(slots.client, clients), gt(slots.at, since)))
          .get()!.n;
        if (n >= MAX_ANSWERS_PER_CLIENT) return false;
        tx.insert(slots).values({ client: current, at: now }).run();
        return true;
      },
      { behavior: "immediate" },
    );
  };
}

// One key chain per process, kept on globalThis so a development rebuild does not start a new one.
const g = globalThis as unknown as { __pulseRateKeys?: WindowKeys };
const keys = (g.__pulseRateKeys ??= processWindowKeys(clock.nowMs()));

export const takeAnswerSlot = answerSlots(db, keys);

export function resetAnswerSlotsForTests() {
  db.delete(slots).run();
}
