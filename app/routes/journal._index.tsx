import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { EntryOriginLine, Highlighted } from "~/components/journal/EntryOriginLine";
import { SavedNotice } from "~/components/SavedNotice";
import { journalFilterSchema } from "~/forms/journal";
import { listEntries, listTags } from "~/models/journal.server";
import { entryOrigins } from "~/models/journal-origin.server";
import { requireParticipant } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";
import { serverTiming } from "~/utils/timing.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.journal")];

// Enough text for a 220-character excerpt after the "## question" lines of a guided entry are dropped.
const EXCERPT_SOURCE_CHARS = 2000;

function excerpt(body: string, max = 220) {
  const text = body
    .replace(/^## .*$/gm, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 30))}…`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireParticipant(request);
  const url = new URL(request.url);
  const parsed = journalFilterSchema.safeParse(Object.fromEntries(url.searchParams));
  const filter = parsed.success ? parsed.data : {};
  const { value: entries, headers } = serverTiming("journal", () =>
    listEntries(user.id, {
      q: filter.q?.trim() || undefined,
      source: filter.source,
      tag: filter.tag || undefined,
      bodyPrefix: EXCERPT_SOURCE_CHARS,
    }),
  );
  return data(
    {
      // The list shows the excerpt; the whole text is not sent to the browser.
      entries: entries.map(({ body, ...e }) => ({ ...e, excerpt: excerpt(body) })),
      origins: entryOrigins(user.id, entries),
      tags: listTags(user.id),
      filter,
    },
    { headers },
  );
}

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export default function Journal() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { entries, origins, tags, filter } = useLoaderData<typeof loader>();
  const q = filter.q?.trim() ?? "";
  const [params] = useSearchParams();
  const filtered = !!(filter.q || filter.source || filter.tag);
  return (
    <section className="page" aria-labelledby="journal-title">
      <div className="page-head">
        <h1 id="journal-title">{t("journal.title")}</h1>
        <Link to="/journal/new" className="button">
          {t("journal.new")}
        </Link>
      </div>
      <p>{t("journal.intro")}</p>
      <ExportLinks />
      <SavedNotice keys={["deleted"]} prefix="journal.saved" />
      <Form method="get" className="filters" role="search" aria-label={t("journal.searchLabel")}>
        <div className="field">
          <label htmlFor="q">{t("journal.search")}</label>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="source">{t("journal.source")}</label>
          <select id="source" name="source" defaultValue={filter.source ?? ""}>
            <option value="">{t("journal.sources.all")}</option>
            <option value="free">{t("journal.sources.free")}</option>
            <option value="challenge">{t("journal.sources.challenge")}</option>
            <option value="module_prompt">{t("journal.sources.module_prompt")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="tag">{t("journal.tag")}</label>
          <select id="tag" name="tag" defaultValue={filter.tag ?? ""}>
            <option value="">{t("journal.allTags")}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("journal.searchSubmit")}
        </button>
        {filtered ? <Link to="/journal">{t("journal.clear")}</Link> : null}
      </Form>
      <p className="muted" role="status">
        {t("journal.count", { count: entries.length })}
      </p>
      {entries.length === 0 ? (
        <p className="empty">{filtered ? t("journal.noHits") : t("journal.empty")}</p>
      ) : (
        <ol className="entry-list">
          {entries.map((e) => (
            <li key={e.id} className="entry-card">
              {origins[e.id] ? (
                <p className="entry-card__origin">
                  <EntryOriginLine origin={origins[e.id]} link={false} />
                </p>
              ) : null}
              <h2>
                <Link to={`/journal/${e.id}`}>
                  <Highlighted text={e.title} query={q} />
                </Link>
              </h2>
              <p className="muted">
                {formatDate(new Date(e.createdAt), locale)}
                {origins[e.id] ? null : ` · ${t(`journal.sources.${e.source}`)}`}
                {e.sharedWith.length ? ` · ${t("journal.sharedBadge", { names: e.sharedWith.join(", ") })}` : null}
              </p>
              <p>
                <Highlighted text={e.excerpt} query={q} />
              </p>
              {e.tags.length ? (
                <ul className="tag-list" aria-label={t("journal.fields.tags")}>
                  {e.tags.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <ExportLinks />
    </section>
  );
}

/** At the top and at the bottom: nobody should scroll past a year of entries to find it. */
function ExportLinks() {
  const { t } = useTranslation();
  return (
    <p className="export-links">
      {t("journal.export")}:{" "}
      <a href="/journal/export.md" download>
        {t("journal.exportMd")}
      </a>{" "}
      ·{" "}
      <a href="/journal/export.json" download>
        {t("journal.exportJson")}
      </a>
    </p>
  );
}
