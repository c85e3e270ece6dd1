import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { bySeverity, participantRows, weekGrid } from "~/models/progress.server";
import { requireCohortOwner } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.participants")];

const PAGE = 50;
const query = z.object({
  sort: z.enum(["name", "severity", "done", "missed", "activity"]).catch("name"),
  filter: z.enum(["all", "not-started", "behind", "on-track", "away"]).catch("all"),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  const q = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  let rows = participantRows(cohort);
  const counts = { all: rows.length, "not-started": 0, behind: 0, "on-track": 0, away: 0 };
  for (const r of rows) counts[r.standing]++;
  if (q.filter !== "all") rows = rows.filter((r) => r.standing === q.filter);
  const by = {
    name: () => 0,
    severity: bySeverity,
    done: (a: (typeof rows)[number], b: (typeof rows)[number]) => b.done + b.late - (a.done + a.late),
    missed: (a: (typeof rows)[number], b: (typeof rows)[number]) => b.missed - a.missed,
    activity: (a: (typeof rows)[number], b: (typeof rows)[number]) => (a.lastActivityAt ?? 0) - (b.lastActivityAt ?? 0),
  }[q.sort];
  rows = [...rows].sort(by);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const page = Math.min(q.page, pages);
  const shown = rows.slice((page - 1) * PAGE, page * PAGE);
  const grid = weekGrid(
    cohort,
    shown.map((r) => r.userId),
  );
  return { cohortId: cohort.id, q: { ...q, page }, pages, counts, rows: shown.map((r) => ({ ...r, grid: grid.get(r.userId) ?? [] })) };
}

const SYMBOL: Record<string, string> = { done: "✓", late: "L", skipped: "↷", missed: "✗", open: "○", coming: "·", pause: "–", away: "p" };

export default function ParticipantsGrid() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { cohortId, q, pages, counts, rows } = useLoaderData<typeof loader>();
  const link = (over: Partial<typeof q>) =>
    `?${new URLSearchParams({ sort: q.sort, filter: q.filter, page: String(q.page), ...Object.fromEntries(Object.entries(over).map(([k, v]) => [k, String(v)])) })}`;
  return (
    <section aria-labelledby="grid-title">
      <h2 id="grid-title">{t("owner.grid.title")}</h2>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="filter">{t("owner.grid.filter")}</label>
          <select id="filter" name="filter" defaultValue={q.filter}>
            {(["all", "not-started", "behind", "on-track", "away"] as const).map((f) => (
              <option key={f} value={f}>
                {t(`owner.standing.${f}`)} ({counts[f]})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">{t("owner.grid.sort")}</label>
          <select id="sort" name="sort" defaultValue={q.sort}>
            {(["name", "severity", "done", "missed", "activity"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`owner.grid.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("journal.searchSubmit")}
        </button>
      </Form>
      <p className="legend-text">
        {t("owner.grid.legend")} · {t("followUp.gridLegendAway")}
      </p>
      <p className="muted">{t("followUp.behindRule")}</p>
      <div className="table-wrap" role="region" aria-labelledby="grid-title" tabIndex={0}>
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("owner.grid.done")}</th>
              <th scope="col">{t("owner.grid.missed")}</th>
              <th scope="col">{t("owner.followUp.lastActivity")}</th>
              {rows[0]?.grid.map((_, i) => (
                <th scope="col" key={i} className="grid__week">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.userId}>
                <th scope="row">
                  <Link to={`/admin/cohorts/${cohortId}/participants/${r.userId}`}>{r.name}</Link>
                  <br />
                  <span className="muted">{t(`owner.standing.${r.standing}`)}</span>
                </th>
                <td>{r.done + r.late}</td>
                <td>{r.missed}</td>
                <td>{r.lastActivityAt ? formatDate(new Date(r.lastActivityAt), locale) : t("admin.never")}</td>
                {r.grid.map((status, i) => (
                  <td
                    key={i}
                    className={`grid__cell grid__cell--${status}`}
                    title={`${t("challenges.week", { week: i + 1 })}: ${t(`owner.grid.status.${status}`)}`}
                  >
                    <span aria-hidden="true">{SYMBOL[status]}</span>
                    <span className="visually-hidden">{t(`owner.grid.status.${status}`)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={t("owner.grid.pages")} className="pager">
          {q.page > 1 ? <Link to={link({ page: q.page - 1 })}>← {t("modules.previous")}</Link> : <span />}
          <span>{t("owner.grid.pageOf", { page: q.page, pages })}</span>
          {q.page < pages ? <Link to={link({ page: q.page + 1 })}>{t("modules.next")} →</Link> : <span />}
        </nav>
      ) : null}
    </section>
  );
}
