import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { GatheringDetails } from "~/components/GatheringDetails";
import { GatheringFields } from "~/components/owner/GatheringFields";
import { Stats } from "~/components/owner/Stats";
import { SavedNotice } from "~/components/SavedNotice";
import { ScrollTable } from "~/components/ScrollTable";
import { gatheringSchema } from "~/forms/owner";
import { cancelSamlingSchema, samlingActionSchema } from "~/forms/samling";
import {
  type AttendanceStatus,
  gatheringFormValues,
  gatheringRoster,
  getCohortGathering,
  recordAttendance,
  refusalErrors,
  updateGathering,
} from "~/models/gathering.server";
import { deadlineReminderState } from "~/models/samling-deadline.server";
import { attendanceOpen, cancelGathering, markAllAttended, remindNonResponders, whoIsComing } from "~/models/samling-owner.server";
import { notFound, parseId, requireCohortOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.gatherings")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  const roster = gatheringRoster(cohort.id, parseId(params.gatheringId));
  if (!roster) notFound();
  const coming = whoIsComing(cohort.id, roster.gathering.id);
  return {
    cohortId: cohort.id,
    timeZone: cohort.timeZone,
    gathering: roster.gathering,
    values: gatheringFormValues(roster.gathering, cohort.timeZone),
    people: roster.people,
    coming,
    attendanceOpen: attendanceOpen(cohort, roster.gathering.startsAt),
    started: roster.gathering.startsAt.getTime() <= clock.nowMs(),
    held: roster.gathering.endsAt.getTime() <= clock.nowMs(),
    deadlineReminder: deadlineReminderState(roster.gathering, cohort.timeZone, coming.noAnswer.length),
  };
}

const STATUSES = ["attended", "excused", "absent"] as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const gatheringId = parseId(params.gatheringId);
  if (!getCohortGathering(cohort.id, gatheringId)) notFound();
  const formData = await readForm(request);
  const back = `/admin/cohorts/${cohort.id}/gatherings/${gatheringId}`;
  const intent = formData.get("intent");
  const isCancelled = () => data<ActionResult>({ message: { key: "samlingOwner.isCancelled" } }, { status: 409 });
  if (intent === "rsvp-reminder" || intent === "all-attended") {
    const submission = parseWithZod(formData, { schema: samlingActionSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    if (submission.value.intent === "rsvp-reminder") {
      const res = remindNonResponders(user, cohort, gatheringId);
      if (!res.ok)
        return res.reason === "cancelled"
          ? isCancelled()
          : data<ActionResult>({ message: { key: "samlingOwner.alreadyStarted" } }, { status: 409 });
      throw redirect(`${back}?saved=reminded&count=${res.count}`);
    }
    const res = markAllAttended(user, cohort, gatheringId);
    if (!res.ok)
      return res.reason === "cancelled"
        ? isCancelled()
        : data<ActionResult>({ message: { key: "samlingOwner.tooEarly" } }, { status: 409 });
    throw redirect(`${back}?saved=attendance`);
  }
  if (intent === "cancel") {
    const submission = parseWithZod(formData, { schema: cancelSamlingSchema });
    if (submission.status !== "success")
      return data<ActionResult & { form: string }>(
        { result: submission.reply(), form: "cancel", message: { key: "errors.formProblem" } },
        { status: 400 },
      );
    const res = cancelGathering(user, cohort, gatheringId, submission.value.message);
    if (!res.ok) {
      if (res.reason === "not-found") notFound();
      return res.reason === "cancelled"
        ? isCancelled()
        : data<ActionResult>({ message: { key: "samlingOwner.alreadyHeld" } }, { status: 409 });
    }
    throw redirect(`${back}?saved=cancelled`);
  }
  if (intent === "attendance") {
    const marks: { userId: number; status: AttendanceStatus | null; note: string }[] = [];
    for (const [k, v] of formData) {
      const m = /^status-(\d+)$/.exec(k);
      if (!m) continue;
      const value = String(v);
      if (value !== "" && !(STATUSES as readonly string[]).includes(value))
        return data<ActionResult>({ message: { key: "errors.invalidChoice" } }, { status: 400 });
      const note = String(formData.get(`note-${m[1]}`) ?? "").trim();
      if (note.length > 500) return data<ActionResult>({ message: { key: "errors.tooLong" } }, { status: 400 });
      marks.push({ userId: Number(m[1]), status: value ? (value as AttendanceStatus) : null, note });
    }
    const result = recordAttendance(user, cohort.id, gatheringId, marks);
    if (!result.ok) {
      if (result.reason === "not-found") notFound();
      if (result.reason === "too-early") return data<ActionResult>({ message: { key: "samlingOwner.tooEarly" } }, { status: 409 });
      if (result.reason === "cancelled") return isCancelled();
      return data<ActionResult>({ message: { key: "owner.gathering.notMember" } }, { status: 400 });
    }
    throw redirect(`${back}?saved=attendance`);
  }
  const submission = parseWithZod(formData, { schema: gatheringSchema });
  if (submission.status !== "success")
    return data<ActionResult>({ result: submission.reply(), message: { key: "errors.formProblem" } }, { status: 400 });
  const result = updateGathering(user, cohort, gatheringId, submission.value);
  if (!result.ok) {
    if (result.reason === "not-found") notFound();
    if (result.reason === "cancelled") return isCancelled();
    return data<ActionResult>(
      { result: submission.reply({ fieldErrors: refusalErrors(result.reason) }), message: { key: "errors.formProblem" } },
      { status: 400 },
    );
  }
  throw redirect(`${back}?saved=updated`);
}

export default function OwnerGathering() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const {
    cohortId,
    timeZone,
    gathering: g,
    values,
    people,
    coming,
    attendanceOpen: open,
    started,
    held,
    deadlineReminder,
  } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const actionData = useActionData<ActionResult & { form?: string }>();
  const errors = actionData?.result?.error as Record<string, string[] | undefined> | undefined;
  const starts = new Date(g.startsAt);
  const cancelled = !!g.cancelledAt;
  return (
    <>
      <p>
        <Link to={`/admin/cohorts/${cohortId}/gatherings`}>← {t("owner.tabs.gatherings")}</Link>
      </p>
      <h2>
        {g.title}
        {cancelled ? (
          <>
            {" "}
            <span className="badge badge--cancelled">{t("samlingOwner.cancelledBadge")}</span>
          </>
        ) : null}
      </h2>
      <p>
        {formatDate(starts, locale, timeZone)} {formatTime(starts, timeZone)} {g.place ? `· ${g.place}` : null}
      </p>
      {actionData?.message ? (
        <FormMessage message={actionData.message} />
      ) : params.get("saved") === "reminded" ? (
        <FormMessage message={{ key: "samlingOwner.reminded", values: { count: Number(params.get("count")) || 0 }, tone: "success" }} />
      ) : (
        <SavedNotice keys={["attendance", "updated", "cancelled"]} prefix="owner.gathering.saved" />
      )}
      {cancelled ? (
        <div className="notice" role="note">
          <p>
            <strong>{t("samlingOwner.cancelledOn", { date: formatDate(new Date(g.cancelledAt!), locale, timeZone) })}</strong>{" "}
            {t("samlingOwner.cancelledExplain")}
          </p>
          {g.cancelNote ? <p>{t("samlingOwner.cancelMessageShown", { message: g.cancelNote })}</p> : null}
        </div>
      ) : null}
      <SamlingDetails g={g} timeZone={timeZone} reminder={deadlineReminder} />
      {cancelled ? null : (
        <>
          <section aria-labelledby="coming-title">
            <h3 id="coming-title">{t("samlingOwner.comingTitle")}</h3>
            <Stats
              items={[
                { label: t("samlingOwner.attending"), value: coming.attending.length },
                { label: t("samlingOwner.notAttending"), value: coming.notAttending.length },
                { label: t("samlingOwner.noAnswer"), value: coming.noAnswer.length },
              ]}
            />
            {coming.attending.length ? <p>{t("samlingOwner.attendingNames", { names: coming.attending.join(", ") })}</p> : null}
            {coming.noAnswer.length ? <p>{t("samlingOwner.noAnswerNames", { names: coming.noAnswer.join(", ") })}</p> : null}
            {!started && coming.noAnswer.length ? (
              <Form method="post">
                <input type="hidden" name="intent" value="rsvp-reminder" />
                <button type="submit" className="button button--secondary">
                  {t("samlingOwner.remind", { count: coming.noAnswer.length })}
                </button>
                <p className="field-hint">{t("samlingOwner.remindHint")}</p>
              </Form>
            ) : null}
          </section>
          <section aria-labelledby="att-title">
            <h3 id="att-title">{t("owner.gathering.attendanceTitle")}</h3>
            {!open ? <p className="notice">{t("samlingOwner.attendanceLater", { date: formatDate(starts, locale, timeZone) })}</p> : null}
            {open ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="all-attended" />
                <button type="submit" className="button button--secondary">
                  {t("samlingOwner.allAttended")}
                </button>
                <p className="field-hint">{t("samlingOwner.allAttendedHint")}</p>
              </Form>
            ) : null}
            <p className="muted">{t("samlingOwner.noteHint")}</p>
            {open ? (
              <Form method="post">
                <input type="hidden" name="intent" value="attendance" />
                <ScrollTable
                  labelledBy="att-title"
                  className="stack-on-phone"
                  headers={[t("admin.name"), t("owner.gathering.answer"), t("owner.gathering.recorded"), t("owner.gathering.note")]}
                >
                  {people.map((p) => (
                    <tr key={p.userId}>
                      <th scope="row">{p.name}</th>
                      <td>
                        {p.rsvp ? t(`gatherings.answer.${p.rsvp}`) : t("owner.gathering.noAnswer")}
                        {p.apology ? <div className="muted">«{p.apology}»</div> : null}
                      </td>
                      <td>
                        <fieldset className="radio-row">
                          <legend className="visually-hidden">{t("owner.gathering.recordFor", { name: p.name })}</legend>
                          {STATUSES.map((s) => (
                            <span className="choice" key={s}>
                              <input
                                type="radio"
                                id={`s-${p.userId}-${s}`}
                                name={`status-${p.userId}`}
                                value={s}
                                // An apology counts as «meldt forfall» until the owner says otherwise.
                                defaultChecked={(p.status ?? (p.rsvp === "not_attending" ? "excused" : null)) === s}
                              />
                              <label htmlFor={`s-${p.userId}-${s}`}>{t(`owner.gathering.status.${s}`)}</label>
                            </span>
                          ))}
                        </fieldset>
                      </td>
                      <td>
                        <label className="visually-hidden" htmlFor={`note-${p.userId}`}>
                          {t("owner.gathering.noteFor", { name: p.name })}
                        </label>
                        <input id={`note-${p.userId}`} name={`note-${p.userId}`} defaultValue={p.note ?? ""} maxLength={500} />
                      </td>
                    </tr>
                  ))}
                </ScrollTable>
                <button type="submit" className="button">
                  {t("owner.gathering.saveAttendance")}
                </button>
              </Form>
            ) : null}
          </section>
          <details className="panel" open={!!errors && actionData?.form !== "cancel"}>
            <summary>{t("owner.gathering.edit")}</summary>
            <p className="field-hint">{t("samlingOwner.editHint")}</p>
            <Form method="post" className="stack stack--wide">
              <GatheringFields
                prefix="edit"
                values={
                  actionData?.form === "cancel"
                    ? values
                    : { ...values, ...((actionData?.result?.initialValue as Record<string, string> | null | undefined) ?? {}) }
                }
                errors={actionData?.form === "cancel" ? undefined : errors}
              />
              <button type="submit" className="button button--secondary">
                {t("owner.gathering.saveEdit")}
              </button>
            </Form>
          </details>
          {held ? null : (
            <details className="panel" open={actionData?.form === "cancel"}>
              <summary>{t("samlingOwner.cancelTitle")}</summary>
              <Form method="post" className="stack stack--wide">
                <input type="hidden" name="intent" value="cancel" />
                <p>{t("samlingOwner.cancelIntro")}</p>
                <div className="field">
                  <label htmlFor="cancel-message">{t("samlingOwner.cancelMessage")}</label>
                  <textarea
                    id="cancel-message"
                    name="message"
                    rows={3}
                    maxLength={1000}
                    aria-invalid={actionData?.form === "cancel" && errors?.message ? true : undefined}
                    aria-describedby={actionData?.form === "cancel" && errors?.message ? "cancel-message-error" : undefined}
                  />
                  <FieldError id="cancel-message-error" errors={actionData?.form === "cancel" ? errors?.message : undefined} />
                </div>
                <div className="choice">
                  <input
                    type="checkbox"
                    id="cancel-confirm"
                    name="confirm"
                    value="yes"
                    aria-invalid={actionData?.form === "cancel" && errors?.confirm ? true : undefined}
                    aria-describedby={actionData?.form === "cancel" && errors?.confirm ? "cancel-confirm-error" : undefined}
                  />
                  <label htmlFor="cancel-confirm">{t("samlingOwner.cancelConfirm")}</label>
                </div>
                <FieldError id="cancel-confirm-error" errors={actionData?.form === "cancel" ? errors?.confirm : undefined} />
                <button type="submit" className="button button--danger">
                  {t("samlingOwner.cancelButton")}
                </button>
              </Form>
            </details>
          )}
        </>
      )}
    </>
  );
}

/** What participants see of the samling, and when the automatic deadline reminder goes or went. */
function SamlingDetails({
  g,
  timeZone,
  reminder,
}: {
  g: { rsvpDeadline: string | null; onlineUrl: string; agenda: string; practical: string; cancelledAt: string | Date | null };
  timeZone: string;
  reminder: ReturnType<typeof useLoaderData<typeof loader>>["deadlineReminder"];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const at = "at" in reminder ? new Date(reminder.at) : null;
  return (
    <section aria-labelledby="details-title">
      <h3 id="details-title">{t("samlingOwner.detailsTitle")}</h3>
      <p>
        {g.rsvpDeadline ? t("samlingOwner.deadlineLine", { date: formatDate(g.rsvpDeadline, locale) }) : t("samlingOwner.noDeadline")}
        {g.rsvpDeadline && !g.cancelledAt ? (
          <>
            {" "}
            {reminder.state === "planned" && at
              ? t("samlingOwner.reminderPlanned", { date: formatDate(at, locale, timeZone), time: formatTime(at, timeZone) })
              : reminder.state === "sent" && at
                ? t("samlingOwner.reminderSent", {
                    count: reminder.count,
                    date: formatDate(at, locale, timeZone),
                    time: formatTime(at, timeZone),
                  })
                : reminder.state === "due"
                  ? t("samlingOwner.reminderDue")
                  : reminder.state === "all-answered"
                    ? t("samlingOwner.reminderNotNeeded")
                    : reminder.state === "not-sent"
                      ? t("samlingOwner.reminderNotSent")
                      : null}
          </>
        ) : null}
      </p>
      <GatheringDetails gathering={g} headingLevel={4} />
    </section>
  );
}
