import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field, FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { newCohortSchema } from "~/forms/owner";
import { createCohort, listOrganisationsFor } from "~/models/cohort.server";
import { requireOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { getProgramme } from "~/utils/programme.server";
import { addDays, calendarDate, mondayOf } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.newCohort")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireOwner(request);
  return {
    organisations: listOrganisationsFor(user),
    programme: getProgramme().arc.title,
    nextMonday: addDays(mondayOf(calendarDate(clock.now())), 7),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireOwner(request);
  const submission = parseWithZod(await readForm(request), { schema: newCohortSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const { arc } = getProgramme();
  const result = createCohort(user, submission.value, { slug: arc.slug, title: arc.title });
  if (!result.ok) return refuse(submission.reply({ fieldErrors: { organisationId: ["errors.invalidChoice"] } }));
  throw redirect(`/admin/cohorts/${result.id}/people?saved=cohortCreated`);
}

export default function NewCohort() {
  const { t } = useTranslation();
  const { organisations, programme, nextMonday } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { startDate: nextMonday, organisationId: organisations[0]?.id ? String(organisations[0].id) : "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newCohortSchema }),
  });
  return (
    <section className="page page--narrow" aria-labelledby="new-cohort-title">
      <h1 id="new-cohort-title">{t("owner.newCohort.title")}</h1>
      <p>{t("owner.newCohort.intro", { programme })}</p>
      <FormMessage message={actionData?.message} />
      {organisations.length === 0 ? (
        <p className="empty">{t("owner.newCohort.noOrganisation")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="stack">
          <div className="field">
            <label htmlFor={fields.organisationId.id}>{t("owner.newCohort.organisation")}</label>
            <select {...getSelectProps(fields.organisationId)} key={fields.organisationId.key}>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldError id={fields.organisationId.errorId} errors={fields.organisationId.errors} />
          </div>
          <Field meta={fields.name} label={t("owner.newCohort.name")} />
          <Field meta={fields.startDate} label={t("owner.newCohort.startDate")} type="date" hint={t("owner.newCohort.startHint")} />
          <button type="submit" className="button">
            {t("owner.newCohort.submit")}
          </button>
        </Form>
      )}
    </section>
  );
}
