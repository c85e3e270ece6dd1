import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { loginSchema } from "~/forms/auth";
import { safeRedirect } from "~/forms/fields";
import { signIn } from "~/models/user.server";
import { getUser } from "~/utils/auth.server";
import { type ActionResult, clientIp, readForm, refuse } from "~/utils/forms.server";
import { localeCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";
import { commitSessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "login.title")];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: loginSchema });
  if (submission.status !== "success") return refuse(submission.reply({ hideFields: ["password"] }));
  const { email, password, redirectTo } = submission.value;
  const result = await signIn(email, password, clientIp(request, context));
  if (!result.ok) {
    const reply = submission.reply({ hideFields: ["password"] });
    return result.reason === "throttled"
      ? refuse(reply, 429, { key: "login.throttled", values: { count: result.minutes } })
      : refuse(reply, 401, { key: "login.invalid" });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await commitSessionCookie(result.token, result.expiresAt));
  headers.append("Set-Cookie", await localeCookie.serialize(result.locale));
  throw redirect(safeRedirect(redirectTo), { headers });
}

export default function Login() {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <section className="page page--narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <p>{t("login.intro")}</p>
      <FormMessage message={actionData?.message ?? (searchParams.get("deleted") ? { key: "login.deleted", tone: "success" } : null)} />
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <Field meta={fields.email} label={t("login.email")} type="email" autoComplete="username" />
        <Field meta={fields.password} label={t("login.password")} type="password" autoComplete="current-password" />
        <button type="submit" className="button">
          {t("login.submit")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("login.forgot")}</Link>
      </p>
    </section>
  );
}
