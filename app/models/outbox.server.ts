// Every e-mail goes through the outbox table, written in the same transaction as the change that
// caused it. Until an SMTP server is configured, the outbox is where mails can be read (and the
// link is also printed to the server log, so a developer can follow it).
import { db, schema } from "~/utils/db.server";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type OutgoingMail = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  dedupeKey?: string;
};

export function enqueueMail(tx: Tx | typeof db, mail: OutgoingMail, now = new Date()) {
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
  if (process.env.NODE_ENV !== "test") console.info(`[outbox] ${mail.kind} to ${mail.to}: ${mail.subject}\n${mail.text}`);
}
