import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { GatheringFields } from "~/components/owner/GatheringFields";
import { SavedNotice } from "~/components/SavedNotice";
import { gatheringSchema } from "~/forms/owner";
import { createGathering, listCohortGatherings, plannedNotCreated, refusalErrors } from "~/models/gathering.server";
import { requireCohortOwner } from "~/utils/auth.server";
import { type ActionResult, readForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.gatherings")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  return {
    cohortId: cohort.id,
    timeZone: cohort.timeZone,
    gatherings: listCohortGatherings(cohort.id),
    planned: plannedNotCreated(cohort),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: gatheringSchema });
  const form = String(formData.get("form") ?? "extra").slice(0, 40);
  if (submission.status !== "success")
    return data<ActionResult & { form: string }>(
      { result: submission.reply(), form, message: { key: "errors.formProblem" } },
      { status: 400 },
    );
  const result = createGathering(user, cohort, submission.value);
  if (!result.ok)
    return data<ActionResult & { form: string }>(
      { result: submission.reply({ fieldErrors: refusalErrors(result.reason) }), form, message: { key: "errors.formProblem" } },
      { status: 400 },
    );
  throw redirect(`/admin/cohorts/${cohort.id}/gatherings?saved=created`);
}

export default function OwnerGatherings() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { cohortId, timeZone, gatherings, planned } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult & { form?: string }>();
  const errorsFor = (form: string) =>
    actionData?.form === form ? (actionData.result?.error as Record<string, string[] | undefined> | undefined) : undefined;
  // A refused form comes back with what was typed, also without JavaScript.
  const typed = (form: string) =>
    actionData?.form === form ? ((actionData.result?.initialValue as Record<string, string> | null | undefined) ?? {}) : {};
  return (
    <>
      <h2>{t("owner.gathering.title")}</h2>
      <SavedNotice keys={["created"]} prefix="owner.gathering.saved" />
      <FormMessage message={actionData?.message} />
      {gatherings.length === 0 ? (
        <p className="empty">{t("owner.gathering.none")}</p>
      ) : (
        <ol className="gathering-list">
          {gatherings.map((g) => (
            <li key={g.id} className="card">
              <h3>
                <Link to={`/admin/cohorts/${cohortId}/gatherings/${g.id}`}>{g.title}</Link>
                {g.cancelledAt ? (
                  <>
                    {" "}
                    <span className="badge badge--cancelled">{t("samlingOwner.cancelledBadge")}</span>
                  </>
                ) : null}
              </h3>
              <p>
                {formatDate(new Date(g.startsAt), locale, timeZone)} {formatTime(new Date(g.startsAt), timeZone)}
                {g.place ? ` · ${g.place}` : null}
              </p>
              {g.rsvpDeadline && !g.cancelledAt ? (
                <p>{t("samlingOwner.deadlineLine", { date: formatDate(g.rsvpDeadline, locale) })}</p>
              ) : null}
              <p className="muted">
                {t("owner.attendance.rsvpCounts", { yes: g.attending, no: g.notAttending })} ·{" "}
                {t("owner.gathering.recordedCounts", { attended: g.attended, excused: g.excused, absent: g.absent })}
              </p>
            </li>
          ))}
        </ol>
      )}

      {planned.length ? (
        <section aria-labelledby="planned-title">
          <h3 id="planned-title">{t("owner.gathering.plannedTitle")}</h3>
          <p>{t("owner.gathering.plannedIntro")}</p>
          {planned.map((p) => (
            <details key={p.key} className="panel">
              <summary>
                {p.title} — {t("owner.gathering.proposed", { week: p.week, date: formatDate(p.date, locale) })}
              </summary>
              <Form method="post" className="stack stack--wide">
                <input type="hidden" name="form" value={p.key} />
                <input type="hidden" name="plannedKey" value={p.key} />
                <GatheringFields
                  prefix={p.key}
                  values={{ ...p, place: "", agenda: p.purpose, ...typed(p.key) }}
                  errors={errorsFor(p.key)}
                />
                <button type="submit" className="button">
                  {t("owner.gathering.create")}
                </button>
              </Form>
            </details>
          ))}
        </section>
      ) : null}

      <details className="panel" open={actionData?.form === "extra"}>
        <summary>{t("owner.gathering.extraTitle")}</summary>
        <Form method="post" className="stack stack--wide">
          <input type="hidden" name="form" value="extra" />
          <GatheringFields
            prefix="extra"
            values={{ startTime: "09:00", endTime: "15:00", ...typed("extra") }}
            errors={errorsFor("extra")}
          />
          <button type="submit" className="button">
            {t("owner.gathering.create")}
          </button>
        </Form>
      </details>
    </>
  );
}
