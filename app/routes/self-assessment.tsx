import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { InstrumentQuestions, type InstrumentShape, ProfileChart } from "~/components/instruments/InstrumentQuestions";
import { SavedNotice } from "~/components/SavedNotice";
import { answerField, noteField, selfAssessmentSchema } from "~/forms/instruments";
import { listSelfAssessments, type OccasionState, saveSelfAssessment } from "~/models/self-assessment.server";
import { requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { getInstrument } from "~/utils/instruments.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "instruments.self.title")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  return { instruments: listSelfAssessments(user.id, participation) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const formData = await readForm(request);
  const slug = formData.get("instrument");
  const instrument = typeof slug === "string" ? getInstrument(slug) : null;
  if (!instrument || instrument.audience !== "self")
    return data<ActionResult>({ message: { key: "errors.invalidChoice" } }, { status: 400 });
  const submission = parseWithZod(formData, { schema: selfAssessmentSchema(instrument) });
  if (submission.status !== "success") return refuse(submission.reply());
  const values = submission.value as Record<string, unknown>;
  const result = saveSelfAssessment(user.id, participation, {
    instrument: instrument.slug,
    occasion: submission.value.occasion,
    answers: Object.fromEntries(instrument.items.map((i) => [i.id, values[answerField(i.id)] as number])),
    notes: Object.fromEntries(instrument.items.map((i) => [i.id, (values[noteField(i.id)] as string | undefined) ?? ""])),
  });
  if (!result.ok) {
    if (result.reason === "unknown") throw new Response("Not found", { status: 404 });
    return refuse(submission.reply(), 400, {
      key: result.reason === "closed" ? "instruments.self.closed" : "instruments.errors.answerEach",
    });
  }
  throw redirect(`/self-assessment?saved=saved#${instrument.slug}`);
}

function OccasionForm({ instrument, occasion }: { instrument: InstrumentShape; occasion: OccasionState }) {
  const { t, i18n } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const id = `sa-${instrument.slug}`;
  const [form] = useForm({
    id,
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: selfAssessmentSchema(instrument) }),
    shouldValidate: "onSubmit",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {t(occasion.answers ? "instruments.self.changeHeading" : "instruments.self.answerHeading", { occasion: occasion.label })}
      </h3>
      <p className="muted">{t("instruments.self.openUntil", { date: formatDate(occasion.closesOn, i18n.language as Locale) })}</p>
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="instrument" value={instrument.slug} />
      <input type="hidden" name="occasion" value={occasion.key} />
      <InstrumentQuestions instrument={instrument} defaults={occasion} errors={form.allErrors} idPrefix={`${instrument.slug}-`} />
      <button type="submit" className="button">
        {t("instruments.self.save")}
      </button>
    </Form>
  );
}

export default function SelfAssessment() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { instruments } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  return (
    <section className="page" aria-labelledby="sa-title">
      <h1 id="sa-title">{t("instruments.self.title")}</h1>
      <p>{t("instruments.self.intro")}</p>
      <p>
        {t("instruments.self.teamHint")} <Link to="/pulse">{t("instruments.pulse.title")}</Link>
      </p>
      <SavedNotice keys={["saved"]} prefix="instruments.self.saved" />
      <FormMessage message={actionData?.message} />
      {instruments.map(({ instrument, occasions }) => {
        const open = occasions.find((o) => o.state === "open");
        const answered = occasions.filter((o) => o.answers);
        return (
          <section key={instrument.slug} id={instrument.slug} className="card stack" aria-labelledby={`${instrument.slug}-h`}>
            <h2 id={`${instrument.slug}-h`}>{instrument.title}</h2>
            <p>{instrument.intro}</p>
            <p className="notice notice--info">{instrument.caveat}</p>
            <h3>{t("instruments.self.when")}</h3>
            <ul>
              {occasions.map((o) => (
                <li key={o.key}>
                  <strong>{o.label}</strong>: {formatDate(o.opensOn, locale)}–{formatDate(o.closesOn, locale)} (
                  {t(`instruments.self.state.${o.state}`)}
                  {o.answers ? `, ${t("instruments.self.answered")}` : ""})
                </li>
              ))}
            </ul>
            {answered.length ? (
              <ProfileChart instrument={instrument} columns={answered.map((o) => ({ key: o.key, label: o.label, answers: o.answers! }))} />
            ) : (
              <p className="empty">{t("instruments.self.noAnswers")}</p>
            )}
            {answered.some((o) => Object.keys(o.notes).length) ? (
              <details>
                <summary>{t("instruments.self.yourNotes")}</summary>
                {answered.map((o) => (
                  <div key={o.key}>
                    <h4>{o.label}</h4>
                    <ul>
                      {instrument.items
                        .filter((i) => o.notes[i.id])
                        .map((i) => (
                          <li key={i.id}>
                            <strong>{i.label}:</strong> {o.notes[i.id]}
                          </li>
                        ))}
                    </ul>
                  </div>
                ))}
              </details>
            ) : null}
            {open ? <OccasionForm instrument={instrument} occasion={open} /> : <p className="muted">{t("instruments.self.noneOpen")}</p>}
          </section>
        );
      })}
    </section>
  );
}
