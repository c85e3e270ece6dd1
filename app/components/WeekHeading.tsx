import { useTranslation } from "react-i18next";

import { formatDate, type Locale, PROGRAMME_WEEKS, type ProgrammeClock } from "~/utils/programme-time";

/**
 * "Uke 21 av 52 · uke 47 (ISO)", or when the programme has not started / has ended. Before the
 * start a participant reads about their own programme; a programme owner about the cohort's.
 */
export function WeekHeading({
  clock,
  startDate,
  audience = "participant",
}: {
  clock: ProgrammeClock;
  startDate: string;
  audience?: "participant" | "owner";
}) {
  const { t, i18n } = useTranslation();
  if (clock.phase === "before")
    return (
      <p className="week-heading">
        {t(audience === "owner" ? "weekHeading.cohortStarts" : "home.beforeStart", {
          date: formatDate(startDate, i18n.language as Locale),
        })}
      </p>
    );
  if (clock.phase === "ended") return <p className="week-heading">{t(audience === "owner" ? "weekHeading.cohortEnded" : "home.ended")}</p>;
  return (
    <p className="week-heading">
      <strong>{t("time.weekOfProgramme", { week: clock.currentWeek, total: PROGRAMME_WEEKS })}</strong>
      <span aria-hidden="true"> · </span>
      <span>{t("time.isoWeek", { week: clock.isoWeek })}</span>
    </p>
  );
}
