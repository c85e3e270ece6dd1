import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { PrintButton } from "~/components/aids/PrintButton";
import { formatScore } from "~/models/instrument-scoring";
import { cohortOutcomes } from "~/models/outcomes.server";
import printStylesHref from "~/styles/outcomes-print.css";
import { requireCohortOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { pageTitle } from "~/utils/page-title";
import { calendarDate, formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "instruments.outcomes.title")];

// The page is also the printable report: outcomes-print.css leaves only the report and its print header.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStylesHref }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  const now = clock.now();
  return { cohortId: cohort.id, cohortName: cohort.name, today: calendarDate(now, cohort.timeZone), outcomes: cohortOutcomes(cohort, now) };
}

function Bars({ counts, total, label }: { counts: number[]; total: number; label: string }) {
  return (
    <span className="dist" aria-hidden="true" title={label}>
      {counts.map((n, i) => (
        <span key={i} className="dist__bar" style={{ height: `${total ? (n / total) * 100 : 0}%` }} />
      ))}
    </span>
  );
}

export default function Outcomes() {
  const { t, i18n } = useTranslation();
  const { cohortId, cohortName, today, outcomes } = useLoaderData<typeof loader>();
  const f = (v: number) => formatScore(v, i18n.language);
  return (
    <section aria-labelledby="outcomes-title" className="stack outcomes-report">
      <header className="outcomes-report__print-header">
        <p className="outcomes-report__cohort">{t("instruments.outcomes.reportHeading", { cohort: cohortName })}</p>
        <p>{t("instruments.outcomes.printedOn", { date: formatDate(today, i18n.language as Locale) })}</p>
        <p>{t("instruments.outcomes.printFloor")}</p>
      </header>
      <h2 id="outcomes-title">{t("instruments.outcomes.title")}</h2>
      <p>{t("instruments.outcomes.intro")}</p>
      <div className="outcomes-report__actions">
        <p>
          <a href={`/admin/cohorts/${cohortId}/outcomes.csv`} download>
            {t("instruments.outcomes.csvLink")}
          </a>
        </p>
        <PrintButton label="instruments.outcomes.print" />
      </div>
      {outcomes.map((o) => (
        <section key={o.slug} className="card stack" aria-labelledby={`o-${o.slug}`}>
          <h3 id={`o-${o.slug}`}>{o.title}</h3>
          <div
            className="table-wrap"
            role="region"
            tabIndex={0}
            aria-label={t(o.audience === "self" ? "instruments.outcomes.countsSelf" : "instruments.outcomes.countsTeam")}
          >
            <table>
              <caption>{t(o.audience === "self" ? "instruments.outcomes.countsSelf" : "instruments.outcomes.countsTeam")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("instruments.outcomes.occasion")}</th>
                  <th scope="col">{t(o.audience === "self" ? "instruments.outcomes.participants" : "instruments.outcomes.teams")}</th>
                  {o.audience === "team" ? <th scope="col">{t("instruments.outcomes.answers")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {o.occasions.map((occ) => (
                  <tr key={occ.key}>
                    <th scope="row">{occ.label}</th>
                    <td>{occ.answered}</td>
                    {o.audience === "team" ? <td>{occ.answers}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {o.comparisons.map((c) => (
            <div key={c.to} className="stack">
              <h4>{t("instruments.outcomes.comparison", { from: c.from, to: c.to })}</h4>
              {!c.shown ? (
                <p className="notice notice--info">
                  {t(o.audience === "self" ? "instruments.outcomes.belowFloorSelf" : "instruments.outcomes.belowFloorTeam", {
                    n: c.pairs,
                    needed: c.needed,
                  })}
                </p>
              ) : (
                <div
                  className="table-wrap"
                  role="region"
                  tabIndex={0}
                  aria-label={t("instruments.outcomes.comparison", { from: c.from, to: c.to })}
                >
                  <table>
                    <caption>
                      {t(o.audience === "self" ? "instruments.outcomes.distributionSelf" : "instruments.outcomes.distributionTeam", {
                        n: c.pairs,
                      })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("instruments.outcomes.item")}</th>
                        <th scope="col">{t("instruments.outcomes.before", { occasion: c.from })}</th>
                        <th scope="col">{t("instruments.outcomes.after", { occasion: c.to })}</th>
                        <th scope="col">
                          {t("instruments.outcomes.countsBefore", { occasion: c.from, min: o.scale.min, max: o.scale.max })}
                        </th>
                        <th scope="col">{t("instruments.outcomes.countsAfter", { occasion: c.to, min: o.scale.min, max: o.scale.max })}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {c.rows.map((r) => (
                        <tr key={r.label}>
                          <th scope="row">{r.label}</th>
                          <td>{f(r.meanBefore)}</td>
                          <td>{f(r.meanAfter)}</td>
                          <td>
                            <Bars counts={r.before} total={c.pairs} label={c.from} />{" "}
                            <span className="dist__counts">{r.before.join(" · ")}</span>
                          </td>
                          <td>
                            <Bars counts={r.after} total={c.pairs} label={c.to} />{" "}
                            <span className="dist__counts">{r.after.join(" · ")}</span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          ))}
        </section>
      ))}
      <p className="muted">{t("instruments.outcomes.floor")}</p>
    </section>
  );
}
