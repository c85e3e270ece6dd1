import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { acceptInvitationSchema } from "~/forms/auth";
import { acceptInvitation, type AcceptResult, inspectInvitation } from "~/models/invitation.server";
import { recordTokenFailure, tokenLockedForMinutes } from "~/models/login-throttle.server";
import { getUser } from "~/utils/auth.server";
import { type ActionResult, clientIp, readForm, refuse } from "~/utils/forms.server";
import { localeCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";
import { commitSessionCookie, readSessionToken, sessionMethod } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "titles.invitation")];

const statusOf = (state: string) =>
  state === "throttled" ? 429 : state === "unknown" ? 404 : state === "wrong-user" || state === "sso-required" ? 403 : 410;
const messageKey = (state: string, wrongUser: string) =>
  state === "wrong-user" ? wrongUser : state === "sso-required" ? "sso.invitationPasswordRefused" : `invitation.${state}`;

/** The invitation as the page may show it; a client that keeps trying unknown links is made to wait (ADR 012). */
function checkToken(token: string, ip: string) {
  if (tokenLockedForMinutes(ip) > 0) return { state: "throttled" } as const;
  const invitation = inspectInvitation(token);
  if (invitation.state === "unknown") recordTokenFailure(ip);
  return invitation;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const invitation = checkToken(params.token ?? "", clientIp(request, context));
  // Only the invitee, signed in, is offered to join with the account they have.
  const isInvitee = invitation.state === "valid" && user?.email === invitation.email;
  // Someone else signed in sees the same page whatever the address: sign out to accept.
  const signedInAsOther = invitation.state === "valid" && user && !isInvitee ? user.email : null;
  return data({ invitation, isInvitee, signedInAsOther }, { status: invitation.state === "valid" ? 200 : statusOf(invitation.state) });
}

async function signedIn(result: Extract<AcceptResult, { ok: true }>) {
  const headers = new Headers();
  headers.append("Set-Cookie", await commitSessionCookie(result.token, result.expiresAt));
  headers.append("Set-Cookie", await localeCookie.serialize(result.locale));
  return redirect("/", { headers });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  // An invitation that does not work is answered as such, whatever was typed.
  const invitation = checkToken(token, clientIp(request, context));
  if (invitation.state !== "valid")
    return data<ActionResult>({ message: { key: `invitation.${invitation.state}` } }, { status: statusOf(invitation.state) });
  const formData = await readForm(request);
  const user = await getUser(request);
  if (formData.get("intent") === "join") {
    if (!user) throw redirect(`/login?redirectTo=${encodeURIComponent(`/invitation/${token}`)}`);
    const sessionToken = await readSessionToken(request);
    const via = sessionToken ? (sessionMethod(sessionToken) ?? "password") : "password";
    const result = await acceptInvitation(token, { signedInUserId: user.id, via });
    if (!result.ok)
      return data<ActionResult>({ message: { key: messageKey(result.state, "invitation.wrongUser") } }, { status: statusOf(result.state) });
    throw await signedIn(result);
  }
  // Someone else signed in (the inviting owner, say) cannot create the account: the answer would
  // tell them whether the address has one already.
  if (user && user.email !== invitation.email)
    return data<ActionResult>({ message: { key: "invitation.signedInAsOther", values: { email: user.email } } }, { status: 403 });
  const submission = parseWithZod(formData, { schema: acceptInvitationSchema });
  if (submission.status !== "success") return refuse(submission.reply({ hideFields: ["password", "confirm"] }));
  const result = await acceptInvitation(token, submission.value);
  if (!result.ok)
    return refuse(submission.reply({ hideFields: ["password", "confirm"] }), statusOf(result.state), {
      key: messageKey(result.state, "invitation.signInInstead"),
    });
  throw await signedIn(result);
}

export default function Invitation() {
  const { t } = useTranslation();
  const { invitation, isInvitee, signedInAsOther } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const location = useLocation();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: invitation.state === "valid" ? { name: invitation.name } : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: acceptInvitationSchema }),
  });
  if (invitation.state !== "valid") {
    return (
      <section className="page page--narrow" aria-labelledby="inv-title">
        <h1 id="inv-title">{t("invitation.invalidTitle")}</h1>
        <p className="notice notice--error" role="alert">
          {t(`invitation.${invitation.state}`)}
        </p>
        <p>
          <Link to="/login">{t("login.title")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="page page--narrow" aria-labelledby="inv-title">
      <h1 id="inv-title">{t("invitation.title", { cohort: invitation.cohortName })}</h1>
      <FormMessage message={actionData?.message} />
      {signedInAsOther ? (
        <p className="notice">{t("invitation.signedInAsOther", { email: signedInAsOther })}</p>
      ) : isInvitee ? (
        <Form method="post">
          <p>{t("invitation.signedInIntro", { email: invitation.email })}</p>
          <button type="submit" name="intent" value="join" className="button">
            {t("invitation.join")}
          </button>
        </Form>
      ) : (
        <>
          <p>{t("invitation.intro", { role: t(`roles.${invitation.role}`) })}</p>
          {invitation.sso ? (
            <div className="stack">
              <p>{t("sso.invitation.intro", { organisation: invitation.sso.name })}</p>
              <p>
                <a href={`/sso/${invitation.sso.id}?redirectTo=${encodeURIComponent(location.pathname)}`} className="button">
                  {t("sso.login.button", { organisation: invitation.sso.name })}
                </a>
              </p>
            </div>
          ) : null}
          <p>
            {t("invitation.haveAccount", { email: invitation.email })}{" "}
            <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>{t("invitation.loginFirst")}</Link>
          </p>
          {invitation.sso?.requireSso ? null : (
            <>
              <h2>{t("invitation.newTitle")}</h2>
              <Form method="post" {...getFormProps(form)} className="stack">
                <div className="field">
                  <label htmlFor="invited-email">{t("invitation.email")}</label>
                  <input id="invited-email" type="email" value={invitation.email} readOnly />
                </div>
                <Field meta={fields.name} label={t("invitation.name")} autoComplete="name" />
                <Field
                  meta={fields.password}
                  label={t("invitation.password")}
                  type="password"
                  hint={t("invitation.hint")}
                  autoComplete="new-password"
                />
                <Field meta={fields.confirm} label={t("invitation.confirm")} type="password" autoComplete="new-password" />
                <button type="submit" className="button">
                  {t("invitation.submit")}
                </button>
              </Form>
            </>
          )}
        </>
      )}
    </section>
  );
}
