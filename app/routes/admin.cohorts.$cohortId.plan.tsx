import { getCollectionProps, getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { PlanChangeList } from "~/components/year-plan/PlanChangeList";
import { YearPlanTable } from "~/components/year-plan/YearPlanTable";
import { holidaysSchema, moveSchema, resetSchema } from "~/forms/year-plan";
import { moveChallenge, type PlanChange, previewHolidays, resetMoves, saveHolidays, yearPlanView } from "~/models/year-plan.server";
import { requireCohortOwner } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "plan.title")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  return yearPlanView(cohort);
}

type PlanReply = ActionResult & { preview?: { change: PlanChange; dropped: number } };

/** Which of the two forms a reply belongs to: the intent it was sent with. */
const isHolidays = (reply?: PlanReply) => ["preview", "save"].includes(String(reply?.result?.initialValue?.intent ?? ""));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const back = `/admin/cohorts/${cohort.id}/plan`;

  if (intent === "preview" || intent === "save") {
    const submission = parseWithZod(formData, { schema: holidaysSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const choice = {
      regional: Object.fromEntries(submission.value.regional.map((v) => [v.split(":")[0]!, Number(v.split(":")[1])])),
      pauseWeeks: submission.value.pauseWeeks,
    };
    const result = intent === "preview" ? previewHolidays(cohort, choice) : saveHolidays(user.id, cohort, choice);
    if ("problem" in result) return refuse(submission.reply({ fieldErrors: { [result.problem.field]: [result.problem.key] } }));
    if (intent === "save") throw redirect(`${back}?saved=holidays`);
    const preview = result as { change: PlanChange; dropped: unknown[] };
    return data<PlanReply>({ result: submission.reply(), preview: { change: preview.change, dropped: preview.dropped.length } });
  }
  if (intent === "move" || intent === "swap") {
    const submission = parseWithZod(formData, { schema: moveSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const result = moveChallenge(user.id, cohort, submission.value);
    if ("problem" in result)
      return refuse(
        submission.reply({ fieldErrors: result.problem.field === "other" ? {} : { [result.problem.field]: [result.problem.key] } }),
      );
    throw redirect(`${back}?saved=moved`);
  }
  const submission = parseWithZod(formData, { schema: resetSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  resetMoves(user.id, cohort);
  throw redirect(`${back}?saved=reset`);
}

export default function YearPlanPage() {
  const { t } = useTranslation();
  const view = useLoaderData<typeof loader>();
  const actionData = useActionData<PlanReply>();
  const current = view.clock.phase === "running" ? view.clock.currentWeek : null;
  return (
    <section aria-labelledby="plan-title" className="year-plan-page">
      <h2 id="plan-title">{t("plan.title")}</h2>
      <p>{t("plan.intro")}</p>
      <p className="muted print-hidden">{t("plan.printHint")}</p>
      <SavedNotice keys={["holidays", "moved", "reset"]} prefix="plan.saved" />
      <FormMessage message={actionData?.message} />
      {view.dropped.length ? (
        <details className="print-hidden">
          <summary>{t("plan.dropped", { count: view.dropped.length })}</summary>
          <ul>
            {view.dropped.map((d) => (
              <li key={d.slug}>{d.title}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <YearPlanTable weeks={view.weeks} currentWeek={current} />
      <div className="year-plan-forms print-hidden">
        <HolidaysForm view={view} actionData={actionData} />
        <MoveForm view={view} actionData={actionData} />
      </div>
    </section>
  );
}

type View = ReturnType<typeof useLoaderData<typeof loader>>;

function HolidaysForm({ view, actionData }: { view: View; actionData?: PlanReply }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "holidays",
    lastResult: isHolidays(actionData) ? actionData?.result : undefined,
    defaultValue: view.chosen,
    // Validated on the server only: the preview needs the cohort's plan anyway, and a client check that
    // remembered the last refusal kept the corrected form from being sent.
  });
  const options = view.regionalBreaks.flatMap((b) =>
    b.isoWeeks.map((w) => ({ value: `${b.key}:${w}`, label: t("plan.holidays.breakOption", { name: b.name, week: w }) })),
  );
  const boxes = getCollectionProps(fields.regional, { type: "checkbox", options: options.map((o) => o.value) });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <h3>{t("plan.holidays.title")}</h3>
      <p>{t("plan.holidays.intro")}</p>
      <fieldset>
        <legend>{t("plan.holidays.regional")}</legend>
        {boxes.map(({ key, ...input }, i) => (
          <div className="choice" key={key}>
            <input {...input} />
            <label htmlFor={input.id}>{options[i]!.label}</label>
          </div>
        ))}
        <FieldError id={fields.regional.errorId} errors={fields.regional.errors} />
      </fieldset>
      <div className="field">
        <label htmlFor={fields.pauseWeeks.id}>{t("plan.holidays.pauseWeeks")}</label>
        <p id={`${fields.pauseWeeks.id}-hint`} className="field-hint">
          {t("plan.holidays.pauseHint")}
        </p>
        <input
          {...getInputProps(fields.pauseWeeks, { type: "text", ariaDescribedBy: `${fields.pauseWeeks.id}-hint` })}
          key={fields.pauseWeeks.key}
          inputMode="numeric"
        />
        <FieldError id={fields.pauseWeeks.errorId} errors={fields.pauseWeeks.errors} />
      </div>
      {actionData?.preview ? (
        <div className="preview" role="status">
          <h4>{t("plan.preview.title")}</h4>
          <PlanChangeList change={actionData.preview.change} />
          <p>{t("plan.preview.droppedCount", { count: actionData.preview.dropped })}</p>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" name="intent" value="preview" className={actionData?.preview ? "button button--secondary" : "button"}>
          {t("plan.holidays.preview")}
        </button>
        {actionData?.preview ? (
          <button type="submit" name="intent" value="save" className="button">
            {t("plan.holidays.save")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}

function MoveForm({ view, actionData }: { view: View; actionData?: PlanReply }) {
  const { t } = useTranslation();
  const [form, fields] = useForm<{ intent: string; slug: string; week: string }>({
    id: "move",
    lastResult: isHolidays(actionData) ? undefined : actionData?.result,
    // Server-side only, like the holidays form: whether a week may take a challenge depends on the plan.
  });
  return (
    <>
      <Form method="post" {...getFormProps(form)} className="stack">
        <h3>{t("plan.move.title")}</h3>
        <p>{t("plan.move.intro")}</p>
        <div className="field">
          <label htmlFor={fields.slug.id}>{t("plan.move.challenge")}</label>
          <select {...getSelectProps(fields.slug)} key={fields.slug.key}>
            <option value="">{t("plan.move.choose")}</option>
            {view.challengeOptions.map((g) => (
              <optgroup key={g.module} label={g.module}>
                {g.items.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError id={fields.slug.errorId} errors={fields.slug.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.week.id}>{t("plan.move.week")}</label>
          <input {...getInputProps(fields.week, { type: "number" })} key={fields.week.key} min={1} max={52} inputMode="numeric" />
          <FieldError id={fields.week.errorId} errors={fields.week.errors} />
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="move" className="button">
            {t("plan.move.move")}
          </button>
          <button type="submit" name="intent" value="swap" className="button button--secondary">
            {t("plan.move.swap")}
          </button>
        </div>
      </Form>
      {view.hasMoves ? (
        <Form method="post">
          <button type="submit" name="intent" value="reset" className="link-button">
            {t("plan.move.reset")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
