// Starts a sign-in with the organisation's provider (a form on /login, so it works without
// JavaScript): the transaction cookie binds the callback to this browser (ADR 023).
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, redirect } from "@remix-run/node";

import { safeRedirect } from "~/forms/fields";
import { ssoStartSchema } from "~/forms/sso";
import { startSsoSignIn } from "~/models/sso.server";
import { readForm } from "~/utils/forms.server";
import { callbackUrl, ssoTransactionCookie } from "~/utils/sso-cookie.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const organisationId = Number(params.organisationId);
  if (!Number.isSafeInteger(organisationId) || organisationId <= 0) throw new Response("Not found", { status: 404 });
  const submission = parseWithZod(await readForm(request), { schema: ssoStartSchema });
  const returnTo = safeRedirect(submission.status === "success" ? submission.value.redirectTo : null);
  const started = await startSsoSignIn(organisationId, returnTo, callbackUrl(request));
  if (!started.ok) {
    if (started.reason === "unknown") throw new Response("Not found", { status: 404 });
    throw redirect(`/login?sso=${started.reason}&organisation=${organisationId}&redirectTo=${encodeURIComponent(returnTo)}`);
  }
  throw redirect(started.authorizationUrl, {
    headers: { "Set-Cookie": await ssoTransactionCookie.serialize(started.cookieToken) },
  });
}

// A reload or a bookmark of this address: the sign-in starts from the button on /login.
export async function loader() {
  throw redirect("/login");
}
