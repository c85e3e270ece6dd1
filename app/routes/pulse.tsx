import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { PulseResult } from "~/components/instruments/PulseResult";
import { SavedNotice } from "~/components/SavedNotice";
import { openPulseSchema } from "~/forms/instruments";
import { defaultClosesOn, listPulses, openPulse, teamInstruments } from "~/models/pulse.server";
import { requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "instruments.pulse.title")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  return {
    instruments: teamInstruments().map((i) => ({ slug: i.slug, title: i.title })),
    closesOn: defaultClosesOn(participation),
    pulses: listPulses(user.id, participation),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const submission = parseWithZod(await readForm(request), { schema: openPulseSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const result = openPulse(user.id, participation, submission.value);
  if (!result.ok) return refuse(submission.reply({ fieldErrors: { [result.field]: [result.reason] } }));
  throw redirect(`/pulse/${result.id}?saved=opened`);
}

export default function Pulses() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { instruments, closesOn, pulses } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    id: "open-pulse",
    lastResult: actionData?.result,
    defaultValue: { closesOn, mode: "link", instrument: instruments[0]?.slug },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: openPulseSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <section className="page" aria-labelledby="pulse-title">
      <h1 id="pulse-title">{t("instruments.pulse.title")}</h1>
      <p>{t("instruments.pulse.intro")}</p>
      <SavedNotice keys={["closed"]} prefix="instruments.pulse.saved" />
      <FormMessage message={actionData?.message} />

      <section className="card" aria-labelledby="open-h">
        <h2 id="open-h">{t("instruments.pulse.openHeading")}</h2>
        <Form method="post" {...getFormProps(form)} className="stack">
          <input type="hidden" name="intent" value="open" />
          <div className="field">
            <label htmlFor={fields.instrument.id}>{t("instruments.pulse.instrument")}</label>
            <select id={fields.instrument.id} name={fields.instrument.name} defaultValue={fields.instrument.initialValue as string}>
              {instruments.map((i) => (
                <option key={i.slug} value={i.slug}>
                  {i.title}
                </option>
              ))}
            </select>
          </div>
          <Field meta={fields.closesOn} label={t("instruments.pulse.closesOn")} type="date" hint={t("instruments.pulse.closesOnHint")} />
          <fieldset>
            <legend>{t("instruments.pulse.mode")}</legend>
            {(["link", "paper"] as const).map((m) => (
              <div className="choice" key={m}>
                <input {...getInputProps(fields.mode, { type: "radio", value: m })} id={`mode-${m}`} key={`mode-${m}`} />
                <label htmlFor={`mode-${m}`}>{t(`instruments.pulse.modes.${m}`)}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t("instruments.pulse.open")}
          </button>
        </Form>
      </section>

      <h2>{t("instruments.pulse.yours")}</h2>
      {pulses.length === 0 ? <p className="empty">{t("instruments.pulse.none")}</p> : null}
      <ul className="card-list">
        {pulses.map((p) => (
          <li key={p.id} className="card stack">
            <h3>
              <Link to={`/pulse/${p.id}`}>
                {p.title} · {p.occasionLabel}
              </Link>
            </h3>
            <p>
              {p.open
                ? t("instruments.pulse.openUntil", { date: formatDate(p.closesOn, locale) })
                : t("instruments.pulse.closedOn", { date: formatDate(p.closesOn, locale) })}{" "}
              · {t(`instruments.pulse.modes.${p.mode}`)} · {t("instruments.pulse.answerCount", { count: p.answers })}
            </p>
            {p.result ? <PulseResult result={p.result} earlier={p.earlier} compact /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
