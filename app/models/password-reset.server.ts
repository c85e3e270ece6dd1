// Password reset by a single-use link that expires after an hour. The answer to "send me a link"
// is the same whether or not the address has an account, so it cannot be used to probe addresses.
import { and, eq, isNull } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { createSession, generateToken, hashToken, invalidateAllSessions } from "~/utils/session.server";

import { resetMail } from "./mails.server";
import { enqueueMail } from "./outbox.server";
import { hashPassword } from "./password.server";

export const RESET_LIFETIME_MS = 60 * 60 * 1000;

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Every reset link of the user not yet used stops working (after a reset or a password change). */
export function voidResetLinks(tx: Tx | typeof db, userId: number, now = clock.now()) {
  tx.update(schema.passwordResets)
    .set({ usedAt: now })
    .where(and(eq(schema.passwordResets.userId, userId), isNull(schema.passwordResets.usedAt)))
    .run();
}

export function requestPasswordReset(email: string, now = clock.now()): { token: string } | null {
  const user = db.select().from(schema.users).where(eq(schema.users.email, email)).get();
  if (!user || user.deactivatedAt) return null;
  const token = generateToken();
  const link = `${appUrl()}/reset-password/${token}`;
  db.transaction((tx) => {
    tx.insert(schema.passwordResets)
      .values({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS), createdAt: now })
      .run();
    enqueueMail(tx, resetMail({ to: user.email, name: user.name, link, locale: user.locale }), now);
  });
  return { token };
}

export type ResetState = "valid" | "expired" | "used" | "unknown";

function find(token: string) {
  if (!/^[a-z2-7]{32}$/.test(token)) return undefined;
  return db
    .select()
    .from(schema.passwordResets)
    .where(eq(schema.passwordResets.tokenHash, hashToken(token)))
    .get();
}

export function resetState(token: string, now = clock.now()): ResetState {
  const row = find(token);
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** Sets the new password, uses up this and every other reset link, and signs the user out everywhere else. */
export async function resetPassword(token: string, password: string, now = clock.now()) {
  const passwordHash = await hashPassword(password);
  return db.transaction((tx) => {
    const row = find(token);
    const state = resetState(token, now);
    if (state !== "valid" || !row) return { ok: false as const, state };
    const used = tx
      .update(schema.passwordResets)
      .set({ usedAt: now })
      .where(and(eq(schema.passwordResets.tokenHash, row.tokenHash), isNull(schema.passwordResets.usedAt)))
      .run();
    if (used.changes !== 1) return { ok: false as const, state: "used" as const };
    tx.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, row.userId)).run();
    voidResetLinks(tx, row.userId, now);
    invalidateAllSessions(row.userId);
    const user = tx.select({ locale: schema.users.locale }).from(schema.users).where(eq(schema.users.id, row.userId)).get()!;
    return { ok: true as const, userId: row.userId, locale: user.locale, ...createSession(row.userId, now) };
  });
}
