// Where the organisation's provider sends the browser back (the redirect URI registered with it).
// Anything no real answer carries is a 400 page in the person's language, nothing written.
import { data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { finishSsoSignIn } from "~/models/sso.server";
import { localeCookie } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";
import { commitSessionCookie } from "~/utils/session.server";
import { readSsoTransactionCookie, ssoTransactionCookie } from "~/utils/sso-cookie.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "sso.callback.title")];

export async function loader({ request }: LoaderFunctionArgs) {
  const result = await finishSsoSignIn(await readSsoTransactionCookie(request), new URL(request.url).search);
  if (!result.ok) {
    const organisation = result.status === 403 ? result.organisation : null;
    return data({ problem: result.problem, organisation }, { status: result.status });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await commitSessionCookie(result.token, result.expiresAt));
  headers.append("Set-Cookie", await localeCookie.serialize(result.locale));
  headers.append("Set-Cookie", await ssoTransactionCookie.serialize("", { maxAge: 0 }));
  throw redirect(result.returnTo, { headers });
}

export default function SsoCallback() {
  const { t } = useTranslation();
  const { problem, organisation } = useLoaderData<typeof loader>();
  const refused = organisation !== null;
  return (
    <section className="page page--narrow" aria-labelledby="sso-callback-title">
      <h1 id="sso-callback-title">{t(refused ? "sso.refused.title" : "sso.callback.title")}</h1>
      <p className="notice notice--error" role="alert">
        {t(`sso.problem.${problem}`, { organisation: organisation?.name ?? "" })}
      </p>
      {refused ? (
        <p>
          {organisation.contact
            ? t("sso.refused.contact", { contact: organisation.contact })
            : t("sso.refused.contactOwner", { organisation: organisation.name })}
        </p>
      ) : null}
      <p>
        <Link to="/login">{t("sso.callback.back")}</Link>
      </p>
    </section>
  );
}
