import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { GatheringDetails } from "~/components/GatheringDetails";
import { SavedNotice } from "~/components/SavedNotice";
import { rsvpSchema } from "~/forms/gathering";
import { answerGathering, gatheringsAhead } from "~/models/gathering.server";
import { requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { instrumentsOfSamling } from "~/utils/instruments.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.gatherings")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  return {
    gatherings: gatheringsAhead(user.id, participation).map((g) => ({ ...g, instruments: instrumentsOfSamling(g.plannedKey) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const submission = parseWithZod(await readForm(request), { schema: rsvpSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const { gatheringId, answer, apology } = submission.value;
  const result = answerGathering(user.id, participation, gatheringId, answer === "attending", apology || null);
  if (!result.ok) {
    if (result.reason === "not-found") throw new Response("Not found", { status: 404 });
    return data<ActionResult>(
      { message: { key: result.reason === "cancelled" ? "gatherings.cancelledNoAnswer" : "gatherings.alreadyHeld" } },
      { status: 400 },
    );
  }
  throw redirect(`/gatherings?saved=${answer}&samling=${gatheringId}#samling-${gatheringId}`);
}

export default function Gatherings() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { gatherings } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  // The answer is confirmed on the card the page comes back to, not above the fold.
  const answeredId = Number(useSearchParams()[0].get("samling"));
  return (
    <section className="page" aria-labelledby="gatherings-title">
      <h1 id="gatherings-title">{t("gatherings.title")}</h1>
      <p>{t("gatherings.intro")}</p>
      <FormMessage message={actionData?.message} />
      {gatherings.length === 0 ? <p className="empty">{t("gatherings.empty")}</p> : null}
      <ol className="gathering-list">
        {gatherings.map((g) => {
          const starts = new Date(g.startsAt);
          const ends = new Date(g.endsAt);
          const sameDay = formatDate(starts, locale) === formatDate(ends, locale);
          return (
            <li
              key={g.id}
              id={`samling-${g.id}`}
              className={`card gathering${g.held ? " gathering--held" : ""}${g.cancelledAt ? " gathering--cancelled" : ""}`}
            >
              <h2>
                {g.title}
                {g.cancelledAt ? (
                  <>
                    {" "}
                    <span className="badge badge--cancelled">{t("gatherings.cancelledBadge")}</span>
                  </>
                ) : null}
              </h2>
              <p>
                <strong className={g.cancelledAt ? "struck" : undefined}>
                  {formatDate(starts, locale)} {formatTime(starts)}–
                  {sameDay ? formatTime(ends) : `${formatDate(ends, locale)} ${formatTime(ends)}`}
                </strong>
                {g.place ? ` · ${g.place}` : null}
              </p>
              {g.cancelledAt ? (
                <div className="notice" role="note">
                  <p>{t("gatherings.cancelledText")}</p>
                  {g.cancelNote ? <p>{t("gatherings.cancelMessage", { message: g.cancelNote })}</p> : null}
                </div>
              ) : (
                <>
                  {g.rsvpDeadline && !g.held ? (
                    <p>
                      {g.deadlinePassed
                        ? t("gatherings.deadlinePassed", { date: formatDate(g.rsvpDeadline, locale) })
                        : t("gatherings.deadline", { date: formatDate(g.rsvpDeadline, locale) })}
                    </p>
                  ) : null}
                  <GatheringDetails gathering={g} headingLevel={3} />
                </>
              )}
              {g.instruments.length ? (
                <ul>
                  {g.instruments.map((i) => (
                    <li key={i.slug}>
                      {t("instruments.samling.belongs")} <Link to={i.to}>{i.title}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
              {g.cancelledAt ? null : (
                <p>
                  <a href={`/gatherings/${g.id}.ics`} download>
                    {t("gatherings.addToCalendar")}
                    <span className="visually-hidden"> ({g.title})</span>
                  </a>
                </p>
              )}
              {g.cancelledAt ? null : g.held ? (
                <p className="muted">
                  {g.status ? t("gatherings.recorded", { status: t(`gatherings.status.${g.status}`) }) : t("gatherings.notRecorded")}
                </p>
              ) : (
                <Form method="post" action={`/gatherings#samling-${g.id}`} className="stack stack--wide">
                  <input type="hidden" name="gatheringId" value={g.id} />
                  <fieldset>
                    <legend>
                      {t("gatherings.yourAnswer")}
                      {g.rsvp ? ` (${t("gatherings.current", { answer: t(`gatherings.answer.${g.rsvp}`) })})` : null}
                    </legend>
                    <div className="choice">
                      <input
                        type="radio"
                        id={`a-${g.id}-yes`}
                        name="answer"
                        value="attending"
                        defaultChecked={g.rsvp === "attending"}
                        required
                      />
                      <label htmlFor={`a-${g.id}-yes`}>{t("gatherings.answer.attending")}</label>
                    </div>
                    <div className="choice">
                      <input
                        type="radio"
                        id={`a-${g.id}-no`}
                        name="answer"
                        value="not_attending"
                        defaultChecked={g.rsvp === "not_attending"}
                      />
                      <label htmlFor={`a-${g.id}-no`}>{t("gatherings.answer.not_attending")}</label>
                    </div>
                  </fieldset>
                  <div className="field">
                    <label htmlFor={`apology-${g.id}`}>{t("gatherings.apology")}</label>
                    <input id={`apology-${g.id}`} name="apology" maxLength={500} defaultValue={g.apology ?? ""} />
                  </div>
                  <button type="submit" className="button button--secondary">
                    {t("gatherings.send")}
                  </button>
                  {answeredId === g.id ? <SavedNotice keys={["attending", "not_attending"]} prefix="gatherings.saved" /> : null}
                </Form>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
