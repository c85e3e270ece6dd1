import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const SYMBOL: Record<string, string> = { done: "✓", late: "✓", skipped: "↷", open: "○", coming: "·", pause: "–" };

/** The 52 weeks at a glance; each week says its status in text (title and screen-reader label), not by colour alone. */
export function WeekStrip({ weeks }: { weeks: { week: number; status: string; isCurrent: boolean }[] }) {
  const { t } = useTranslation();
  return (
    <ol className="week-strip" aria-label={t("home.stripLabel")}>
      {weeks.map((w) => {
        const label = `${t("challenges.week", { week: w.week })}: ${t(`challenges.status.${w.status}`)}${w.isCurrent ? ` (${t("challenges.thisWeek")})` : ""}`;
        const inner = (
          <span aria-hidden="true" className="week-strip__symbol">
            {SYMBOL[w.status]}
          </span>
        );
        return (
          <li
            key={w.week}
            className={`week-strip__cell week-strip__cell--${w.status}${w.isCurrent ? " week-strip__cell--current" : ""}`}
            title={label}
          >
            {w.status === "coming" || w.status === "pause" ? (
              <span className="week-strip__link">
                {inner}
                <span className="visually-hidden">{label}</span>
              </span>
            ) : (
              <Link to={`/challenges/${w.week}`} className="week-strip__link" aria-label={label}>
                {inner}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}
