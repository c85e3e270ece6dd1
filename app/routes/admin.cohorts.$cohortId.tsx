import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { WeekHeading } from "~/components/WeekHeading";
import { requireCohortOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { programmeClock } from "~/utils/programme-time";

// The frame of every page about one cohort: its name, its week, and the owner's sub-navigation.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  return {
    cohort: { id: cohort.id, name: cohort.name, startDate: cohort.startDate },
    clock: programmeClock(cohort.startDate, clock.now(), cohort.timeZone),
  };
}

const tabs: { to: string; key: string; end?: boolean; label?: string }[] = [
  { to: "", key: "overview", end: true },
  { to: "participants", key: "participants" },
  { to: "people", key: "people" },
  { to: "partners", key: "partners" },
  { to: "gatherings", key: "gatherings" },
  { to: "outcomes", key: "outcomes" },
  { to: "plan", key: "plan", label: "plan.tab" },
  { to: "settings", key: "settings" },
];

export default function CohortFrame() {
  const { t } = useTranslation();
  const { cohort, clock } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <p className="eyebrow">{t("owner.cohortEyebrow")}</p>
      <h1>{cohort.name}</h1>
      <WeekHeading clock={clock} startDate={cohort.startDate} audience="owner" />
      <nav aria-label={t("owner.cohortNav")} className="sub-nav">
        <ul>
          {tabs.map((tab) => (
            <li key={tab.key}>
              <NavLink to={`/admin/cohorts/${cohort.id}${tab.to ? `/${tab.to}` : ""}`} end={tab.end}>
                {t(tab.label ?? `owner.tabs.${tab.key}`)}
              </NavLink>
            </li>
          ))}
          <li>
            <a href={`/admin/cohorts/${cohort.id}/report.csv`} download>
              {t("owner.tabs.report")}
            </a>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
