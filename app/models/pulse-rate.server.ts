// The rate limit of the public answer page (/p/<token>), kept in memory only: the client's address
// is never written anywhere (docs/decisions/017-team-pulse.md). Keys are a keyed hash of the
// address and the measurement, with a key made at start-up, so not even memory holds the address.
import crypto from "node:crypto";

import * as clock from "~/utils/clock.server";

/** Answers one client may give to one measurement within the window: a team on one office network fits. */
export const MAX_ANSWERS_PER_CLIENT = 15;
export const WINDOW_MS = 10 * 60 * 1000;

const key = crypto.randomBytes(32);
const seen = new Map<string, number[]>();

const keyOf = (pulseId: number, clientIp: string) => crypto.createHmac("sha256", key).update(`${pulseId} ${clientIp}`).digest("base64url");

function recent(k: string, now: number) {
  const times = (seen.get(k) ?? []).filter((t) => t > now - WINDOW_MS);
  if (times.length) seen.set(k, times);
  else seen.delete(k);
  return times;
}

/** Whether this client may answer this measurement now; counts the attempt when it may. */
export function takeAnswerSlot(pulseId: number, clientIp: string, now = clock.now()): boolean {
  const k = keyOf(pulseId, clientIp);
  const times = recent(k, now.getTime());
  if (times.length >= MAX_ANSWERS_PER_CLIENT) return false;
  seen.set(k, [...times, now.getTime()]);
  // Old keys of other clients go too, so the map cannot grow without bound.
  if (seen.size > 10_000) for (const other of [...seen.keys()]) recent(other, now.getTime());
  return true;
}

export function resetAnswerSlotsForTests() {
  seen.clear();
}
