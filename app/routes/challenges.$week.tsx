import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ContentLanguageNote } from "~/components/ContentLanguageNote";
import { TextareaField } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { StatusBadge } from "~/components/StatusBadge";
import { completeChallengeSchema, reopenChallengeSchema, skipChallengeSchema, swapChallengeSchema } from "~/forms/challenge";
import {
  completeChallenge,
  formatReflection,
  getChallengeWeek,
  reopenChallenge,
  skipChallenge,
  swapChallenge,
} from "~/models/challenge.server";
import { currentPartnership } from "~/models/partnership.server";
import { notFound, parseId, requireParticipant } from "~/utils/auth.server";
import { renderContentHtml } from "~/utils/content.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { translator } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/page-title";
import { getProgramme } from "~/utils/programme.server";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "nav.challenges", { text: data?.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const found = await getChallengeWeek(user.id, participation, parseId(params.week));
  if (!found || !found.meta || !found.bodyCompiled) notFound();
  const { week, meta, alternatives, bodyCompiled } = found;
  const t = translator(user.locale);
  const module = getProgramme().modules.find((m) => m.slug === meta.module);
  return {
    week,
    title: meta.title,
    summary: meta.summary,
    minutes: meta.minutes,
    reflection: meta.reflection,
    module: module ? { slug: module.slug, title: module.title } : null,
    html: renderContentHtml(bodyCompiled, [], t, user.locale),
    alternatives,
    partners: currentPartnership(user.id, participation)?.partners.map((p) => p.name) ?? [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const week = parseId(params.week);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const refusal = (reason: string) => {
    if (reason === "not-found") notFound();
    return data<ActionResult>({ message: { key: `challenges.refused.${reason}` } }, { status: 400 });
  };
  if (intent === "complete") {
    const submission = parseWithZod(formData, { schema: completeChallengeSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const t = translator(user.locale);
    const result = completeChallenge(user.id, participation, week, formatReflection(t, submission.value));
    if (!result.ok) return refusal(result.reason);
    throw redirect(`/challenges/${week}?saved=done`);
  }
  if (intent === "skip") {
    const submission = parseWithZod(formData, { schema: skipChallengeSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const result = skipChallenge(user.id, participation, week, submission.value.reason || null);
    if (!result.ok) return refusal(result.reason);
    throw redirect(`/challenges/${week}?saved=skipped`);
  }
  if (intent === "swap") {
    const submission = parseWithZod(formData, { schema: swapChallengeSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const result = swapChallenge(user.id, participation, week, submission.value.slug);
    if (!result.ok) return refusal(result.reason);
    throw redirect(`/challenges/${week}?saved=swapped`);
  }
  if (intent === "reopen") {
    const submission = parseWithZod(formData, { schema: reopenChallengeSchema });
    if (submission.status !== "success" || !reopenChallenge(user.id, participation, week)) return refusal("nothing-to-reopen");
    throw redirect(`/challenges/${week}?saved=reopened`);
  }
  return data<ActionResult>({ message: { key: "errors.formProblem" } }, { status: 400 });
}

export default function ChallengePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [params] = useSearchParams();
  const justDone = params.get("saved") === "done";
  const w = d.week;
  const canAct = w.status === "open" || w.status === "skipped";
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: completeChallengeSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <article className="page challenge" aria-labelledby="challenge-title">
      <p className="eyebrow">
        <Link to="/challenges">{t("nav.challenges")}</Link> · {t("challenges.week", { week: w.week })} · {formatDate(w.monday, locale)}
      </p>
      <h1 id="challenge-title">{d.title}</h1>
      <ContentLanguageNote />
      <p className="lead">{d.summary}</p>
      <p className="muted">
        {t("challenges.minutes", { count: d.minutes })}
        {d.module ? (
          <>
            {" · "}
            {t("challenges.fromModule")} <Link to={`/modules/${d.module.slug}`}>{d.module.title}</Link>
          </>
        ) : null}
        {" · "}
        <StatusBadge status={w.status} />
      </p>
      <SavedNotice keys={["skipped", "swapped", "reopened"]} prefix="challenges.saved" />
      <FormMessage message={actionData?.message} />
      {w.status === "late" || w.status === "done" ? (
        // One banner: right after completing it says so (announced); later it says when.
        <div className="notice notice--success" role={justDone ? "status" : undefined}>
          <p>
            {justDone
              ? t("challenges.saved.done")
              : t(w.status === "late" ? "challenges.doneLate" : "challenges.doneOnTime", {
                  date: w.completedAt ? formatDate(new Date(w.completedAt), locale) : "",
                })}{" "}
            {w.journalEntryId ? <Link to={`/journal/${w.journalEntryId}`}>{t("challenges.readReflection")}</Link> : null}
          </p>
          {justDone ? (
            <p>
              {t("challenges.next.title")}{" "}
              {d.partners.length ? <Link to="/partner">{t("challenges.next.talk", { names: d.partners.join(", ") })}</Link> : null}
              {d.partners.length && w.journalEntryId ? " · " : null}
              {w.journalEntryId ? <Link to={`/journal/${w.journalEntryId}#share-title`}>{t("challenges.next.share")}</Link> : null}
              {d.partners.length || w.journalEntryId ? " · " : null}
              <Link to="/">{t("challenges.next.home")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {w.status === "skipped" ? (
        <p className="notice">
          {t("challenges.skippedNotice")}
          {w.skipReason ? ` ${t("challenges.skipReasonShown", { reason: w.skipReason })}` : null}
        </p>
      ) : null}
      {w.status === "coming" ? <p className="notice">{t("challenges.comingNotice")}</p> : null}

      <div className="prose" dangerouslySetInnerHTML={{ __html: d.html }} />

      {canAct ? (
        <section aria-labelledby="complete-title" className="panel">
          <h2 id="complete-title">{t("challenges.form.title")}</h2>
          <p>{t("challenges.form.intro")}</p>
          {d.reflection.length ? (
            <>
              <h3 id="questions-title">{t("challenges.form.questionsTitle")}</h3>
              <ul className="questions" aria-labelledby="questions-title">
                {d.reflection.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </>
          ) : null}
          <Form method="post" {...getFormProps(form)} className="stack stack--wide">
            <input type="hidden" name="intent" value="complete" />
            <TextareaField
              meta={fields.did}
              label={t("challenges.form.did")}
              hint={t("challenges.form.didHint")}
              rows={5}
              maxLength={5000}
            />
            {(["happened", "next"] as const).map((name) => (
              <TextareaField key={name} meta={fields[name]} label={t(`challenges.form.${name}Optional`)} rows={3} maxLength={5000} />
            ))}
            <p className="field-hint">{t("challenges.form.privacy")}</p>
            <button type="submit" className="button">
              {t("challenges.form.submit")}
            </button>
          </Form>
        </section>
      ) : null}

      {w.status === "open" ? (
        <div className="side-actions">
          {d.alternatives.length ? (
            <details className="panel">
              <summary>{t("challenges.swap.title")}</summary>
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="swap" />
                <fieldset>
                  <legend>{t("challenges.swap.legend")}</legend>
                  {d.alternatives.map((a) => (
                    <div className="choice" key={a.slug}>
                      <input type="radio" name="slug" id={`swap-${a.slug}`} value={a.slug} required />
                      <label htmlFor={`swap-${a.slug}`}>
                        {a.title} <span className="muted">({t("challenges.minutes", { count: a.minutes })})</span>
                      </label>
                    </div>
                  ))}
                </fieldset>
                <button type="submit" className="button button--secondary">
                  {t("challenges.swap.submit")}
                </button>
              </Form>
            </details>
          ) : null}
          <details className="panel">
            <summary>{t("challenges.skip.title")}</summary>
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="skip" />
              <div className="field">
                <label htmlFor="skip-reason">{t("challenges.skip.reason")}</label>
                <p className="field-hint" id="skip-reason-hint">
                  {t("challenges.skip.privacy")}
                </p>
                <input id="skip-reason" name="reason" maxLength={500} aria-describedby="skip-reason-hint" />
              </div>
              <button type="submit" className="button button--secondary">
                {t("challenges.skip.submit")}
              </button>
            </Form>
          </details>
        </div>
      ) : null}
      {w.status === "skipped" ? (
        <Form method="post">
          <input type="hidden" name="intent" value="reopen" />
          <button type="submit" className="button button--secondary">
            {t("challenges.reopen")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}
