// Starts a sign-in with the organisation's provider. A link, not a form: the page's CSP allows forms
// to post only to this origin (form-action 'self'), which also covers a form's redirect on to the
// provider, while a link may leave. Starting only sends the person to their own provider, and the
// transaction cookie binds the callback to this browser (ADR 023).
import { type LoaderFunctionArgs, redirect } from "@remix-run/node";

import { safeRedirect } from "~/forms/fields";
import { startSsoSignIn } from "~/models/sso.server";
import { callbackUrl, ssoTransactionCookie } from "~/utils/sso-cookie.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = Number(params.organisationId);
  if (!Number.isSafeInteger(organisationId) || organisationId <= 0) throw new Response("Not found", { status: 404 });
  const returnTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  const started = await startSsoSignIn(organisationId, returnTo, callbackUrl(request));
  if (!started.ok) {
    if (started.reason === "unknown") throw new Response("Not found", { status: 404 });
    throw redirect(`/login?sso=${started.reason}&organisation=${organisationId}&redirectTo=${encodeURIComponent(returnTo)}`);
  }
  throw redirect(started.authorizationUrl, {
    headers: { "Set-Cookie": await ssoTransactionCookie.serialize(started.cookieToken) },
  });
}
