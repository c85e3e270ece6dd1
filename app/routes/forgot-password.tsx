import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { forgotPasswordSchema } from "~/forms/auth";
import { takeResetRequest } from "~/models/login-throttle.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { ssoOrganisationForEmail } from "~/models/sso-config.server";
import { type ActionResult, clientIp, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "forgot.title")];

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  // Counted whether or not the address exists, so being refused tells nothing either (ADR 012).
  const wait = takeResetRequest(submission.value.email, clientIp(request, context));
  if (wait > 0) return refuse(submission.reply(), 429, { key: "errors.rateLimited", values: { count: wait } });
  // Decided by the address's domain, so the answer tells nothing about whether an account exists.
  const sso = ssoOrganisationForEmail(submission.value.email);
  if (sso?.requireSso) return refuse(submission.reply(), 403, { key: "sso.resetRefused", values: { organisation: sso.name } });
  requestPasswordReset(submission.value.email);
  // The same answer whether or not the address exists.
  return data<ActionResult>({ result: submission.reply({ resetForm: true }), message: { key: "forgot.sent", tone: "success" } });
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
  });
  return (
    <section className="page page--narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("forgot.title")}</h1>
      <p>{t("forgot.intro")}</p>
      <FormMessage message={actionData?.message} />
      <Form method="post" {...getFormProps(form)} className="stack">
        <Field meta={fields.email} label={t("login.email")} type="email" autoComplete="email" />
        <button type="submit" className="button">
          {t("forgot.submit")}
        </button>
      </Form>
      <p>
        <Link to="/login">{t("forgot.back")}</Link>
      </p>
    </section>
  );
}
