import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CadenceStrip } from "~/components/owner/CadenceStrip";
import { CompletionChart } from "~/components/owner/CompletionChart";
import { SetupChecklist } from "~/components/owner/SetupChecklist";
import { Stats } from "~/components/owner/Stats";
import { SavedNotice } from "~/components/SavedNotice";
import { ScrollTable } from "~/components/ScrollTable";
import { planCheckedSchema } from "~/forms/follow-up";
import { PAIRS_PER_PAGE, pairSearchSchema } from "~/forms/pair-search";
import { cohortSummary, followUpList, pairsPage, participantRows, quietPairs, SEVERITY, severity } from "~/models/progress.server";
import { confirmPlanChecked, setupChecklist } from "~/models/setup-checklist.server";
import { requireCohortOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";
import { serverTiming } from "~/utils/timing.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.overview")];

const FOLLOW_UP_SHOWN = 50;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  const now = clock.now();
  const { value, headers } = serverTiming("dashboard", () => {
    const rows = participantRows(cohort, now);
    const summary = cohortSummary(cohort, now);
    return { rows, summary };
  });
  const { rows, summary } = value;
  const { pairs: allPairs, ...rest } = summary;
  const search = pairSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const quiet = quietPairs(cohort, now, summary);
  return data(
    {
      cohortId: cohort.id,
      thresholds: { challenge: cohort.followUpChallengeWeeks, checkIn: cohort.followUpCheckInWeeks },
      // The page stays small at 2,000 people: one page of pairs and the first quiet ones go to the browser, with the counts.
      summary: rest,
      pairsTotal: allPairs.length,
      pairs: { ...pairsPage(allPairs, { name: search.pairs, page: search.pairsPage }, PAIRS_PER_PAGE), name: search.pairs },
      // Most serious first (the rule is stated on the page); a large cohort shows the first 50 here.
      followUp: followUpList(rows)
        .slice(0, FOLLOW_UP_SHOWN)
        .map((r) => ({ userId: r.userId, name: r.name, reasons: r.reasons, lastActivityAt: r.lastActivityAt, severity: severity(r) })),
      followUpTotal: followUpList(rows).length,
      away: rows.filter((r) => r.away).length,
      severityRule: {
        never: SEVERITY["never-signed-in"],
        challenge: SEVERITY["no-challenge"],
        checkIn: SEVERITY["no-check-in"],
        samling: SEVERITY["missed-samling"],
      },
      quietPairs: quiet.slice(0, FOLLOW_UP_SHOWN),
      quietTotal: quiet.length,
      checklist: setupChecklist(cohort, now),
    },
    { headers },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const submission = parseWithZod(await readForm(request), { schema: planCheckedSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  confirmPlanChecked(user, cohort);
  throw redirect(`/admin/cohorts/${cohort.id}?saved=planChecked`);
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

/** A GET form: works without JavaScript, and the address can be shared or bookmarked. */
function PairSearch({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="inline-form" preventScrollReset>
      <label htmlFor="pair-search">{t("owner.pairs.search")}</label>
      <input id="pair-search" type="search" name="pairs" defaultValue={name} maxLength={100} />
      <button type="submit" className="button button--secondary">
        {t("owner.pairs.searchButton")}
      </button>
    </Form>
  );
}

function PairPager({ page, pages, name }: { page: number; pages: number; name: string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const link = (n: number) => `?${new URLSearchParams({ ...(name ? { pairs: name } : {}), pairsPage: String(n) })}#pairs-title`;
  return (
    <nav aria-label={t("owner.pairs.pages")} className="pager">
      {page > 1 ? <Link to={link(page - 1)}>← {t("modules.previous")}</Link> : <span />}
      <span>{t("owner.grid.pageOf", { page, pages })}</span>
      {page < pages ? <Link to={link(page + 1)}>{t("modules.next")} →</Link> : <span />}
    </nav>
  );
}

export default function CohortOverview() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const {
    cohortId,
    summary: s,
    followUp,
    followUpTotal,
    quietPairs: quiet,
    quietTotal,
    pairs,
    pairsTotal,
    thresholds,
    away,
    severityRule,
    checklist,
  } = useLoaderData<typeof loader>();
  const pct = (n: number) => (s.participants ? Math.round((n / s.participants) * 100) : 0);
  return (
    <>
      <h2 className="visually-hidden">{t("owner.tabs.overview")}</h2>
      <SavedNotice keys={["planChecked"]} prefix="setupChecklist.saved" />
      {checklist.show ? <SetupChecklist items={checklist.items} /> : null}
      <Stats
        items={[
          { label: t("owner.stats.participants"), value: s.participants },
          {
            label: t("owner.stats.active"),
            value: (
              <>
                {s.activeThisWeek} <span className="muted">({pct(s.activeThisWeek)} %)</span>
              </>
            ),
          },
          { label: t("owner.stats.followUp"), value: followUpTotal },
          { label: t("owner.stats.quietPairs"), value: quietTotal },
        ]}
      />

      <p className="muted">
        {t("followUp.activeDefinition")} {away ? t("followUp.awayNotCounted", { count: away }) : null}
      </p>

      <section aria-labelledby="followup-title">
        <h2 id="followup-title">{t("owner.followUp.title")}</h2>
        <p className="muted">{t("owner.followUp.intro", { challenge: thresholds.challenge, checkIn: thresholds.checkIn })}</p>
        <p className="muted">{t("followUp.severityRule", severityRule)}</p>
        {followUp.length === 0 ? (
          <p className="empty">{t("owner.followUp.none")}</p>
        ) : (
          <ScrollTable
            labelledBy="followup-title"
            headers={[t("admin.name"), t("owner.followUp.reasons"), t("owner.followUp.lastActivity"), t("followUp.actions")]}
          >
            {followUp.map((f) => (
              <tr key={f.userId}>
                <th scope="row">
                  <Link to={`/admin/cohorts/${cohortId}/participants/${f.userId}`}>{f.name}</Link>
                </th>
                <td>
                  <ul className="reason-list">
                    {f.reasons.map((r) => (
                      <li key={r}>{t(`owner.reason.${r}`, { challenge: thresholds.challenge, checkIn: thresholds.checkIn })}</li>
                    ))}
                  </ul>
                </td>
                <td>{f.lastActivityAt ? formatDate(new Date(f.lastActivityAt), locale) : t("admin.never")}</td>
                <td>
                  <ul className="plain-list">
                    <li>
                      <Form method="post" action={`/admin/cohorts/${cohortId}/participants/${f.userId}`} className="inline-form">
                        <input type="hidden" name="intent" value="remind" />
                        <button
                          type="submit"
                          className="link-button link-button--dark"
                          aria-label={t("followUp.reminder.sendTo", { name: f.name })}
                        >
                          {t("followUp.reminder.send")}
                        </button>
                      </Form>
                    </li>
                    <li>
                      <Link
                        to={`/admin/cohorts/${cohortId}/participants/${f.userId}#notes-title`}
                        aria-label={t("followUp.notes.addFor", { name: f.name })}
                      >
                        {t("followUp.notes.add")}
                      </Link>
                    </li>
                    <li>
                      <Link
                        to={`/admin/cohorts/${cohortId}/participants/${f.userId}#status-title`}
                        aria-label={t("followUp.status.setFor", { name: f.name })}
                      >
                        {t("followUp.status.set")}
                      </Link>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </ScrollTable>
        )}
        {followUpTotal > followUp.length ? (
          <p>
            <Link to={`/admin/cohorts/${cohortId}/participants?filter=behind&sort=severity`}>
              {t("owner.followUp.showAll", { count: followUpTotal })}
            </Link>
          </p>
        ) : null}
        {quietTotal ? (
          <>
            <h3>{t("owner.quietPairs.title", { weeks: thresholds.checkIn })}</h3>
            <ul>
              {quiet.map((p) => (
                <li key={p.partnershipId}>
                  {p.names.join(" og ")} —{" "}
                  {p.lastHeldOn ? t("owner.quietPairs.last", { date: formatDate(p.lastHeldOn, locale) }) : t("owner.quietPairs.never")}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{t("owner.chart.title")}</h2>
        <CompletionChart weeks={s.completionByWeek} participants={s.participants} />
      </section>

      <section aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t("owner.pairs.title")}</h2>
        {pairsTotal === 0 ? (
          <p className="empty">
            {t("owner.pairs.none")} <Link to={`/admin/cohorts/${cohortId}/partners`}>{t("owner.tabs.partners")}</Link>
          </p>
        ) : (
          <>
            <PairSearch name={pairs.name} />
            <p aria-live="polite">
              {pairs.total
                ? t("owner.pairs.showing", { from: pairs.from, to: pairs.from + pairs.rows.length - 1, total: pairs.total })
                : t("owner.pairs.noMatch")}
            </p>
            <ScrollTable
              labelledBy="pairs-title"
              headers={[
                t("owner.pairs.pair"),
                t("owner.pairs.last4"),
                t("owner.pairs.last13"),
                t("owner.pairs.lastHeld"),
                t("owner.pairs.cadence"),
              ]}
            >
              {pairs.rows.map((p) => (
                <tr key={p.partnershipId}>
                  <th scope="row">{p.names.join(", ")}</th>
                  <td>{p.last4}</td>
                  <td>{p.last13}</td>
                  <td>{p.lastHeldOn ? formatDate(p.lastHeldOn, locale) : "–"}</td>
                  <td>
                    <CadenceStrip weeks={s.cadenceWeeks} talked={p.weeksWithCheckIn} />
                  </td>
                </tr>
              ))}
            </ScrollTable>
            <PairPager page={pairs.page} pages={pairs.pages} name={pairs.name} />
          </>
        )}
      </section>

      <section aria-labelledby="modules-title">
        <h2 id="modules-title">{t("owner.modules.title")}</h2>
        <ScrollTable
          labelledBy="modules-title"
          headers={[t("owner.modules.module"), t("owner.modules.started"), t("owner.modules.completed")]}
        >
          {s.modules.map((m) => (
            <tr key={m.slug}>
              <th scope="row">
                {t("time.month", { month: m.month })}: {m.title}
              </th>
              <td>{m.started}</td>
              <td>
                {m.completed} ({pct(m.completed)} %)
              </td>
            </tr>
          ))}
        </ScrollTable>
      </section>

      <section aria-labelledby="attendance-title">
        <h2 id="attendance-title">{t("owner.attendance.title")}</h2>
        {s.gatherings.length === 0 ? (
          <p className="empty">{t("gatherings.empty")}</p>
        ) : (
          <ScrollTable
            labelledBy="attendance-title"
            headers={[
              t("owner.attendance.gathering"),
              t("gatherings.status.attended"),
              t("gatherings.status.excused"),
              t("gatherings.status.absent"),
              t("owner.attendance.rsvp"),
            ]}
          >
            {s.gatherings.map((g) => (
              <tr key={g.id}>
                <th scope="row">
                  <Link to={`/admin/cohorts/${cohortId}/gatherings/${g.id}`}>{g.title}</Link>
                  <br />
                  <span className="muted">{formatDate(new Date(g.startsAt), locale)}</span>
                  {g.cancelled ? (
                    <>
                      {" "}
                      <span className="badge badge--cancelled">{t("samlingOwner.cancelledBadge")}</span>
                    </>
                  ) : null}
                </th>
                <td>{g.attended}</td>
                <td>{g.excused}</td>
                <td>{g.absent}</td>
                <td>{t("owner.attendance.rsvpCounts", { yes: g.attending, no: g.notAttending })}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
    </>
  );
}
