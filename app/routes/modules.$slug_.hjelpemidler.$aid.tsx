import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { PrintButton } from "~/components/aids/PrintButton";
import { readAid } from "~/models/aid.server";
import printStylesHref from "~/styles/aid-print.css";
import { notFound, requireParticipant } from "~/utils/auth.server";
import { renderContentHtml } from "~/utils/content.server";
import { translator } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";

// The print view of a one-page job aid: the sheet alone, laid out for A4 (aid-print.css), with
// "Skriv ut / lagre som PDF". Open to a participant once the module it belongs to is open.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStylesHref }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "aids.title", { text: data?.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const view = await readAid(participation, params.slug ?? "", params.aid ?? "");
  if (!view) notFound();
  if (view.kind === "locked") throw new Response("Forbidden", { status: 403 });
  const { module, aid, compiled, sources } = view;
  return data({
    moduleSlug: module.slug,
    moduleTitle: module.title,
    title: aid.title,
    summary: aid.summary,
    orientation: aid.print.orientation,
    html: renderContentHtml(compiled, sources, translator(user.locale), user.locale),
    sources: sources.map((s) => ({ key: s.key, full: s.full, url: s.url ?? null })),
  });
}

export default function AidPrintView() {
  const { t } = useTranslation();
  const d = useLoaderData<typeof loader>();
  return (
    <article className={`page aid-sheet aid-sheet--${d.orientation}`} aria-labelledby="aid-title">
      <div className="aid-sheet__screen-only">
        <p className="eyebrow">
          <Link to={`/modules/${d.moduleSlug}`}>← {d.moduleTitle}</Link>
        </p>
        <PrintButton />
      </div>
      <header className="aid-sheet__header">
        <p className="aid-sheet__kind">
          {t("aids.kind")} · {d.moduleTitle}
        </p>
        <h1 id="aid-title">{d.title}</h1>
        <p className="aid-sheet__summary">{d.summary}</p>
      </header>
      <div className="prose aid-sheet__body" dangerouslySetInnerHTML={{ __html: d.html }} />
      {d.sources.length ? (
        <footer className="aid-sheet__sources">
          <h2>{t("aids.sources")}</h2>
          <ol className="source-list">
            {d.sources.map((s) => (
              <li key={s.key} id={`kilde-${s.key}`}>
                {s.full}
                {s.url ? (
                  <>
                    {" "}
                    <a href={s.url}>{s.url}</a>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </footer>
      ) : null}
    </article>
  );
}
