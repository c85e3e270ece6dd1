// The text of each e-mail, in the recipient's language, with a plain-text part.
import type { Lng } from "~/i18n";
import { appUrl } from "~/utils/env.server";
import { translator } from "~/utils/i18n.server";
import { calendarDate, formatDate, formatTime } from "~/utils/programme-time";

import type { OutgoingMail } from "./outbox.server";

export function invitationMail(m: {
  to: string;
  name: string;
  cohortName: string;
  inviter: string;
  role: "participant" | "owner";
  link: string;
  locale: Lng;
  expiresAt: Date;
}): OutgoingMail {
  const t = translator(m.locale);
  return {
    kind: "invitation",
    to: m.to,
    subject: t("mail.invitation.subject", { cohort: m.cohortName }),
    text: t("mail.invitation.text", {
      name: m.name,
      inviter: m.inviter,
      cohort: m.cohortName,
      role: t(`roles.${m.role}`),
      link: m.link,
      until: formatDate(m.expiresAt, m.locale),
    }),
  };
}

/** A few days before an invitation runs out. No link: the invitation mail has it, or the owner sends a new one. */
export function invitationExpiryMail(m: {
  to: string;
  name: string;
  cohortName: string;
  inviter: string;
  locale: Lng;
  expiresAt: Date;
  dedupeKey: string;
}): OutgoingMail {
  const t = translator(m.locale);
  return {
    kind: "invitation_expiry",
    to: m.to,
    subject: t("invitePaste.expiryMail.subject", { cohort: m.cohortName }),
    text: t("invitePaste.expiryMail.text", {
      name: m.name,
      inviter: m.inviter,
      cohort: m.cohortName,
      until: formatDate(m.expiresAt, m.locale),
    }),
    dedupeKey: m.dedupeKey,
  };
}

/** Every reminder ends with the way to choose which mails one gets. */
function withFooter(t: ReturnType<typeof translator>, text: string) {
  return `${text}\n\n—\n${t("mail.footer", { link: `${appUrl()}/settings#varsler` })}`;
}

/**
 * A scheduled mail belongs to its slot (Monday 07:00 in the cohort's time zone). When the
 * scheduler catches up later — the server was down, or started on a Tuesday — the mail says
 * which slot it belongs to and when it was made, instead of greeting «God mandag» on a Tuesday.
 */
export type MailSlot = { at: Date; now: Date; timeZone: string };

export function isLate(slot: MailSlot) {
  return calendarDate(slot.now, slot.timeZone) !== calendarDate(slot.at, slot.timeZone);
}

function lateLine(t: ReturnType<typeof translator>, locale: Lng, slot: MailSlot) {
  return t("scheduledMail.late", {
    slot: `${formatDate(slot.at, locale, slot.timeZone)} ${formatTime(slot.at, slot.timeZone)}`,
    made: `${formatDate(slot.now, locale, slot.timeZone)} ${formatTime(slot.now, slot.timeZone)}`,
  });
}

export function weeklyMail(m: {
  to: string;
  name: string;
  locale: Lng;
  week: number;
  challenge: { title: string; summary: string; minutes: number };
  module: string;
  checkIn: "ok" | "due" | "overdue" | "none";
  dedupeKey: string;
  slot: MailSlot;
}): OutgoingMail {
  const t = translator(m.locale);
  const late = isLate(m.slot);
  const lines = [
    late ? t("scheduledMail.greeting", { name: m.name }) : t("mail.weekly.greeting", { name: m.name }),
    late ? lateLine(t, m.locale, m.slot) : "",
    t("mail.weekly.challenge", { week: m.week, title: m.challenge.title, minutes: m.challenge.minutes }),
    m.challenge.summary,
    `${appUrl()}/challenges/${m.week}`,
    t("mail.weekly.module", { module: m.module }),
    m.checkIn === "none" ? "" : t(`mail.weekly.checkIn.${m.checkIn}`),
  ].filter(Boolean);
  return {
    kind: "weekly",
    to: m.to,
    subject: t("mail.weekly.subject", { week: m.week, title: m.challenge.title }),
    text: withFooter(t, lines.join("\n\n")),
    dedupeKey: m.dedupeKey,
  };
}

export function checkInOverdueMail(m: {
  to: string;
  name: string;
  locale: Lng;
  partners: string;
  dueOn: string;
  dedupeKey: string;
}): OutgoingMail {
  const t = translator(m.locale);
  return {
    kind: "check_in_overdue",
    to: m.to,
    subject: t("mail.overdue.subject"),
    text: withFooter(t, t("mail.overdue.text", { name: m.name, partners: m.partners, date: m.dueOn, link: `${appUrl()}/partner` })),
    dedupeKey: m.dedupeKey,
  };
}

export function samlingMail(m: {
  to: string;
  name: string;
  locale: Lng;
  title: string;
  when: string;
  place: string;
  days: 7 | 1;
  gatheringId: number;
  dedupeKey: string;
}): OutgoingMail {
  const t = translator(m.locale);
  return {
    kind: `samling_${m.days}`,
    to: m.to,
    subject: t(m.days === 7 ? "mail.samling.subject7" : "mail.samling.subject1", { title: m.title }),
    text: withFooter(
      t,
      t("mail.samling.text", {
        name: m.name,
        title: m.title,
        when: m.when,
        place: m.place || "–",
        link: `${appUrl()}/gatherings#samling-${m.gatheringId}`,
        ics: `${appUrl()}/gatherings/${m.gatheringId}.ics`,
      }),
    ),
    dedupeKey: m.dedupeKey,
  };
}

/** The automatic reminder before a samling's RSVP deadline: a link to answer, never a secret one. */
export function rsvpDeadlineMail(m: {
  to: string;
  name: string;
  locale: Lng;
  title: string;
  when: string;
  deadline: string;
  gatheringId: number;
  dedupeKey: string;
}): OutgoingMail {
  const t = translator(m.locale);
  return {
    kind: "samling_rsvp_deadline",
    to: m.to,
    subject: t("mail.samlingDeadline.subject", { title: m.title, deadline: m.deadline }),
    text: withFooter(
      t,
      t("mail.samlingDeadline.text", {
        name: m.name,
        title: m.title,
        when: m.when,
        deadline: m.deadline,
        link: `${appUrl()}/gatherings#samling-${m.gatheringId}`,
      }),
    ),
    dedupeKey: m.dedupeKey,
  };
}

export function ownerSummaryMail(m: {
  to: string;
  name: string;
  locale: Lng;
  cohort: string;
  cohortId: number;
  week: number;
  lines: string[];
  count: number;
  dedupeKey: string;
  slot: MailSlot;
}): OutgoingMail {
  const t = translator(m.locale);
  const body = [
    t("mail.owner.greeting", { name: m.name, cohort: m.cohort, week: m.week }),
    ...(isLate(m.slot) ? [lateLine(t, m.locale, m.slot), ""] : []),
    m.count ? t("mail.owner.count", { count: m.count }) : t("mail.owner.none"),
    ...m.lines.map((l) => `• ${l}`),
    `${appUrl()}/admin/cohorts/${m.cohortId}`,
  ];
  return {
    kind: "owner_summary",
    to: m.to,
    subject: t("mail.owner.subject", { cohort: m.cohort, week: m.week }),
    text: withFooter(t, body.join("\n")),
    dedupeKey: m.dedupeKey,
  };
}

export function resetMail(m: { to: string; name: string; link: string; locale: Lng }): OutgoingMail {
  const t = translator(m.locale);
  return { kind: "password_reset", to: m.to, subject: t("mail.reset.subject"), text: t("mail.reset.text", { name: m.name, link: m.link }) };
}

/** Sent once when failed sign-ins for the address trip the ceiling across all clients. */
export function signInAttemptsMail(m: { to: string; name: string; locale: Lng; minutes: number }): OutgoingMail {
  const t = translator(m.locale);
  return {
    kind: "sign_in_attempts",
    to: m.to,
    subject: t("mail.signInAttempts.subject"),
    text: t("mail.signInAttempts.text", { name: m.name, minutes: m.minutes, link: `${appUrl()}/forgot-password` }),
  };
}
