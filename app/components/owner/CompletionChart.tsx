import { useTranslation } from "react-i18next";

type Week = { week: number; done: number; late: number; skipped: number; planned: boolean };

/**
 * Challenge completion per programme week as stacked bars (on time, late, skipped), with patterns
 * and a legend so no meaning rests on colour, and the same figures as a table for screen readers.
 */
export function CompletionChart({ weeks, participants }: { weeks: Week[]; participants: number }) {
  const { t } = useTranslation();
  const max = Math.max(1, participants);
  return (
    <figure className="chart">
      <div className="chart__bars" aria-hidden="true">
        {weeks.map((w) => (
          <div
            key={w.week}
            className={`chart__col${w.planned ? "" : " chart__col--pause"}`}
            title={`${t("challenges.week", { week: w.week })}: ${w.done} / ${w.late} / ${w.skipped}`}
          >
            <div className="chart__stack">
              <span className="chart__seg chart__seg--skipped" style={{ height: `${(w.skipped / max) * 100}%` }} />
              <span className="chart__seg chart__seg--late" style={{ height: `${(w.late / max) * 100}%` }} />
              <span className="chart__seg chart__seg--done" style={{ height: `${(w.done / max) * 100}%` }} />
            </div>
            <span className="chart__label">{w.week}</span>
          </div>
        ))}
      </div>
      <figcaption>
        <ul className="legend">
          <li>
            <span className="swatch chart__seg--done" /> {t("owner.chart.done")}
          </li>
          <li>
            <span className="swatch chart__seg--late" /> {t("owner.chart.late")}
          </li>
          <li>
            <span className="swatch chart__seg--skipped" /> {t("owner.chart.skipped")}
          </li>
        </ul>
        <details>
          <summary>{t("owner.chart.table")}</summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("owner.chart.week")}</th>
                  <th scope="col">{t("owner.chart.done")}</th>
                  <th scope="col">{t("owner.chart.late")}</th>
                  <th scope="col">{t("owner.chart.skipped")}</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.week}>
                    <th scope="row">{w.planned ? w.week : `${w.week} (${t("challenges.status.pause")})`}</th>
                    <td>{w.done}</td>
                    <td>{w.late}</td>
                    <td>{w.skipped}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
