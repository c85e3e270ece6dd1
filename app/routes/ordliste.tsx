import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireUser } from "~/utils/auth.server";
import { glossaryEntries } from "~/utils/glossary.server";
import { pageTitle } from "~/utils/page-title";

// Ordliste: the programme's terms (content/glossary.yaml). Modules link each term's first use
// here (#id). For everyone signed in: participants read it from modules, owners and admins check it.
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "glossary.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return { entries: glossaryEntries() };
}

export default function Glossary() {
  const { t } = useTranslation();
  const { entries } = useLoaderData<typeof loader>();
  return (
    <article className="page page--narrow" aria-labelledby="glossary-title">
      <h1 id="glossary-title">{t("glossary.title")}</h1>
      <p className="lead">{t("glossary.intro")}</p>
      <dl className="glossary">
        {entries.map((e) => (
          <div key={e.id} id={e.id} className="glossary__entry">
            <dt>
              {e.term}{" "}
              <span className="glossary__en" lang="en">
                ({e.en})
              </span>
            </dt>
            <dd>{e.definition}</dd>
            {e.sources.length ? (
              <dd className="muted">
                {t("glossary.sources")}: {e.sources.join("; ")}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </article>
  );
}
