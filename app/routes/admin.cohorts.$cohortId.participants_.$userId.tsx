import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Stats } from "~/components/owner/Stats";
import { participantRows, weekGrid } from "~/models/progress.server";
import { notFound, parseId, requireCohortOwner } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.participants")];

// What an owner may know about one participant: counts, dates and statuses — no text they wrote.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  const userId = parseId(params.userId);
  const row = participantRows(cohort).find((r) => r.userId === userId);
  if (!row) notFound();
  return {
    cohortId: cohort.id,
    row,
    grid: weekGrid(cohort, [userId]).get(userId) ?? [],
    thresholds: { challenge: cohort.followUpChallengeWeeks, checkIn: cohort.followUpCheckInWeeks },
  };
}

export default function OwnerParticipant() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { cohortId, row: r, grid, thresholds } = useLoaderData<typeof loader>();
  const count = (s: string) => grid.filter((g) => g === s).length;
  return (
    <section aria-labelledby="p-title">
      <p>
        <Link to={`/admin/cohorts/${cohortId}/participants`}>← {t("owner.tabs.participants")}</Link>
      </p>
      <h2 id="p-title">{r.name}</h2>
      <p className="muted">
        {r.email} · {t(`owner.standing.${r.standing}`)}
      </p>
      {r.reasons.length ? (
        <p className="notice">
          {t("owner.followUp.title")}: {r.reasons.map((x) => t(`owner.reason.${x}`, thresholds)).join(" · ")}
        </p>
      ) : null}
      <Stats
        items={[
          { label: t("owner.person.done"), value: r.done },
          { label: t("owner.person.late"), value: r.late },
          { label: t("owner.person.skipped"), value: r.skipped },
          { label: t("owner.person.missed"), value: r.missed },
          { label: t("owner.person.modules"), value: r.modulesCompleted },
          { label: t("owner.person.attended"), value: r.attended },
        ]}
      />
      <ul>
        <li>{t("owner.person.lastLogin", { date: r.lastLoginAt ? formatDate(new Date(r.lastLoginAt), locale) : t("admin.never") })}</li>
        <li>
          {t("owner.person.lastActivity", { date: r.lastActivityAt ? formatDate(new Date(r.lastActivityAt), locale) : t("admin.never") })}
        </li>
        <li>{t("owner.person.lastCheckIn", { date: r.lastCheckIn ? formatDate(r.lastCheckIn, locale) : t("admin.never") })}</li>
        <li>{t("owner.person.lastDoneWeek", { week: r.lastDoneWeek ?? "–" })}</li>
      </ul>
      <p className="muted">
        {t("owner.person.weeksSummary", { done: count("done") + count("late"), missed: count("missed"), coming: count("coming") })}
      </p>
      <p className="muted">{t("owner.person.privacy")}</p>
    </section>
  );
}
