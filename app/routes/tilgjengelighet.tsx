import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "a11y.title");

// Tilgjengelighetserklæring: what we do for universal design, how it is checked, and where to
// report a problem. Public: no guard, nothing personal.
export default function Accessibility() {
  const { t } = useTranslation();
  const items = t("a11y.measures", { returnObjects: true }) as string[];
  const gaps = t("a11y.gaps", { returnObjects: true }) as string[];
  return (
    <article className="page page--narrow prose" aria-labelledby="a11y-title">
      <h1 id="a11y-title">{t("a11y.title")}</h1>
      <p>{t("a11y.intro")}</p>
      <h2>{t("a11y.measuresTitle")}</h2>
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      <h2>{t("a11y.gapsTitle")}</h2>
      <ul>
        {gaps.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      <h2>{t("a11y.contactTitle")}</h2>
      <p>{t("a11y.contact")}</p>
      <p>
        <Link to="/">{t("errors.page.home")}</Link>
      </p>
    </article>
  );
}
