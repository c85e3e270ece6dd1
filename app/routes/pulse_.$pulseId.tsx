import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { PulseResult } from "~/components/instruments/PulseResult";
import { SavedNotice } from "~/components/SavedNotice";
import { closePulseSchema, countField, paperCountsSchema } from "~/forms/instruments";
import { closePulse, getOwnPulse, recordPaperCounts } from "~/models/pulse.server";
import { parseId, requireParticipant } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { getInstrument } from "~/utils/instruments.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";
import { qrSvg } from "~/utils/qr.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "instruments.pulse.oneTitle")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const pulse = getOwnPulse(user.id, participation, parseId(params.pulseId));
  if (!pulse) throw new Response("Not found", { status: 404 });
  const instrument = getInstrument(pulse.instrument)!;
  const link = `${env.APP_URL?.replace(/\/$/, "") ?? new URL(request.url).origin}/p/${pulse.token}`;
  const showLink = pulse.open && pulse.mode === "link";
  return {
    pulse: { ...pulse, token: undefined },
    link: showLink ? link : null,
    qr: showLink ? await qrSvg(link) : null,
    items: instrument.items.map((i) => ({ id: i.id, label: i.label, text: i.text })),
    scale: instrument.scale,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const pulseId = parseId(params.pulseId);
  const pulse = getOwnPulse(user.id, participation, pulseId);
  if (!pulse) throw new Response("Not found", { status: 404 });
  const formData = await readForm(request);
  if (formData.get("intent") === "paper") {
    const instrument = getInstrument(pulse.instrument)!;
    const submission = parseWithZod(formData, { schema: paperCountsSchema(instrument) });
    if (submission.status !== "success") return refuse(submission.reply());
    const values = submission.value as Record<string, unknown>;
    const counts = instrument.items.map((_, i) =>
      Array.from(
        { length: instrument.scale.max - instrument.scale.min + 1 },
        (__, j) => values[countField(i, instrument.scale.min + j)] as number,
      ),
    );
    const result = recordPaperCounts(user.id, participation, pulseId, counts);
    if (!result.ok) return refuse(submission.reply(), 400, { key: `instruments.errors.paper.${result.reason}` });
    throw redirect(`/pulse/${pulseId}?saved=counted`);
  }
  const submission = parseWithZod(formData, { schema: closePulseSchema });
  if (submission.status !== "success" || submission.value.pulseId !== pulseId) return refuse(submission.reply());
  if (!closePulse(user.id, participation, pulseId)) return refuse(submission.reply(), 400, { key: "instruments.pulse.alreadyClosed" });
  throw redirect(`/pulse/${pulseId}?saved=closed`);
}

function PaperCounts({
  pulseId,
  items,
  scale,
}: {
  pulseId: number;
  items: { id: string; label: string; text: string }[];
  scale: { min: number; max: number };
}) {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const schema = paperCountsSchema({ items, scale });
  const [form] = useForm({
    id: "paper-counts",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="paper" />
      <input type="hidden" name="pulseId" value={pulseId} />
      <p>{t("instruments.paper.countsIntro")}</p>
      {items.map((item, i) => (
        <fieldset key={item.id} className="paper-counts">
          <legend>
            {i + 1}. {item.text}
          </legend>
          <div className="paper-counts__row">
            {values.map((v) => {
              const name = countField(i, v);
              return (
                <div key={v} className="field field--count">
                  <label htmlFor={name}>{t("instruments.paper.countLabel", { value: v })}</label>
                  <input id={name} name={name} type="number" inputMode="numeric" min={0} max={60} defaultValue={0} />
                  <FieldError id={`${name}-error`} errors={form.allErrors[name]} />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="button">
        {t("instruments.paper.saveCounts")}
      </button>
    </Form>
  );
}

export default function PulsePage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { pulse, link, qr, items, scale } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  return (
    <section className="page stack" aria-labelledby="p-title">
      <p>
        <Link to="/pulse">{t("instruments.pulse.back")}</Link>
      </p>
      <h1 id="p-title">
        {pulse.title} · {pulse.occasionLabel}
      </h1>
      <SavedNotice keys={["opened", "closed", "counted"]} prefix="instruments.pulse.saved" />
      <FormMessage message={actionData?.message} />
      <p>
        {pulse.open
          ? t("instruments.pulse.openUntil", { date: formatDate(pulse.closesOn, locale) })
          : t("instruments.pulse.closedOn", { date: formatDate(pulse.closesOn, locale) })}{" "}
        · {t("instruments.pulse.answerCount", { count: pulse.answers })}
      </p>
      {link && qr ? (
        <section className="card stack" aria-labelledby="link-h">
          <h2 id="link-h">{t("instruments.pulse.linkHeading")}</h2>
          <p>{t("instruments.pulse.linkIntro")}</p>
          <p className="pulse-link">
            <a href={link}>{link}</a>
          </p>
          {/* The SVG is drawn by the qrcode library on the server from our own link: no user input. */}
          <div className="qr" role="img" aria-label={t("instruments.pulse.qrLabel")} dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="muted">{t("instruments.pulse.anonymity")}</p>
        </section>
      ) : null}
      {pulse.mode === "paper" && pulse.open ? (
        <section className="card stack" aria-labelledby="paper-h">
          <h2 id="paper-h">{t("instruments.paper.heading")}</h2>
          <p>
            <a href={`/pulse/${pulse.id}/paper`}>{t("instruments.paper.printable")}</a>
          </p>
          <PaperCounts pulseId={pulse.id} items={items} scale={scale} />
        </section>
      ) : null}
      {pulse.result ? (
        <section className="card stack" aria-labelledby="result-h">
          <h2 id="result-h">{t("instruments.pulse.resultHeading")}</h2>
          <PulseResult result={pulse.result} earlier={pulse.earlier} />
        </section>
      ) : (
        <p className="notice notice--info">{t("instruments.pulse.resultAfterClose")}</p>
      )}
      {pulse.open ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="close" />
          <input type="hidden" name="pulseId" value={pulse.id} />
          <p>{t("instruments.pulse.closeHint")}</p>
          <button type="submit" className="button button--secondary">
            {t("instruments.pulse.close")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
