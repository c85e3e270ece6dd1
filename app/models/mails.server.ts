// The text of each e-mail, in the recipient's language, with a plain-text part.
import type { Lng } from "~/i18n";
import { translator } from "~/utils/i18n.server";
import type { OutgoingMail } from "./outbox.server";

export function invitationMail(m: { to: string; name: string; cohortName: string; inviter: string; role: "participant" | "owner"; link: string; locale: Lng }): OutgoingMail {
  const t = translator(m.locale);
  return {
    kind: "invitation",
    to: m.to,
    subject: t("mail.invitation.subject", { cohort: m.cohortName }),
    text: t("mail.invitation.text", { name: m.name, inviter: m.inviter, cohort: m.cohortName, role: t(`roles.${m.role}`), link: m.link }),
  };
}

export function resetMail(m: { to: string; name: string; link: string; locale: Lng }): OutgoingMail {
  const t = translator(m.locale);
  return { kind: "password_reset", to: m.to, subject: t("mail.reset.subject"), text: t("mail.reset.text", { name: m.name, link: m.link }) };
}
