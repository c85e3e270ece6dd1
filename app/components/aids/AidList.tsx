import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { AidSummary } from "~/models/aid.server";

/** The module's one-page job aids, each opening its print view, and the way to the glossary. */
export function AidList({ moduleSlug, aids }: { moduleSlug: string; aids: AidSummary[] }) {
  const { t } = useTranslation();
  return (
    <section className="aid-list" aria-labelledby="aids-title">
      <h2 id="aids-title">{t("aids.title")}</h2>
      {aids.length ? (
        <>
          <p>{t("aids.intro")}</p>
          <ul>
            {aids.map((a) => (
              <li key={a.slug}>
                <Link to={`/modules/${moduleSlug}/hjelpemidler/${a.slug}`}>{a.title}</Link>
                <span className="muted"> – {a.summary}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/ordliste">{t("glossary.fromModule")}</Link>
      </p>
    </section>
  );
}
