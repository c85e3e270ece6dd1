import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { formatScore } from "~/models/instrument-scoring";
import { cohortOutcomes } from "~/models/outcomes.server";
import { requireCohortOwner } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "instruments.outcomes.title")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  return { cohortId: cohort.id, outcomes: cohortOutcomes(cohort) };
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
  const { cohortId, outcomes } = useLoaderData<typeof loader>();
  const f = (v: number) => formatScore(v, i18n.language);
  return (
    <section aria-labelledby="outcomes-title" className="stack">
      <h2 id="outcomes-title">{t("instruments.outcomes.title")}</h2>
      <p>{t("instruments.outcomes.intro")}</p>
      <p>
        <a href={`/admin/cohorts/${cohortId}/outcomes.csv`} download>
          {t("instruments.outcomes.csvLink")}
        </a>
      </p>
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
                            <Bars counts={r.before} total={c.pairs} label={c.from} /> {r.before.join(" · ")}
                          </td>
                          <td>
                            <Bars counts={r.after} total={c.pairs} label={c.to} /> {r.after.join(" · ")}
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
