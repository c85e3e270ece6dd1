import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError, TextareaField } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { checkInSchema, confirmCheckInSchema } from "~/forms/partner";
import { listSharedWithMe } from "~/models/entry-share.server";
import {
  checkInStatus,
  confirmCheckIn,
  currentPartnership,
  earlierPartnerships,
  listCheckIns,
  logCheckIn,
} from "~/models/partnership.server";
import { requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { getProgramme } from "~/utils/programme.server";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.partner")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const partnership = currentPartnership(user.id, participation);
  const programme = getProgramme();
  const topicTitle = (ref: string) => {
    const [kind, slug] = ref.split(":");
    return kind === "module" ? programme.modules.find((m) => m.slug === slug)?.title : programme.challenges.get(slug ?? "")?.title;
  };
  const checkIns = partnership
    ? listCheckIns(partnership.id).map((c) => ({
        ...c,
        topics: c.topics.map((r) => topicTitle(r) ?? r),
        mine: c.authorId === user.id,
        confirmedByMe: c.responses.some((r) => r.userId === user.id),
      }))
    : [];
  return {
    userId: user.id,
    today: participation.clock.today,
    partnership,
    status: partnership ? checkInStatus(partnership, participation.clock.today) : null,
    checkIns,
    shared: listSharedWithMe(user.id),
    earlier: earlierPartnerships(user.id, participation),
    topicOptions: [
      ...programme.modules.map((m) => ({ value: `module:${m.slug}`, label: m.title, group: "module" as const })),
      ...[...programme.challenges.values()].map((c) => ({ value: `challenge:${c.slug}`, label: c.title, group: "challenge" as const })),
    ],
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const formData = await readForm(request);
  if (formData.get("intent") === "confirm") {
    const submission = parseWithZod(formData, { schema: confirmCheckInSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    if (!confirmCheckIn(user.id, submission.value.checkInId, submission.value.reflection)) throw new Response("Not found", { status: 404 });
    throw redirect("/partner?saved=confirmed");
  }
  const submission = parseWithZod(formData, { schema: checkInSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const result = logCheckIn(user.id, participation, submission.value);
  if (!result.ok) {
    const field =
      result.reason === "future-date" || result.reason === "before-pairing"
        ? "heldOn"
        : result.reason === "unknown-topic"
          ? "topics"
          : null;
    if (field) return refuse(submission.reply({ fieldErrors: { [field]: [`partner.refused.${result.reason}`] } }));
    return data<ActionResult>({ message: { key: `partner.refused.${result.reason}` } }, { status: 400 });
  }
  throw redirect("/partner?saved=logged");
}

export default function Partner() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { heldOn: d.today, minutes: "30", format: "video" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: checkInSchema }),
    shouldValidate: "onBlur",
  });
  if (!d.partnership) {
    return (
      <section className="page" aria-labelledby="partner-title">
        <h1 id="partner-title">{t("partner.title")}</h1>
        <p className="empty">{t("partner.none")}</p>
      </section>
    );
  }
  const p = d.partnership;
  return (
    <section className="page" aria-labelledby="partner-title">
      <h1 id="partner-title">{t("partner.title")}</h1>
      <SavedNotice keys={["logged", "confirmed"]} prefix="partner.saved" />
      <FormMessage message={actionData?.message} />
      <div className="card partner-card">
        <h2>{p.partners.length > 1 ? t("partner.yourTrio") : t("partner.yourPartner")}</h2>
        <ul className="plain-list">
          {p.partners.map((x) => (
            <li key={x.userId}>
              <strong>{x.name}</strong> · <a href={`mailto:${x.email}`}>{x.email}</a>
            </li>
          ))}
        </ul>
        {p.partners.length === 0 ? <p>{t("partner.partnerLeft")}</p> : null}
        <p className="muted">
          {t("partner.period", {
            from: p.fromWeek,
            to: p.toWeek,
            start: formatDate(p.startsOn, locale),
            end: formatDate(p.endsOn, locale),
          })}
        </p>
        {d.status ? (
          <p className={`checkin-status checkin-status--${d.status.state}`}>
            <strong>{t(`partner.state.${d.status.state}`)}</strong> {t("partner.dueOn", { date: formatDate(d.status.dueOn, locale) })}
            {d.status.lastHeldOn
              ? ` · ${t("partner.lastHeld", { date: formatDate(d.status.lastHeldOn, locale) })}`
              : ` · ${t("partner.noneYet")}`}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="log-title" className="panel">
        <h2 id="log-title">{t("partner.logTitle")}</h2>
        <Form method="post" {...getFormProps(form)} className="stack stack--wide">
          <input type="hidden" name="intent" value="log" />
          <div className="field-row">
            <div className="field">
              <label htmlFor={fields.heldOn.id}>{t("partner.fields.heldOn")}</label>
              <input {...getInputProps(fields.heldOn, { type: "date" })} key={fields.heldOn.key} max={d.today} />
              <FieldError id={fields.heldOn.errorId} errors={fields.heldOn.errors} />
            </div>
            <div className="field">
              <label htmlFor={fields.minutes.id}>{t("partner.fields.minutes")}</label>
              <input
                {...getInputProps(fields.minutes, { type: "number" })}
                key={fields.minutes.key}
                min={1}
                max={600}
                inputMode="numeric"
              />
              <FieldError id={fields.minutes.errorId} errors={fields.minutes.errors} />
            </div>
            <div className="field">
              <label htmlFor={fields.format.id}>{t("partner.fields.format")}</label>
              <select {...getSelectProps(fields.format)} key={fields.format.key}>
                {(["in_person", "video", "phone"] as const).map((f) => (
                  <option key={f} value={f}>
                    {t(`partner.format.${f}`)}
                  </option>
                ))}
              </select>
              <FieldError id={fields.format.errorId} errors={fields.format.errors} />
            </div>
          </div>
          <div className="field">
            <label htmlFor={fields.topics.id}>{t("partner.fields.topics")}</label>
            <p className="field-hint" id={`${fields.topics.id}-hint`}>
              {t("partner.fields.topicsHint")}
            </p>
            <select id={fields.topics.id} name={fields.topics.name} multiple size={6} aria-describedby={`${fields.topics.id}-hint`}>
              <optgroup label={t("nav.modules")}>
                {d.topicOptions
                  .filter((o) => o.group === "module")
                  .map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
              </optgroup>
              <optgroup label={t("nav.challenges")}>
                {d.topicOptions
                  .filter((o) => o.group === "challenge")
                  .map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
              </optgroup>
            </select>
            <FieldError id={fields.topics.errorId} errors={fields.topics.errors} />
          </div>
          <TextareaField meta={fields.notes} label={t("partner.fields.notes")} rows={4} maxLength={5000} />
          <TextareaField meta={fields.nextSteps} label={t("partner.fields.nextSteps")} rows={2} maxLength={2000} />
          <p className="field-hint">{t("partner.privacy")}</p>
          <button type="submit" className="button">
            {t("partner.logSubmit")}
          </button>
        </Form>
      </section>

      <h2 id="history-title">{t("partner.historyTitle")}</h2>
      {d.checkIns.length === 0 ? (
        <p className="empty">{t("partner.historyEmpty")}</p>
      ) : (
        <ol className="checkin-list" aria-labelledby="history-title">
          {d.checkIns.map((c) => (
            <li key={c.id} className="card">
              <h3>
                {formatDate(c.heldOn, locale)} · {t(`partner.format.${c.format}`)} · {t("partner.minutesShort", { count: c.minutes })}
              </h3>
              <p className="muted">{t("partner.loggedBy", { name: c.authorName ?? t("partner.deletedUser") })}</p>
              {c.topics.length ? <p>{t("partner.topicsShown", { topics: c.topics.join(", ") })}</p> : null}
              {c.notes ? <p className="pre">{c.notes}</p> : null}
              {c.nextSteps ? (
                <p className="pre">
                  <strong>{t("partner.fields.nextSteps")}:</strong> {c.nextSteps}
                </p>
              ) : null}
              {c.responses.map((r) => (
                <p key={r.userId} className="response">
                  ✓ {t("partner.confirmedBy", { name: r.name })}
                  {r.reflection ? `: ${r.reflection}` : ""}
                </p>
              ))}
              {!c.mine && !c.confirmedByMe ? (
                <Form method="post" className="stack stack--wide">
                  <input type="hidden" name="intent" value="confirm" />
                  <input type="hidden" name="checkInId" value={c.id} />
                  <div className="field">
                    <label htmlFor={`reflection-${c.id}`}>{t("partner.yourReflection")}</label>
                    <textarea id={`reflection-${c.id}`} name="reflection" rows={2} maxLength={2000} />
                  </div>
                  <button type="submit" className="button button--secondary">
                    {t("partner.confirm")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      <h2 id="shared-title">{t("partner.sharedTitle")}</h2>
      {d.shared.length === 0 ? (
        <p className="empty">{t("partner.sharedEmpty")}</p>
      ) : (
        <ol className="entry-list" aria-labelledby="shared-title">
          {d.shared.map((e) => (
            <li key={e.id} className="entry-card">
              <h3>{e.title}</h3>
              <p className="muted">{t("partner.sharedBy", { name: e.author, date: formatDate(new Date(e.grantedAt), locale) })}</p>
              <div className="entry__body">{e.body}</div>
            </li>
          ))}
        </ol>
      )}

      {d.earlier.length ? (
        <>
          <h2>{t("partner.earlierTitle")}</h2>
          <ul>
            {d.earlier.map((e) => (
              <li key={e.id}>{t("partner.earlierItem", { from: e.fromWeek, to: e.toWeek, names: e.partners.join(", ") })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
