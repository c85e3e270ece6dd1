import { isRouteErrorResponse, Link } from "@remix-run/react";
import type { TFunction } from "i18next";

const KNOWN = [400, 401, 403, 404, 429, 500] as const;

/** Plain-language explanation of what went wrong, and a way on. Never shows internal details. */
export function ErrorPage({ error, t }: { error: unknown; t: TFunction }) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key = (KNOWN as readonly number[]).includes(status) ? status : status >= 500 ? 500 : 400;
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <section className="page error-page" aria-labelledby="error-title">
      <p className="eyebrow">{t("errors.page.code", { status })}</p>
      <h1 id="error-title">{t(`errors.page.${key}.title`)}</h1>
      <p>{t(`errors.page.${key}.text`)}</p>
      <p>
        <Link to="/">{t("errors.page.home")}</Link>
      </p>
    </section>
  );
}
