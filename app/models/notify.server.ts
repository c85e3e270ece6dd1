// Things that happen between people — a partner logs a conversation or shares an entry, new pairs
// are published, a samling is added or moved — become an in-app notice for each person, in their
// language, and an e-mail when they want that kind of mail. Written in the caller's transaction,
// so a notice never tells of something that was not saved. Notices and mails never carry the text
// of a journal entry or a conversation: only who did what, and a link.
import { inArray } from "drizzle-orm";

import type { Lng } from "~/i18n";
import { enqueueMail } from "~/models/outbox.server";
import * as clock from "~/utils/clock.server";
import { type db, schema } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { translator } from "~/utils/i18n.server";
import { formatDate, formatTime } from "~/utils/programme-time";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type Notice = {
  userId: number;
  kind: string;
  /** One notice (and mail) per event and person, whatever happens twice. */
  dedupeKey: string;
  /** A path inside the app. */
  link: string;
  /** Locale key and values of the one-line text, used for the notice and the mail's subject. */
  titleKey: string;
  values?: Record<string, string | number>;
  /** An instant the text names: shown as {{date}} and {{time}} in the reader's language and the cohort's zone. */
  at?: { instant: Date; timeZone: string };
  /** Which of the person's mail choices governs this mail (settings page). */
  mail: "checkIn" | "samling";
  /** A message the sender wrote for everyone (a samling's cancellation), quoted in the mail only. */
  detail?: string;
};

/** What a notice stores to be told again later in whatever language its reader then reads. */
export type NoticeValues = Record<string, string | number> & { atMs?: number; timeZone?: string };

/** The one-line text of a notice in a language: the same words whether it is a notice or a mail's subject. */
export function noticeTitle(locale: Lng, titleKey: string, values: NoticeValues = {}): string {
  const { atMs, timeZone, ...rest } = values;
  const when = typeof atMs === "number" ? new Date(atMs) : null;
  return translator(locale)(titleKey, {
    ...rest,
    ...(when ? { date: formatDate(when, locale, timeZone), time: formatTime(when, timeZone) } : {}),
  });
}

export function notify(tx: Tx | typeof db, notices: Notice[], now = clock.now()) {
  if (!notices.length) return;
  const people = new Map(
    tx
      .select({
        id: schema.users.id,
        email: schema.users.email,
        name: schema.users.name,
        locale: schema.users.locale,
        mailCheckIn: schema.users.mailCheckIn,
        mailSamling: schema.users.mailSamling,
        deactivatedAt: schema.users.deactivatedAt,
      })
      .from(schema.users)
      .where(
        inArray(
          schema.users.id,
          notices.map((n) => n.userId),
        ),
      )
      .all()
      .map((u) => [u.id, u]),
  );
  for (const n of notices) {
    const person = people.get(n.userId);
    if (!person) continue;
    const t = translator(person.locale as Lng);
    const values: NoticeValues = { ...n.values, ...(n.at ? { atMs: n.at.instant.getTime(), timeZone: n.at.timeZone } : {}) };
    const title = noticeTitle(person.locale as Lng, n.titleKey, values);
    const inserted = tx
      .insert(schema.notices)
      .values({
        userId: n.userId,
        dedupeKey: n.dedupeKey,
        kind: n.kind,
        // The text as first written stays as a fallback; the key and values tell it in the reader's language.
        title,
        titleKey: n.titleKey,
        titleValues: JSON.stringify(values),
        link: n.link,
        createdAt: now,
      })
      .onConflictDoNothing()
      .run();
    const wants = n.mail === "checkIn" ? person.mailCheckIn : person.mailSamling;
    if (inserted.changes === 1 && wants && !person.deactivatedAt) {
      enqueueMail(
        tx,
        {
          kind: n.kind,
          to: person.email,
          subject: title,
          text: [
            t("mail.notice.greeting", { name: person.name }),
            title,
            ...(n.detail ? [t("mail.notice.message", { message: n.detail })] : []),
            `${appUrl()}${n.link}`,
            "—",
            t("mail.footer", { link: `${appUrl()}/settings#varsler` }),
          ].join("\n\n"),
          dedupeKey: `mail:${n.dedupeKey}`,
        },
        now,
      );
    }
  }
}
