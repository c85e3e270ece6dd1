import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.title");

type Section = { heading: string; text: string };

// Personvernerklæring: what is stored, why, who can see it and for how long. Public.
export default function Privacy() {
  const { t } = useTranslation();
  const sections = t("privacy.sections", { returnObjects: true }) as Section[];
  return (
    <article className="page page--narrow prose" aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t("privacy.title")}</h1>
      <p>{t("privacy.intro")}</p>
      {sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          <p>{s.text}</p>
        </section>
      ))}
      <p>
        <Link to="/">{t("errors.page.home")}</Link>
      </p>
    </article>
  );
}
