import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";

import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "ceiling.title");

// The benchmark's ceiling for pages (docs/decisions/026-pages-close-to-the-ceiling.md): the same
// root shell as every page (session, header, scripts) and nothing of its own — no loader, no guard,
// no data — so it is harmless in production and shows what the framework itself costs per page.
export default function Ceiling() {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow" aria-labelledby="ceiling-title">
      <h1 id="ceiling-title">{t("ceiling.title")}</h1>
      <p>{t("ceiling.text")}</p>
    </section>
  );
}
