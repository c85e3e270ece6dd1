import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { InstrumentQuestions } from "~/components/instruments/InstrumentQuestions";
import { answerField, pulseAnswerSchema } from "~/forms/instruments";
import { answerPulse, openPulseByToken } from "~/models/pulse.server";
import { answeredOnThisPhone, rememberAnswered } from "~/models/pulse-cookie.server";
import { takeAnswerSlot } from "~/models/pulse-rate.server";
import { type ActionResult, clientIp, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "instruments.answer.title"),
  { name: "robots", content: "noindex" },
];

// The public answer page of a team measurement: no sign-in, nothing about the person stored.
// Unknown, closed and paper measurements all look the same: nothing that tells them apart.
const notFound = () => new Response("Fant ikke siden.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const open = openPulseByToken(params.token ?? "");
  if (!open) throw notFound();
  const { instrument } = open;
  return {
    answered: (await answeredOnThisPhone(request)).includes(open.id),
    closesOn: open.closesOn,
    instrument: {
      slug: instrument.slug,
      title: instrument.title,
      audience: instrument.audience,
      intro: instrument.intro,
      caveat: instrument.caveat,
      scale: instrument.scale,
      items: instrument.items,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const open = openPulseByToken(token);
  if (!open) throw notFound();
  const done = await answeredOnThisPhone(request);
  if (done.includes(open.id)) return data<ActionResult>({ message: { key: "instruments.answer.already" } }, { status: 409 });
  if (!takeAnswerSlot(open.id, clientIp(request, context as { clientIp?: string })))
    return data<ActionResult>({ message: { key: "instruments.answer.tooMany" } }, { status: 429 });
  const submission = parseWithZod(await readForm(request), { schema: pulseAnswerSchema(open.instrument) });
  if (submission.status !== "success") return refuse(submission.reply());
  const values = submission.value as Record<string, unknown>;
  const result = answerPulse(
    token,
    open.instrument.items.map((i) => values[answerField(i.id)]),
  );
  if (!result.ok) {
    if (result.reason === "gone") throw notFound();
    return data<ActionResult>(
      { message: { key: `instruments.answer.${result.reason}` } },
      { status: result.reason === "full" ? 409 : 400 },
    );
  }
  throw redirect(`/p/${token}`, { headers: { "Set-Cookie": await rememberAnswered(done, open.id) } });
}

export default function AnswerPage() {
  const { t, i18n } = useTranslation();
  const { answered, closesOn, instrument } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const schema = pulseAnswerSchema(instrument);
  const [form] = useForm({
    id: "answer",
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
  });
  return (
    <section className="page stack" aria-labelledby="answer-title">
      <h1 id="answer-title">{instrument.title}</h1>
      {answered ? (
        <p className="notice notice--success" role="status">
          {t("instruments.answer.thanks")}
        </p>
      ) : (
        <>
          <p>{instrument.intro}</p>
          <p className="muted">{instrument.caveat}</p>
          <FormMessage message={actionData?.message} />
          <Form method="post" {...getFormProps(form)} className="stack">
            <InstrumentQuestions instrument={instrument} errors={form.allErrors} />
            <button type="submit" className="button">
              {t("instruments.answer.send")}
            </button>
          </Form>
        </>
      )}
      <details>
        <summary>{t("instruments.answer.privacyHeading")}</summary>
        <p>{t("instruments.answer.privacy", { date: formatDate(closesOn, i18n.language as Locale) })}</p>
        <p>{t("instruments.answer.oneDevice")}</p>
      </details>
    </section>
  );
}
