import { useTranslation } from "react-i18next";

import { formatDate, type Locale } from "~/utils/programme-time";

type Status = { state: "ok" | "due" | "overdue"; dueOn: string; lastHeldOn: string | null };

/**
 * When the next partner conversation is due. A date that has passed is not repeated back in red:
 * someone who fell behind reads that it is time for a new one, and when the last one was.
 */
export function CheckInStatusLine({ status, showLast = false }: { status: Status; showLast?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const behind = status.state === "overdue";
  return (
    <p className={`checkin-status checkin-status--${behind ? "due" : status.state}`}>
      <strong>{t(behind ? "catchUp.talkAgain" : `partner.state.${status.state}`)}</strong>{" "}
      {behind
        ? status.lastHeldOn
          ? t("catchUp.lastTalk", { date: formatDate(status.lastHeldOn, locale) })
          : t("catchUp.noTalkYet")
        : t("partner.dueOn", { date: formatDate(status.dueOn, locale) })}
      {showLast && !behind
        ? ` · ${status.lastHeldOn ? t("partner.lastHeld", { date: formatDate(status.lastHeldOn, locale) }) : t("partner.noneYet")}`
        : null}
    </p>
  );
}
