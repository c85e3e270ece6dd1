import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { resetPasswordSchema } from "~/forms/auth";
import { recordTokenFailure, tokenLockedForMinutes } from "~/models/login-throttle.server";
import { resetPassword, resetState } from "~/models/password-reset.server";
import { type ActionResult, clientIp, readForm, refuse } from "~/utils/forms.server";
import { localeCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";
import { commitSessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "reset.title")];

const statusOf = (state: string) => (state === "throttled" ? 429 : state === "expired" || state === "used" ? 410 : 404);

/** The link's state; a client that keeps trying unknown links is made to wait (ADR 012). */
function checkToken(token: string, ip: string) {
  if (tokenLockedForMinutes(ip) > 0) return "throttled" as const;
  const state = resetState(token);
  if (state === "unknown") recordTokenFailure(ip);
  return state;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const state = checkToken(params.token ?? "", clientIp(request, context));
  return data({ state }, { status: state === "valid" ? 200 : statusOf(state) });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  // A link that does not work is answered as such, whatever was typed.
  const state = checkToken(params.token ?? "", clientIp(request, context));
  if (state !== "valid") return data<ActionResult>({ message: { key: `reset.${state}` } }, { status: statusOf(state) });
  const submission = parseWithZod(await readForm(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") return refuse(submission.reply({ hideFields: ["password", "confirm"] }));
  const result = await resetPassword(params.token ?? "", submission.value.password);
  if (!result.ok)
    return refuse(submission.reply({ hideFields: ["password", "confirm"] }), statusOf(result.state), { key: `reset.${result.state}` });
  const headers = new Headers();
  headers.append("Set-Cookie", await commitSessionCookie(result.token, result.expiresAt));
  headers.append("Set-Cookie", await localeCookie.serialize(result.locale));
  throw redirect("/", { headers });
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const { state } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
  });
  return (
    <section className="page page--narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("reset.title")}</h1>
      {state !== "valid" ? (
        <>
          <p className="notice notice--error" role="alert">
            {t(`reset.${state}`)}
          </p>
          <p>
            <Link to="/forgot-password">{t("reset.requestNew")}</Link>
          </p>
        </>
      ) : (
        <>
          <FormMessage message={actionData?.message} />
          <Form method="post" {...getFormProps(form)} className="stack">
            <Field meta={fields.password} label={t("reset.password")} type="password" hint={t("reset.hint")} autoComplete="new-password" />
            <Field meta={fields.confirm} label={t("reset.confirm")} type="password" autoComplete="new-password" />
            <button type="submit" className="button">
              {t("reset.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
