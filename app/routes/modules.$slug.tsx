import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { AidList } from "~/components/aids/AidList";
import { ContentLanguageNote } from "~/components/ContentLanguageNote";
import { FormMessage } from "~/components/form/FormMessage";
import { ErrorPage } from "~/components/layout/ErrorPage";
import { fillReflectionSlots, type SlotState } from "~/components/mdx/reflection-form";
import { completionSchema, reflectionSchema } from "~/forms/module";
import { aidsForModule } from "~/models/aid.server";
import { findModule, readModule, saveReflection, setModuleCompleted } from "~/models/module.server";
import { continueReading } from "~/models/module-reading";
import { notFound, requireParticipant } from "~/utils/auth.server";
import { renderContentHtml } from "~/utils/content.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { translator } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";
import { getProgramme, sourcesOf } from "~/utils/programme.server";
import { formatDate, type Locale } from "~/utils/programme-time";

// The page is a pure function of its loader data: a repeat visit gets a 304 (app/utils/document-etag.server.ts).
export const handle = { documentEtag: true };

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "nav.modules", { text: data?.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const view = await readModule(user.id, participation, params.slug ?? "");
  if (!view) {
    // A 404 that still helps: the modules that do exist.
    const modules = getProgramme().modules.map((m) => ({ slug: m.slug, title: m.title }));
    throw data({ modules }, { status: 404 });
  }
  if (view.kind === "locked") {
    return data(
      { kind: "locked" as const, title: view.meta.title, summary: view.meta.summary, opensOn: view.opensOn, opensWeek: view.opensWeek },
      { status: 403 },
    );
  }
  const { meta, compiled } = view;
  const t = translator(user.locale);
  const html = renderContentHtml(compiled, sourcesOf(meta), t, user.locale);
  return {
    kind: "open" as const,
    slug: meta.slug,
    title: meta.title,
    summary: meta.summary,
    month: meta.month,
    estimatedMinutes: meta.estimatedMinutes,
    learningObjectives: meta.learningObjectives,
    html,
    toc: compiled.toc,
    continueAt: view.state === "completed" ? null : continueReading(html, compiled.toc, Object.keys(view.answers)),
    answers: Object.fromEntries(Object.entries(view.answers).map(([k, v]) => [k, { body: v.body, updatedAt: v.updatedAt.toISOString() }])),
    state: view.state,
    previous: view.previous,
    next: view.next,
    aids: aidsForModule(meta.slug),
  };
}

type ReflectReply = ActionResult & { reflection?: { promptId: string; body: string; error?: string; saved?: boolean } };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const slug = params.slug ?? "";
  if (!findModule(slug)) notFound();
  const formData = await readForm(request);
  if (formData.get("intent") === "reflect") {
    const submission = parseWithZod(formData, { schema: reflectionSchema });
    const promptId = String(formData.get("promptId") ?? "").slice(0, 100);
    const body = String(formData.get("body") ?? "").slice(0, 30_000);
    if (submission.status !== "success") {
      const error = submission.error?.body?.[0] ?? submission.error?.promptId?.[0] ?? "errors.formProblem";
      return data<ReflectReply>({ reflection: { promptId, body, error } }, { status: 400 });
    }
    const saved = await saveReflection(user.id, participation, slug, submission.value.promptId, submission.value.body);
    if (!saved.ok) {
      if (saved.reason === "locked") throw new Response("Forbidden", { status: 403 });
      notFound();
    }
    return data<ReflectReply>({ reflection: { promptId, body: submission.value.body, saved: true } });
  }
  const submission = parseWithZod(formData, { schema: completionSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  if (!setModuleCompleted(user.id, participation, slug, submission.value.intent === "complete"))
    throw new Response("Forbidden", { status: 403 });
  return data<ActionResult>({
    message: { key: submission.value.intent === "complete" ? "modules.markedComplete" : "modules.markedIncomplete", tone: "success" },
  });
}

export default function ModulePage() {
  const { t, i18n } = useTranslation();
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<ReflectReply>();
  if (d.kind === "locked") {
    return (
      <section className="page page--narrow" aria-labelledby="module-title">
        <h1 id="module-title">{d.title}</h1>
        <ContentLanguageNote />
        <p>{d.summary}</p>
        <p className="notice">{t("modules.lockedText", { date: formatDate(d.opensOn, i18n.language as Locale), week: d.opensWeek })}</p>
        <p>
          <Link to="/modules">{t("modules.back")}</Link>
        </p>
      </section>
    );
  }
  return (
    <article className="page module" aria-labelledby="module-title">
      <p className="eyebrow">
        <Link to="/modules">{t("nav.modules")}</Link> · {t("time.month", { month: d.month })}
      </p>
      <h1 id="module-title">{d.title}</h1>
      <ContentLanguageNote />
      <p className="lead">{d.summary}</p>
      <p className="muted">
        {t("modules.minutes", { count: d.estimatedMinutes })} ·{" "}
        <span className={`status status--${d.state}`}>{t(`modules.state.${d.state}`)}</span>
      </p>
      <div className="module__layout">
        <nav className="toc toc--wide" aria-labelledby="toc-title">
          <h2 id="toc-title">{t("modules.toc")}</h2>
          <TocList toc={d.toc} />
        </nav>
        <div className="module__body">
          {/* On a phone the contents list waits behind one line instead of filling the first screen. */}
          <details className="toc toc--narrow">
            <summary>{t("modules.tocSummary", { count: d.toc.length })}</summary>
            <nav aria-label={t("modules.toc")}>
              <TocList toc={d.toc} />
            </nav>
          </details>
          {d.continueAt ? (
            <p className="continue-reading">
              <a href={`#${d.continueAt.id}`} className="button button--secondary">
                {t("modules.continueReading", { section: d.continueAt.text })}
              </a>
            </p>
          ) : null}
          <section className="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{t("modules.objectives")}</h2>
            <ul>
              {d.learningObjectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>
          <div className="prose">
            <div
              dangerouslySetInnerHTML={{ __html: fillReflectionSlots(d.html, d.slug, slotStates(d.answers, actionData?.reflection), t) }}
            />
          </div>
          <AidList moduleSlug={d.slug} aids={d.aids} />
          <CompleteForm completed={d.state === "completed"} message={actionData?.message} />
          <nav className="pager" aria-label={t("modules.pager")}>
            {d.previous ? (
              <Link to={`/modules/${d.previous.slug}`} rel="prev">
                ← {t("modules.previous")}: {d.previous.title}
              </Link>
            ) : (
              <span />
            )}
            {d.next ? (
              <Link to={`/modules/${d.next.slug}`} rel="next">
                {t("modules.next")}: {d.next.title} →
              </Link>
            ) : null}
          </nav>
        </div>
      </div>
    </article>
  );
}

function TocList({ toc }: { toc: { id: string; text: string; depth: number }[] }) {
  return (
    <ol>
      {toc.map((h) => (
        <li key={h.id} className={`toc__item toc__item--${h.depth}`}>
          <a href={`#${h.id}`}>{h.text}</a>
        </li>
      ))}
    </ol>
  );
}

function slotStates(answers: Record<string, { body: string }>, reply: ReflectReply["reflection"]): Record<string, SlotState> {
  const states: Record<string, SlotState> = {};
  for (const [id, a] of Object.entries(answers)) states[id] = { value: a.body, saved: true };
  if (reply)
    states[reply.promptId] = {
      value: reply.body,
      saved: !!answers[reply.promptId] || !!reply.saved,
      error: reply.error,
      justSaved: reply.saved,
    };
  return states;
}

function CompleteForm({ completed, message }: { completed: boolean; message?: ActionResult["message"] }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="complete-form" preventScrollReset>
      {/* One banner: the answer to what was just done, or else where the module stands. */}
      <FormMessage message={message} />
      {completed ? (
        <>
          {message ? null : <p className="notice notice--success">{t("modules.completedNotice")}</p>}
          <button type="submit" name="intent" value="uncomplete" className="button button--secondary">
            {t("modules.markIncomplete")}
          </button>
        </>
      ) : (
        <button type="submit" name="intent" value="complete" className="button">
          {t("modules.markComplete")}
        </button>
      )}
    </Form>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const modules =
    isRouteErrorResponse(error) && error.status === 404
      ? (error.data as { modules?: { slug: string; title: string }[] })?.modules
      : undefined;
  if (!modules) return <ErrorPage error={error} t={t} />;
  return (
    <section className="page" aria-labelledby="missing-title">
      <p className="eyebrow">{t("errors.page.code", { status: 404 })}</p>
      <h1 id="missing-title">{t("modules.missingTitle")}</h1>
      <p>{t("modules.missingText")}</p>
      <ul>
        {modules.map((m) => (
          <li key={m.slug}>
            <Link to={`/modules/${m.slug}`}>{m.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
