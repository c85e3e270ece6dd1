import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { formatMonth, type Locale } from "~/utils/programme-time";

const SYMBOL: Record<string, string> = {
  done: "✓",
  late: "✓",
  skipped: "↷",
  open: "○",
  earlier: "○",
  coming: "·",
  pause: "–",
  samling: "◆",
};
const LEGEND = ["done", "late", "skipped", "open", "earlier", "coming", "samling", "holiday"] as const;

type StripWeek = {
  week: number;
  monday: string;
  status: string;
  isCurrent: boolean;
  pause: { kind: "holiday"; name: string } | { kind: "samling"; title: string } | null;
};

/**
 * The 52 weeks at a glance, with the month each week starts in and the samlinger marked. Each week says
 * its status in text (title and screen-reader label), not by colour alone; the legend says what the symbols mean.
 */
export function WeekStrip({ weeks }: { weeks: StripWeek[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  // A week left open before this one is not a debt: it is drawn as quietly as a coming week, and
  // its label says catching up is optional (issue 19, catching up without shame).
  const current = weeks.findIndex((w) => w.isCurrent);
  const isEarlier = (w: StripWeek, i: number) => w.status === "open" && (current < 0 || i < current);
  // 52 cells share a handful of labels; each is translated once per render, not once per cell.
  const labels = new Map<string, string>();
  const once = (key: string) => {
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = t(key)));
    return label;
  };
  const what = (w: StripWeek, i: number) =>
    w.pause?.kind === "samling"
      ? w.pause.title
      : w.pause?.kind === "holiday"
        ? t("plan.holiday", { name: w.pause.name })
        : isEarlier(w, i)
          ? once("plan.strip.earlier")
          : once(`challenges.status.${w.status}`);
  const shortMonths = weeks.map((w) => formatMonth(w.monday, locale, true));
  return (
    <>
      <ol className="week-strip" aria-label={t("home.stripLabel")}>
        {weeks.map((w, i) => {
          const m = shortMonths[i]!;
          const newMonth = i === 0 || shortMonths[i - 1] !== m;
          const kind = w.pause?.kind === "samling" ? "samling" : isEarlier(w, i) ? "earlier" : w.status;
          const label = `${t("challenges.week", { week: w.week })} (${formatMonth(w.monday, locale)}): ${what(w, i)}${w.isCurrent ? ` (${once("challenges.thisWeek")})` : ""}`;
          const inner = (
            <>
              {newMonth ? (
                <span aria-hidden="true" className="week-strip__month">
                  {m}
                </span>
              ) : null}
              <span aria-hidden="true" className="week-strip__symbol">
                {SYMBOL[kind]}
              </span>
            </>
          );
          return (
            <li
              key={w.week}
              className={`week-strip__cell week-strip__cell--${kind}${w.isCurrent ? " week-strip__cell--current" : ""}`}
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
      <div className="week-strip-legend">
        <h3 className="visually-hidden">{t("plan.strip.legend")}</h3>
        <ul aria-label={t("plan.strip.legend")}>
          {LEGEND.map((k) => (
            <li key={k} className={`week-strip__cell--${k === "holiday" ? "pause" : k}`}>
              <span aria-hidden="true" className="week-strip-legend__symbol">
                {SYMBOL[k === "holiday" ? "pause" : k]}
              </span>{" "}
              <span>
                {k === "samling" || k === "holiday" || k === "earlier" ? once(`plan.strip.${k}`) : once(`challenges.status.${k}`)}
              </span>
            </li>
          ))}
          <li className="week-strip__cell--current">
            <span aria-hidden="true" className="week-strip-legend__symbol week-strip-legend__symbol--current" />{" "}
            <span>{once("challenges.thisWeek")}</span>
          </li>
        </ul>
      </div>
    </>
  );
}
