import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
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
  // "?vis=apne" lists only the weeks still open to do: a plain GET form, so it works without JavaScript.
  const onlyOpen = new URL(request.url).searchParams.get("vis") === "apne";
  return { weeks, onlyOpen, currentWeek: weeks.find((w) => w.isCurrent)?.week ?? null };
}

export default function Challenges() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { weeks, onlyOpen, currentWeek } = useLoaderData<typeof loader>();
  const count = (s: string) => weeks.filter((w) => w.status === s).length;
  const shown = onlyOpen ? weeks.filter((w) => w.status === "open") : weeks;
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
      <Form method="get" className="week-filter">
        <div className="field">
          <label htmlFor="week-filter">{t("plan.filter.label")}</label>
          <select id="week-filter" name="vis" defaultValue={onlyOpen ? "apne" : "alle"}>
            <option value="alle">{t("plan.filter.all")}</option>
            <option value="apne">{t("plan.filter.open")}</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("plan.filter.apply")}
        </button>
        {currentWeek && shown.some((w) => w.week === currentWeek) ? <a href={`#uke-${currentWeek}`}>{t("plan.filter.jump")}</a> : null}
      </Form>
      {onlyOpen && !shown.length ? <p>{t("plan.filter.noneOpen")}</p> : null}
      <ol className="week-list">
        {shown.map((w) => (
          <li
            key={w.week}
            id={`uke-${w.week}`}
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
