import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ScrollTable } from "~/components/ScrollTable";
import { readAuditFilter } from "~/forms/audit";
import { auditActions, searchAudit } from "~/models/audit.server";
import { listOwnedCohorts } from "~/models/cohort.server";
import { actionLabel, detailLabel, subjectLabel } from "~/utils/audit-text";
import { requireAdmin } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const { page, ...filter } = readAuditFilter(new URL(request.url));
  const result = searchAudit(filter, page);
  return {
    filter,
    page: Math.min(page, result.pages),
    ...result,
    actions: auditActions(),
    cohorts: listOwnedCohorts(admin).map((c) => ({ id: c.id, name: c.name, organisation: c.organisation })),
  };
}

export default function Audit() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { filter, page, pages, total, rows, actions, cohorts } = useLoaderData<typeof loader>();
  const query = (over: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filter, ...over })) if (v !== undefined && v !== "") p.set(k, String(v));
    return p.toString();
  };
  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t("auditLog.title")}</h1>
      <p>{t("auditLog.intro")}</p>
      <Form method="get" className="filters" aria-label={t("auditLog.filters")}>
        <div className="field">
          <label htmlFor="audit-person">{t("auditLog.person")}</label>
          <p id="audit-person-hint" className="field-hint">
            {t("auditLog.personHint")}
          </p>
          <input
            id="audit-person"
            name="person"
            type="search"
            maxLength={100}
            defaultValue={filter.person ?? ""}
            aria-describedby="audit-person-hint"
          />
        </div>
        <div className="field">
          <label htmlFor="audit-cohort">{t("auditLog.cohort")}</label>
          <select id="audit-cohort" name="cohortId" defaultValue={filter.cohortId ?? ""}>
            <option value="">{t("auditLog.allCohorts")}</option>
            {cohorts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.organisation})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t("auditLog.actionFilter")}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("auditLog.allActions")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(t, a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("auditLog.from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("auditLog.to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("auditLog.submit")}
        </button>{" "}
        <Link to="/admin/audit">{t("auditLog.reset")}</Link>
      </Form>
      <p>
        {t("auditLog.count", { count: total })} ·{" "}
        <a href={`/admin/audit.csv?${query({ page: undefined })}`} download>
          {t("auditLog.csv")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p className="empty">{t("auditLog.empty")}</p>
      ) : (
        <ScrollTable
          labelledBy="audit-title"
          headers={[
            t("auditLog.when"),
            t("auditLog.who"),
            t("auditLog.what"),
            t("auditLog.subjectCol"),
            t("auditLog.cohortCol"),
            t("auditLog.detailCol"),
          ]}
        >
          {rows.map((e) => (
            <tr key={e.id}>
              <td>
                {formatDate(new Date(e.at), locale)} {formatTime(new Date(e.at))}
              </td>
              <td>
                {e.actor ??
                  (e.action === "account.deleted" || e.action === "retention.delete" ? t("auditLog.system") : t("auditLog.deletedUser"))}
              </td>
              <th scope="row">{actionLabel(t, e.action)}</th>
              <td>{subjectLabel(t, e)}</td>
              <td>{e.cohortName ?? "–"}</td>
              <td>{detailLabel(t, e.detail)}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {pages > 1 ? (
        <nav aria-label={t("auditLog.pages")} className="pager">
          {page > 1 ? <Link to={`?${query({ page: page - 1 })}`}>← {t("auditLog.previous")}</Link> : <span />}
          <span>{t("auditLog.pageOf", { page, pages })}</span>
          {page < pages ? <Link to={`?${query({ page: page + 1 })}`}>{t("auditLog.next")} →</Link> : <span />}
        </nav>
      ) : null}
    </section>
  );
}
