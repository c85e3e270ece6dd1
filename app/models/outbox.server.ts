// Every e-mail goes through the outbox table, written in the same transaction as the change that
// caused it. Invitation, reset and calendar links are keys to someone's account or calendar, so
// they never leave this module in readable form: the admin's outbox page shows them masked, and
// only a development server prints them (so a developer without SMTP can follow them).
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";

import { OUTBOX_STATUSES, type OutboxStatus } from "~/forms/outbox";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { maskSecretLinks } from "~/utils/secret-links";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type OutgoingMail = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  dedupeKey?: string;
};

export function enqueueMail(tx: Tx | typeof db, mail: OutgoingMail, now = clock.now()) {
  tx.insert(schema.emailOutbox)
    .values({
      kind: mail.kind,
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      dedupeKey: mail.dedupeKey ?? null,
      nextAttemptAt: now,
    })
    .onConflictDoNothing({ target: schema.emailOutbox.dedupeKey })
    .run();
  const line = outboxLogLine(mail, process.env.NODE_ENV);
  if (line) console.info(line);
}

/** What the server log says about a queued mail: the full text only on a development machine. */
export function outboxLogLine(mail: Pick<OutgoingMail, "kind" | "to" | "subject" | "text">, nodeEnv: string | undefined) {
  if (nodeEnv === "test") return null;
  if (nodeEnv === "development" && (mail.kind === "invitation" || mail.kind === "password_reset"))
    return `[outbox] ${mail.kind} to ${mail.to}: ${mail.subject}\n${mail.text}`;
  return `[outbox] ${mail.kind} to ${mail.to}`;
}

// ——— Delivery ———
// One mail is claimed at a time (status "sending") before it is handed to SMTP, and marked "sent"
// right after; at most one mail can be in doubt after a crash. Interrupted mails are retried with
// the same Message-ID, so receiving systems see one message (docs/decisions/007-email-outbox.md).

export const MAX_ATTEMPTS = 8;

export function messageIdFor(id: number) {
  return `<outbox-${id}@lederprogram.example>`;
}

/** Minutes to wait after the n-th failed attempt: 1, 2, 4 … capped at six hours. */
export function backoffMinutes(attempts: number) {
  return Math.min(360, 2 ** Math.max(0, attempts - 1));
}

/** At start-up: mails left "sending" by a stopped process go back in the queue. */
export function recoverInterrupted() {
  return db.update(schema.emailOutbox).set({ status: "pending" }).where(eq(schema.emailOutbox.status, "sending")).run().changes;
}

function claimNext(now: Date) {
  return db.transaction((tx) => {
    const next = tx
      .select({ id: schema.emailOutbox.id })
      .from(schema.emailOutbox)
      .where(and(eq(schema.emailOutbox.status, "pending"), lte(schema.emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(schema.emailOutbox.id))
      .limit(1)
      .get();
    if (!next) return null;
    return tx
      .update(schema.emailOutbox)
      .set({ status: "sending", attempts: sql`${schema.emailOutbox.attempts} + 1` })
      .where(and(eq(schema.emailOutbox.id, next.id), eq(schema.emailOutbox.status, "pending")))
      .returning()
      .get();
  });
}

/** Sends what is due. A refusing or unreachable SMTP server leaves mails queued with a later attempt time. */
export async function deliverDue(transport: Transporter, now = clock.now(), limit = 50) {
  let sent = 0;
  let deferred = 0;
  for (let i = 0; i < limit; i++) {
    const mail = claimNext(now);
    if (!mail) break;
    try {
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody ?? undefined,
        messageId: messageIdFor(mail.id),
      });
      db.update(schema.emailOutbox)
        .set({ status: "sent", sentAt: clock.now(), lastError: null })
        .where(eq(schema.emailOutbox.id, mail.id))
        .run();
      sent++;
    } catch (e) {
      const failed = mail.attempts >= MAX_ATTEMPTS;
      db.update(schema.emailOutbox)
        .set({
          status: failed ? "failed" : "pending",
          lastError: String((e as Error).message ?? e).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + backoffMinutes(mail.attempts) * 60_000),
        })
        .where(eq(schema.emailOutbox.id, mail.id))
        .run();
      deferred++;
      // The server is likely down: stop this round, try again later.
      break;
    }
  }
  return { sent, deferred };
}

/** How many mails are in each state, for the outbox page's summary. */
export function outboxCounts(): Record<OutboxStatus, number> {
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const r of db.all<{ status: OutboxStatus; n: number }>(sql`select status, count(*) as n from email_outbox group by status`))
    counts[r.status] = r.n;
  return counts;
}

export type OutboxFilter = { status?: OutboxStatus; search?: string };

/** The admin's view of the outbox: who, what and how it went, with every token link masked. */
export function listOutbox(limit = 200, filter: OutboxFilter = {}) {
  const like = filter.search ? `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select({
      id: schema.emailOutbox.id,
      kind: schema.emailOutbox.kind,
      toAddress: schema.emailOutbox.toAddress,
      subject: schema.emailOutbox.subject,
      textBody: schema.emailOutbox.textBody,
      status: schema.emailOutbox.status,
      attempts: schema.emailOutbox.attempts,
      lastError: schema.emailOutbox.lastError,
      createdAt: schema.emailOutbox.createdAt,
    })
    .from(schema.emailOutbox)
    .where(
      and(
        filter.status ? eq(schema.emailOutbox.status, filter.status) : undefined,
        like
          ? sql`(lower(${schema.emailOutbox.toAddress}) like ${like} escape '\\' or lower(${schema.emailOutbox.subject}) like ${like} escape '\\')`
          : undefined,
      ),
    )
    .orderBy(sql`${schema.emailOutbox.id} desc`)
    .limit(limit)
    .all()
    .map((m) => ({ ...m, textBody: maskSecretLinks(m.textBody), lastError: m.lastError && maskSecretLinks(m.lastError) }));
}

/** A failed or waiting mail goes out again now, with a fresh count of attempts. False if it is not in the outbox any more. */
export function retryMail(id: number, now = clock.now()) {
  return (
    db
      .update(schema.emailOutbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now, lastError: null })
      .where(and(eq(schema.emailOutbox.id, id), inArray(schema.emailOutbox.status, ["pending", "failed"])))
      .run().changes === 1
  );
}

/** A mail not yet sent is never sent. False if it has gone already or does not exist. */
export function cancelMail(id: number) {
  return (
    db
      .update(schema.emailOutbox)
      .set({ status: "cancelled" })
      .where(and(eq(schema.emailOutbox.id, id), inArray(schema.emailOutbox.status, ["pending", "failed"])))
      .run().changes === 1
  );
}
