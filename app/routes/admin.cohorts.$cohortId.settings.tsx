import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { cohortSettingsSchema } from "~/forms/owner";
import { updateCohortSettings } from "~/models/cohort.server";
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
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const submission = parseWithZod(await readForm(request), { schema: cohortSettingsSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  updateCohortSettings(user, cohort.id, submission.value);
  throw redirect(`/admin/cohorts/${cohort.id}/settings?saved=settings`);
}

export default function CohortSettingsPage() {
  const { t } = useTranslation();
  const { values } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: values,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cohortSettingsSchema }),
  });
  return (
    <>
      <h2>{t("owner.settings.title")}</h2>
      <SavedNotice keys={["settings"]} prefix="owner.saved" />
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
    </>
  );
}
