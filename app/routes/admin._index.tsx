import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { listOwnedCohorts } from "~/models/cohort.server";
import { requireOwner } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale, PROGRAMME_WEEKS } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.cohorts")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOwner(request);
  return { cohorts: listOwnedCohorts(user) };
}

export default function Cohorts() {
  const { t, i18n } = useTranslation();
  const { cohorts } = useLoaderData<typeof loader>();
  const locale = i18n.language as Locale;
  return (
    <section className="page" aria-labelledby="cohorts-title">
      <h1 id="cohorts-title">{t("admin.title")}</h1>
      <p>{t("admin.intro")}</p>
      {cohorts.length === 0 ? (
        <p className="empty">{t("admin.empty")}</p>
      ) : (
        <ul className="card-list">
          {cohorts.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/admin/cohorts/${c.id}`}>{c.name}</Link>
              </h2>
              <p className="muted">
                {c.organisation} · {c.programme}
              </p>
              <p>
                {c.clock.phase === "running" ? (
                  <>
                    <strong>{t("time.weekOfProgramme", { week: c.clock.currentWeek, total: PROGRAMME_WEEKS })}</strong>
                    {" · "}
                    {t("time.isoWeek", { week: c.clock.isoWeek })}
                  </>
                ) : c.clock.phase === "before" ? (
                  t("admin.starts", { date: formatDate(c.startDate, locale) })
                ) : (
                  t("time.endedOn")
                )}
              </p>
              <p>
                {t("admin.participants", { count: c.participants })}
                {c.clock.phase !== "before" ? ` · ${t("admin.started", { date: formatDate(c.startDate, locale) })}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
