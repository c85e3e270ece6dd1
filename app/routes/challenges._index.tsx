import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { StatusBadge } from "~/components/StatusBadge";
import { listChallengeWeeks } from "~/models/challenge.server";
import { requireParticipant } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.challenges")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const weeks = listChallengeWeeks(user.id, participation);
  return { weeks, currentWeek: participation.clock.currentWeek };
}

export default function Challenges() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { weeks } = useLoaderData<typeof loader>();
  const count = (s: string) => weeks.filter((w) => w.status === s).length;
  return (
    <section className="page" aria-labelledby="challenges-title">
      <h1 id="challenges-title">{t("challenges.title")}</h1>
      <p>{t("challenges.intro")}</p>
      <p className="summary-line">
        {t("challenges.summary", {
          done: count("done") + count("late"),
          late: count("late"),
          skipped: count("skipped"),
          open: count("open"),
        })}
      </p>
      <ol className="week-list">
        {weeks.map((w) => (
          <li
            key={w.week}
            className={`week-row week-row--${w.status}${w.isCurrent ? " week-row--current" : ""}`}
            aria-current={w.isCurrent ? "true" : undefined}
          >
            <div className="week-row__when">
              <strong>{t("challenges.week", { week: w.week })}</strong>
              <span className="muted">
                {formatDate(w.monday, locale)} · {t("time.isoWeek", { week: w.isoWeek })}
              </span>
              {w.isCurrent ? <span className="tag">{t("challenges.thisWeek")}</span> : null}
            </div>
            <div className="week-row__what">
              {w.challenge ? (
                w.status === "coming" ? (
                  <span>{w.challenge.title}</span>
                ) : (
                  <Link to={`/challenges/${w.week}`}>{w.challenge.title}</Link>
                )
              ) : (
                <span className="muted">
                  {w.pause?.kind === "holiday"
                    ? t("challenges.holiday", { name: w.pause.name })
                    : w.pause?.kind === "samling"
                      ? t("challenges.samlingWeek", { title: w.pause.title })
                      : t("challenges.none")}
                </span>
              )}
            </div>
            <div className="week-row__status">{w.challenge ? <StatusBadge status={w.status} /> : null}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
