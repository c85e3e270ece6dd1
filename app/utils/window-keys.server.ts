// Keys for keyed hashes that must stop matching once their window is over (ADR 025). Every window
// of `windowMs` has its own key; the next is an HMAC of the one before, so whoever holds the key of
// now can compute later keys but never an earlier one. A holder keeps only the current and the
// previous window's key and wipes the rest, so a copy of the database plus the memory of a running
// server still cannot tie an old row to an address: an IPv4 address is only 2³² guesses away, and
// only the key stands between a hash and the address.
//
// All server processes must agree on the keys: the cluster supervisor makes one seed and hands it
// to each worker it forks in the environment (never written to disk); a process without one makes
// its own, which is right for a single process.
import crypto from "node:crypto";

export const SEED_VARIABLE = "WINDOW_KEY_SEED";
/** How long one key is used. The rate limits that use these keys count over at most this long. */
export const KEY_WINDOW_MS = 10 * 60 * 1000;

const next = (key: Buffer) => crypto.createHmac("sha256", key).update("next window").digest();

export class WindowKeys {
  private window: number;
  private key: Buffer;
  private previous: Buffer | null = null;

  constructor(
    readonly windowMs: number,
    seed: { window: number; key: Buffer },
  ) {
    this.window = seed.window;
    this.key = Buffer.from(seed.key);
  }

  /** A fresh random chain starting at the window of `nowMs`. */
  static random(windowMs: number, nowMs: number) {
    return new WindowKeys(windowMs, { window: Math.floor(nowMs / windowMs), key: crypto.randomBytes(32) });
  }

  /** Reads a seed made by `seedFor`; throws on anything else, since only the supervisor sets it. */
  static fromSeed(windowMs: number, seed: string) {
    const m = /^(\d+)\.([A-Za-z0-9_-]{43})$/.exec(seed);
    if (!m) throw new Error(`${SEED_VARIABLE} is not a seed made by the server's supervisor.`);
    return new WindowKeys(windowMs, { window: Number(m[1]), key: Buffer.from(m[2]!, "base64url") });
  }

  windowOf(nowMs: number) {
    return Math.floor(nowMs / this.windowMs);
  }

  /** The key of `window`, or null for a window before the previous one (its key is gone for good). */
  keyFor(window: number): Buffer | null {
    while (this.window < window) {
      this.previous?.fill(0);
      this.previous = this.key;
      this.key = next(this.key);
      this.window++;
    }
    if (window === this.window) return this.key;
    if (window === this.window - 1) return this.previous;
    return null;
  }

  /** A seed for a process started at `nowMs`: from the previous window on, so it can still count that window. */
  seedFor(nowMs: number): string {
    const window = this.windowOf(nowMs);
    const current = this.keyFor(window)!;
    const previous = this.keyFor(window - 1);
    return previous ? `${window - 1}.${previous.toString("base64url")}` : `${window}.${current.toString("base64url")}`;
  }
}

/** This process's keys: the supervisor's seed when there is one (then removed from the environment), else new ones. */
export function processWindowKeys(nowMs: number, vars: Record<string, string | undefined> = process.env) {
  const seed = vars[SEED_VARIABLE];
  delete vars[SEED_VARIABLE];
  return seed ? WindowKeys.fromSeed(KEY_WINDOW_MS, seed) : WindowKeys.random(KEY_WINDOW_MS, nowMs);
}
