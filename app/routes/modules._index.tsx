import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ContentLanguageNote } from "~/components/ContentLanguageNote";
import { listModules } from "~/models/module.server";
import { requireParticipant } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale, programmeMonthOfWeek } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.modules")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  return {
    modules: await listModules(user.id, participation),
    currentMonth: participation.clock.phase === "running" ? programmeMonthOfWeek(participation.clock.currentWeek) : null,
  };
}

export default function Modules() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { modules, currentMonth } = useLoaderData<typeof loader>();
  const completed = modules.filter((m) => m.state === "completed").length;
  return (
    <section className="page" aria-labelledby="modules-title">
      <h1 id="modules-title">{t("modules.title")}</h1>
      <ContentLanguageNote />
      <p>{t("modules.intro")}</p>
      <p className="progress__text">{t("modules.completedCount", { count: completed, total: modules.length })}</p>
      {/* Not every month brings a module; a month without one is a month to go deeper, not a gap. */}
      {currentMonth !== null && !modules.some((m) => m.month === currentMonth) ? (
        <p className="notice">{t("modulesList.noneThisMonth")}</p>
      ) : null}
      <ol className="module-list">
        {modules.map((m) => (
          <li key={m.slug} className={`module-card module-card--${m.state}`}>
            <p className="eyebrow">
              {t("time.month", { month: m.month })}
              {currentMonth === m.month ? ` · ${t("modules.thisMonth")}` : null}
            </p>
            <h2>{m.state === "locked" ? m.title : <Link to={`/modules/${m.slug}`}>{m.title}</Link>}</h2>
            <p>{m.summary}</p>
            <p className="module-card__meta">
              <span className={`status status--${m.state}`}>{t(`modules.state.${m.state}`)}</span>
              {m.state === "locked" ? (
                <span>{t("modules.opensOn", { date: formatDate(m.opensOn, locale) })}</span>
              ) : (
                <>
                  <span>{t("modules.minutes", { count: m.estimatedMinutes })}</span>
                  <span>{t("modules.answered", { count: m.answered, total: m.prompts })}</span>
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
