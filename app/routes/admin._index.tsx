import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ScrollTable } from "~/components/ScrollTable";
import { cohortOverview } from "~/models/cohort-overview.server";
import { requireOwner } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale, PROGRAMME_WEEKS } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.cohorts")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOwner(request);
  return { isAdmin: user.isAdmin, cohorts: cohortOverview(user) };
}

export default function Cohorts() {
  const { t, i18n } = useTranslation();
  const { cohorts, isAdmin } = useLoaderData<typeof loader>();
  const locale = i18n.language as Locale;
  return (
    <section className="page" aria-labelledby="cohorts-title">
      <h1 id="cohorts-title">{isAdmin ? t("adminArea.allCohortsTitle") : t("admin.title")}</h1>
      <p>{isAdmin ? t("adminArea.allCohortsIntro") : t("adminArea.ownIntro")}</p>
      {cohorts.length === 0 ? (
        <p className="empty">{t("admin.empty")}</p>
      ) : (
        <ScrollTable
          labelledBy="cohorts-title"
          headers={[
            t("adminArea.table.cohort"),
            t("adminArea.table.week"),
            t("adminArea.table.participants"),
            t("adminArea.table.active"),
            t("adminArea.table.followUp"),
          ]}
        >
          {cohorts.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/admin/cohorts/${c.id}`}>{c.name}</Link>
                <br />
                <span className="muted">
                  {c.organisation} · {c.programme}
                </span>
              </th>
              <td>
                {c.clock.phase === "running" ? (
                  <>
                    {t("time.weekOfProgramme", { week: c.clock.currentWeek, total: PROGRAMME_WEEKS })}
                    <br />
                    <span className="muted">{t("time.isoWeek", { week: c.clock.isoWeek })}</span>
                  </>
                ) : c.clock.phase === "before" ? (
                  t("adminArea.table.before", { date: formatDate(c.startDate, locale) })
                ) : (
                  t("adminArea.table.ended")
                )}
              </td>
              <td>{c.participants}</td>
              <td>{c.activeThisWeek ?? "–"}</td>
              <td>{c.followUp ?? "–"}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
