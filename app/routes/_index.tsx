import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CheckInStatusLine } from "~/components/partner/CheckInStatusLine";
import { SavedNotice } from "~/components/SavedNotice";
import { StatusBadge } from "~/components/StatusBadge";
import { WeekHeading } from "~/components/WeekHeading";
import { WeekStrip } from "~/components/WeekStrip";
import { setAsideSchema } from "~/forms/challenge";
import { setAsideEarlierWeeks } from "~/models/challenge.server";
import { getMyWeek } from "~/models/week.server";
import { requireParticipant } from "~/utils/auth.server";
import { readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale, PROGRAMME_WEEKS } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.myWeek")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const { cohort, organisation, clock } = participation;
  return {
    name: user.name,
    cohort: { name: cohort.name, startDate: cohort.startDate, organisation },
    clock,
    week: await getMyWeek(user.id, participation),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const submission = parseWithZod(await readForm(request), { schema: setAsideSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  setAsideEarlierWeeks(user.id, participation);
  throw redirect("/?saved=setAside#challenge-card");
}

/** Behind on earlier weeks: this week comes first, the rest is optional and can be set aside at once. */
function CatchUp({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <div className="catch-up">
      <p>{t("catchUp.intro", { count })}</p>
      <p>
        <Link to="/challenges">{t("catchUp.see", { count })}</Link>
      </p>
      <details>
        <summary>{t("catchUp.setAsideTitle")}</summary>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="set-aside" />
          <p className="field-hint">{t("catchUp.setAsideHint")}</p>
          <button type="submit" className="button button--secondary">
            {t("catchUp.setAside", { count })}
          </button>
        </Form>
      </details>
    </div>
  );
}

export default function MyWeek() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { name, cohort, clock, week } = useLoaderData<typeof loader>();
  const weeksDone = clock.phase === "before" ? 0 : clock.phase === "ended" ? PROGRAMME_WEEKS : clock.currentWeek;
  const tw = week.thisWeek;
  const m = week.moduleOfMonth;
  const g = week.nextGathering;
  return (
    <section className="page" aria-labelledby="home-title">
      <p className="eyebrow">{t("home.cohort", { cohort: cohort.name, organisation: cohort.organisation })}</p>
      <h1 id="home-title">{t("home.greeting", { name })}</h1>
      <WeekHeading clock={clock} startDate={cohort.startDate} />
      <div className="progress">
        <label htmlFor="programme-progress">{t("home.progressLabel")}</label>
        <progress id="programme-progress" max={PROGRAMME_WEEKS} value={weeksDone}>
          {t("home.progressText", { week: weeksDone, total: PROGRAMME_WEEKS })}
        </progress>
        <span className="progress__text">{t("home.progressText", { week: weeksDone, total: PROGRAMME_WEEKS })}</span>
      </div>

      <div className="dashboard">
        <section className="card" aria-labelledby="challenge-card">
          <h2 id="challenge-card">{t("home.challengeTitle")}</h2>
          {tw?.challenge ? (
            <>
              <p className="card__lead">
                <Link to={`/challenges/${tw.week}`}>{tw.challenge.title}</Link>
              </p>
              <p>{tw.challenge.summary}</p>
              <p>
                <StatusBadge status={tw.status} /> · {t("challenges.minutes", { count: tw.challenge.minutes })}
              </p>
            </>
          ) : (
            <p>
              {tw?.pause?.kind === "holiday"
                ? t("home.holiday", { name: tw.pause.name })
                : tw?.pause?.kind === "samling"
                  ? t("home.samlingWeek", { title: tw.pause.title })
                  : t("home.noChallenge")}
            </p>
          )}
          <SavedNotice keys={["setAside"]} prefix="catchUp.saved" />
          {week.openEarlier.length ? <CatchUp count={week.openEarlier.length} /> : null}
        </section>

        <section className="card" aria-labelledby="module-card">
          <h2 id="module-card">{t("home.moduleTitle")}</h2>
          {m ? (
            <>
              <p className="card__lead">
                <Link to={`/modules/${m.slug}`}>{m.title}</Link>
              </p>
              <p>
                <StatusBadge status={m.state === "completed" ? "done" : m.state === "started" ? "started" : "open"} /> ·{" "}
                {t("modules.answered", { count: m.answered, total: m.prompts })}
              </p>
            </>
          ) : (
            <p>
              <Link to="/modules">{t("nav.modules")}</Link>
            </p>
          )}
        </section>

        <section className="card" aria-labelledby="partner-card">
          <h2 id="partner-card">{t("home.partnerTitle")}</h2>
          {week.partnership ? (
            <>
              <p className="card__lead">
                <Link to="/partner">
                  {week.partnership.partners.length ? week.partnership.partners.join(", ") : t("partner.deletedUser")}
                </Link>
              </p>
              {week.partnership.nextTalk ? (
                <p>
                  <Link to="/partner#next-talk">
                    {t("home.nextTalk", {
                      date: formatDate(new Date(week.partnership.nextTalk.startsAt), locale),
                      time: formatTime(new Date(week.partnership.nextTalk.startsAt)),
                    })}
                  </Link>
                </p>
              ) : null}
              {week.partnership.pending.length ? (
                <p className="checkin-status checkin-status--due">
                  <Link to={`/partner#checkin-${week.partnership.pending[0]!.id}`}>
                    {t("home.confirmPending", {
                      name: week.partnership.pending[0]!.authorName ?? t("partner.deletedUser"),
                      date: formatDate(week.partnership.pending[0]!.heldOn, locale),
                      count: week.partnership.pending.length,
                    })}
                  </Link>
                </p>
              ) : (
                <CheckInStatusLine status={week.partnership.status} />
              )}
            </>
          ) : (
            <p>{t("partner.none")}</p>
          )}
        </section>

        <section className="card" aria-labelledby="gathering-card">
          <h2 id="gathering-card">{t("home.gatheringTitle")}</h2>
          {g ? (
            <>
              <p className="card__lead">
                <Link to={`/gatherings#samling-${g.id}`}>{g.title}</Link>
              </p>
              <p>
                {formatDate(new Date(g.startsAt), locale)} {formatTime(new Date(g.startsAt))}
                {g.place ? ` · ${g.place}` : null}
              </p>
              <p className="muted">
                {g.rsvp ? t("gatherings.current", { answer: t(`gatherings.answer.${g.rsvp}`) }) : t("home.notAnswered")}
              </p>
            </>
          ) : (
            <p>{t("gatherings.empty")}</p>
          )}
        </section>
        {week.instruments.self.length || week.instruments.team.length ? (
          <section className="card" aria-labelledby="instruments-card">
            <h2 id="instruments-card">{t("instruments.due.title")}</h2>
            <ul>
              {week.instruments.self.map((d) => (
                <li key={`${d.slug}-${d.occasion}`}>
                  {t("instruments.due.selfOpen", { title: d.title, occasion: d.label, date: formatDate(d.closesOn, locale) })}{" "}
                  <Link to={`/self-assessment#${d.slug}`}>
                    {t("instruments.due.answer")}
                    <span className="visually-hidden"> ({d.title})</span>
                  </Link>
                </li>
              ))}
              {week.instruments.team.map((d) => (
                <li key={`${d.slug}-${d.occasion}`}>
                  {t("instruments.due.pulseOpen", { title: d.title, occasion: d.label })}{" "}
                  <Link to="/pulse">{t("instruments.due.openPulse")}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="strip-title">
        <h2 id="strip-title">{t("home.stripTitle")}</h2>
        <WeekStrip weeks={week.strip} />
      </section>

      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t("home.recentTitle")}</h2>
        {week.recentEntries.length ? (
          <ul className="plain-list">
            {week.recentEntries.map((e) => (
              <li key={e.id}>
                <Link to={`/journal/${e.id}`}>{e.title}</Link> <span className="muted">· {formatDate(new Date(e.createdAt), locale)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t("journal.empty")}</p>
        )}
        <p>
          <Link to="/journal/new">{t("journal.new")}</Link> · <Link to="/journal">{t("home.allEntries")}</Link>
        </p>
      </section>
    </section>
  );
}
