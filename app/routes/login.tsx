import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { loginSchema } from "~/forms/auth";
import { safeRedirect } from "~/forms/fields";
import { ssoOrganisations } from "~/models/sso-config.server";
import { signIn } from "~/models/user.server";
import { getUser } from "~/utils/auth.server";
import { type ActionResult, clientIp, readForm, refuse } from "~/utils/forms.server";
import { localeCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";
import { commitSessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "login.title")];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return { organisations: ssoOrganisations() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: loginSchema });
  if (submission.status !== "success") return refuse(submission.reply({ hideFields: ["password"] }));
  const { email, password, redirectTo } = submission.value;
  const result = await signIn(email, password, clientIp(request, context));
  if (!result.ok) {
    const reply = submission.reply({ hideFields: ["password"] });
    if (result.reason === "sso-required")
      return refuse(reply, 403, { key: "sso.passwordRefused", values: { organisation: result.organisation.name } });
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
  const { organisations } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "/";
  const ssoProblem = searchParams.get("sso");
  const problemOrg = organisations.find((o) => String(o.id) === searchParams.get("organisation"));
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
      {ssoProblem === "unreachable" || ssoProblem === "misconfigured" ? (
        <FormMessage message={{ key: `sso.start.${ssoProblem}`, values: { organisation: problemOrg?.name ?? "" } }} />
      ) : null}
      {organisations.length > 0 ? (
        <section aria-labelledby="sso-title" className="stack">
          <h2 id="sso-title">{t("sso.login.title")}</h2>
          <ul className="stack">
            {organisations.map((o) => (
              <li key={o.id}>
                <a href={`/sso/${o.id}?redirectTo=${encodeURIComponent(redirectTo)}`} className="button">
                  {t("sso.login.button", { organisation: o.name })}
                </a>
              </li>
            ))}
          </ul>
          <h2>{t("sso.login.passwordTitle")}</h2>
        </section>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="redirectTo" value={redirectTo} />
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
