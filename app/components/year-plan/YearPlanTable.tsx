import { useTranslation } from "react-i18next";

import { ScrollTable } from "~/components/ScrollTable";
import type { Collision } from "~/models/year-plan.server";
import { formatDate, formatMonth, type Locale } from "~/utils/programme-time";
import type { PlannedWeek } from "~/utils/year-plan";

export type PlanRow = PlannedWeek & {
  challengeTitle: string | null;
  moduleTitle: string;
  movedByOwner: boolean;
  collisions: Collision[];
};

/** The owner's 52 weeks: month headings, ISO weeks, samlinger, holidays, modules, each week's challenge and every collision, in words. */
export function YearPlanTable({ weeks, currentWeek }: { weeks: PlanRow[]; currentWeek: number | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  // Scrolls sideways on its own on a phone (never the page), like the app's other wide tables.
  return (
    <ScrollTable
      className="year-plan"
      label={t("plan.tableCaption")}
      headers={(["week", "iso", "monday", "module", "what", "checkIn", "notes"] as const).map((k) => t(`plan.col.${k}`))}
    >
      {weeks.flatMap((w, i) => {
        const m = formatMonth(w.monday, locale);
        const heading =
          i === 0 || formatMonth(weeks[i - 1]!.monday, locale) !== m ? (
            <tr key={`m-${w.week}`} className="year-plan__month">
              <th scope="rowgroup" colSpan={7}>
                {m}
              </th>
            </tr>
          ) : null;
        const row = (
          <tr
            key={w.week}
            className={`year-plan__row year-plan__row--${w.kind}${w.collisions.length ? " year-plan__row--collision" : ""}`}
            aria-current={w.week === currentWeek ? "true" : undefined}
          >
            <th scope="row">
              {w.week}
              {w.week === currentWeek ? <span className="tag">{t("challenges.thisWeek")}</span> : null}
            </th>
            <td>{w.isoWeek}</td>
            <td>{formatDate(w.monday, locale)}</td>
            <td>{w.kind === "holiday" ? "" : w.moduleTitle}</td>
            <td>
              {w.kind === "challenge" ? (
                <>
                  {w.challengeTitle}{" "}
                  <span className={`tag tag--${w.core ? "core" : "optional"}`}>{t(w.core ? "plan.core" : "plan.optional")}</span>
                  {w.placement === "anchored" ? <span className="tag">{t("plan.anchored")}</span> : null}
                  {w.movedByOwner ? <span className="tag">{t("plan.moved")}</span> : null}
                </>
              ) : w.pause?.kind === "samling" ? (
                <strong>{w.pause.title}</strong>
              ) : w.pause?.kind === "holiday" ? (
                <em>{t("plan.holiday", { name: w.pause.name })}</em>
              ) : (
                <span className="muted">{t("plan.free")}</span>
              )}
            </td>
            <td>{w.checkInDue ? t("plan.checkInDue") : ""}</td>
            <td>
              {w.collisions.map((c) => (
                <p key={c.key} className="year-plan__collision">
                  <span aria-hidden="true">⚠ </span>
                  {t(`plan.collision.${c.key}`, c.values)}
                </p>
              ))}
            </td>
          </tr>
        );
        return heading ? [heading, row] : [row];
      })}
    </ScrollTable>
  );
}
