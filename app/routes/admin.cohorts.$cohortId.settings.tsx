import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field, TextareaField } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { reminderTemplateSchema } from "~/forms/follow-up";
import { cohortSettingsSchema } from "~/forms/owner";
import { updateCohortSettings } from "~/models/cohort.server";
import { updateReminderTemplate } from "~/models/follow-up.server";
import { requireCohortOwner } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.settings")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  return {
    values: {
      name: cohort.name,
      followUpChallengeWeeks: String(cohort.followUpChallengeWeeks),
      followUpCheckInWeeks: String(cohort.followUpCheckInWeeks),
      retentionMonths: String(cohort.retentionMonths),
    },
    template: cohort.reminderTemplate,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const formData = await readForm(request);
  if (formData.get("intent") === "template") {
    const submission = parseWithZod(formData, { schema: reminderTemplateSchema });
    if (submission.status !== "success")
      return data<ActionResult & { form: string }>(
        { result: submission.reply(), form: "template", message: { key: "errors.formProblem" } },
        { status: 400 },
      );
    updateReminderTemplate(user, cohort, submission.value.template);
    throw redirect(`/admin/cohorts/${cohort.id}/settings?saved=template#reminder-template`);
  }
  const submission = parseWithZod(formData, { schema: cohortSettingsSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  updateCohortSettings(user, cohort.id, submission.value);
  throw redirect(`/admin/cohorts/${cohort.id}/settings?saved=settings`);
}

export default function CohortSettingsPage() {
  const { t } = useTranslation();
  const { values, template } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult & { form?: string }>();
  const isTemplate = actionData?.form === "template";
  const [tForm, tFields] = useForm({
    id: "template-form",
    lastResult: isTemplate ? actionData?.result : undefined,
    defaultValue: { template },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reminderTemplateSchema }),
  });
  const [form, fields] = useForm({
    lastResult: isTemplate ? undefined : actionData?.result,
    defaultValue: values,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cohortSettingsSchema }),
  });
  return (
    <>
      <h2>{t("owner.settings.title")}</h2>
      <SavedNotice keys={["settings"]} prefix="owner.saved" />
      <SavedNotice keys={["template"]} prefix="followUp.saved" />
      <FormMessage message={actionData?.message} />
      <Form method="post" {...getFormProps(form)} className="stack">
        <Field meta={fields.name} label={t("owner.settings.name")} />
        <Field
          meta={fields.followUpChallengeWeeks}
          label={t("owner.settings.challengeWeeks")}
          type="number"
          hint={t("owner.settings.challengeHint")}
        />
        <Field
          meta={fields.followUpCheckInWeeks}
          label={t("owner.settings.checkInWeeks")}
          type="number"
          hint={t("owner.settings.checkInHint")}
        />
        <Field meta={fields.retentionMonths} label={t("owner.settings.retention")} type="number" hint={t("owner.settings.retentionHint")} />
        <button type="submit" className="button">
          {t("settings.save")}
        </button>
      </Form>
      <h2 id="reminder-template">{t("followUp.template.title")}</h2>
      <p className="muted">{t("followUp.template.intro")}</p>
      <Form method="post" {...getFormProps(tForm)} className="stack">
        <input type="hidden" name="intent" value="template" />
        <TextareaField
          meta={tFields.template}
          label={t("followUp.template.label")}
          hint={t("followUp.template.hint")}
          rows={6}
          maxLength={2000}
        />
        <button type="submit" className="button">
          {t("followUp.template.save")}
        </button>
      </Form>
    </>
  );
}
