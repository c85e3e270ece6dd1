import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { NoteForm, ReminderForm, StatusForm, StatusList } from "~/components/owner/FollowUpActions";
import { Stats } from "~/components/owner/Stats";
import { SavedNotice } from "~/components/SavedNotice";
import { ScrollTable } from "~/components/ScrollTable";
import { noteSchema, reminderSchema, removeStatusSchema, statusSchema } from "~/forms/follow-up";
import { addNote, isParticipant, participantDetail, removeStatus, sendReminder, setStatus } from "~/models/follow-up.server";
import { participantRows, weekGrid } from "~/models/progress.server";
import { notFound, parseId, requireCohortOwner } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse, schemaForIntent } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.participants")];

// What an owner may know about one participant: counts, dates, statuses, partners and contact,
// and the owners' own notes — no text the participant wrote.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const userId = parseId(params.userId);
  const row = participantRows(cohort).find((r) => r.userId === userId);
  const detail = participantDetail(cohort, userId, user);
  if (!row || !detail) notFound();
  return {
    cohortId: cohort.id,
    row,
    detail,
    grid: weekGrid(cohort, [userId]).get(userId) ?? [],
    thresholds: { challenge: cohort.followUpChallengeWeeks, checkIn: cohort.followUpCheckInWeeks },
  };
}

export type FollowUpActionData = ActionResult & { form?: string; lastSentAt?: number };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const userId = parseId(params.userId);
  if (!isParticipant(cohort.id, userId)) notFound();
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const back = (saved: string) => redirect(`/admin/cohorts/${cohort.id}/participants/${userId}?saved=${saved}`);
  const schema = schemaForIntent(
    { remind: reminderSchema, note: noteSchema, status: statusSchema, "remove-status": removeStatusSchema },
    intent,
  );
  if (!schema) return refuse({ status: "error", error: { intent: ["errors.invalidChoice"] } });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success")
    return data<FollowUpActionData>({ result: submission.reply(), form: intent, message: { key: "errors.formProblem" } }, { status: 400 });
  const v = submission.value;
  if (v.intent === "remind") {
    const res = sendReminder(user, cohort, userId, v.confirm === "yes");
    if (!res.ok && res.reason === "not-found") notFound();
    if (!res.ok)
      return data<FollowUpActionData>(
        { form: "remind", lastSentAt: res.lastSentAt?.getTime(), message: { key: "followUp.reminder.recent" } },
        { status: 409 },
      );
    throw back("reminder");
  }
  if (v.intent === "note") {
    if (!addNote(user, cohort, userId, v.body)) notFound();
    throw back("note");
  }
  if (v.intent === "status") {
    if (!setStatus(user, cohort, userId, { kind: v.kind, fromDate: v.fromDate, toDate: v.toDate ?? null })) notFound();
    throw back("status");
  }
  if (!removeStatus(user, cohort, userId, v.statusId)) notFound();
  throw back("statusRemoved");
}

export default function OwnerParticipant() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { cohortId, row: r, detail: d, grid, thresholds } = useLoaderData<typeof loader>();
  const actionData = useActionData<FollowUpActionData>();
  const count = (s: string) => grid.filter((g) => g === s).length;
  const when = (ms: number) => `${formatDate(new Date(ms), locale)} ${formatTime(new Date(ms))}`;
  return (
    <section aria-labelledby="p-title">
      <p>
        <Link to={`/admin/cohorts/${cohortId}/participants`}>← {t("owner.tabs.participants")}</Link>
      </p>
      <h2 id="p-title">{r.name}</h2>
      <p>
        <a href={`mailto:${d.person.email}`}>{d.person.email}</a> · {t(`owner.standing.${r.standing}`)}
      </p>
      <SavedNotice keys={["reminder", "note", "status", "statusRemoved"]} prefix="followUp.saved" />
      <FormMessage message={actionData?.message} />
      {d.statusToday ? (
        <p className="notice">
          {t("followUp.status.today", { kind: t(`followUp.status.kind.${d.statusToday.kind}`) })} {t("followUp.status.outOfFigures")}
        </p>
      ) : r.reasons.length ? (
        <p className="notice">
          {t("owner.followUp.title")}: {r.reasons.map((x) => t(`owner.reason.${x}`, thresholds)).join(" · ")}
        </p>
      ) : null}
      <Stats
        items={[
          { label: t("owner.person.done"), value: r.done },
          { label: t("owner.person.late"), value: r.late },
          { label: t("owner.person.skipped"), value: r.skipped },
          { label: t("owner.person.missed"), value: r.missed },
          { label: t("owner.person.modules"), value: r.modulesCompleted },
          { label: t("owner.person.attended"), value: r.attended },
        ]}
      />
      <ul>
        <li>{t("owner.person.lastLogin", { date: r.lastLoginAt ? formatDate(new Date(r.lastLoginAt), locale) : t("admin.never") })}</li>
        <li>
          {t("owner.person.lastActivity", { date: r.lastActivityAt ? formatDate(new Date(r.lastActivityAt), locale) : t("admin.never") })}
        </li>
        <li>{t("owner.person.lastCheckIn", { date: r.lastCheckIn ? formatDate(r.lastCheckIn, locale) : t("admin.never") })}</li>
        <li>{t("owner.person.lastDoneWeek", { week: r.lastDoneWeek ?? "–" })}</li>
      </ul>
      <p className="muted">
        {t("owner.person.weeksSummary", { done: count("done") + count("late"), missed: count("missed"), coming: count("coming") })}
      </p>
      <p className="muted">{t("owner.person.privacy")}</p>

      <section aria-labelledby="partners-title">
        <h3 id="partners-title">{t("followUp.partners.title")}</h3>
        {d.partners.length === 0 ? (
          <p className="empty">{t("followUp.partners.none")}</p>
        ) : (
          <ul>
            {d.partners.map((p) => (
              <li key={`${p.fromWeek}-${p.email}`}>
                {p.current ? <strong>{t("followUp.partners.now")}: </strong> : null}
                {p.name} (<a href={`mailto:${p.email}`}>{p.email}</a>) —{" "}
                {t("followUp.partners.period", { from: formatDate(p.startsOn, locale), to: formatDate(p.endsOn, locale) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="rsvp-title">
        <h3 id="rsvp-title">{t("followUp.rsvp.title")}</h3>
        {d.rsvps.length === 0 ? (
          <p className="empty">{t("gatherings.empty")}</p>
        ) : (
          <ScrollTable
            labelledBy="rsvp-title"
            headers={[t("owner.attendance.gathering"), t("followUp.rsvp.answer"), t("followUp.rsvp.attendance")]}
          >
            {d.rsvps.map((g) => (
              <tr key={g.gatheringId}>
                <th scope="row">
                  {g.title}
                  <br />
                  <span className="muted">{formatDate(new Date(g.startsAt), locale)}</span>
                </th>
                <td>{g.rsvp ? t(`followUp.rsvp.${g.rsvp}`) : t("followUp.rsvp.none")}</td>
                <td>{g.cancelledAt ? t("gatherings.cancelledBadge") : g.status ? t(`gatherings.status.${g.status}`) : "–"}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="remind-title">
        <h3 id="remind-title">{t("followUp.reminder.title")}</h3>
        <p className="muted">{t("followUp.reminder.intro")}</p>
        <blockquote className="panel pre">{d.reminderPreview}</blockquote>
        <p className="muted">
          <Link to={`/admin/cohorts/${cohortId}/settings#reminder-template`}>{t("followUp.reminder.editTemplate")}</Link>
        </p>
        {d.lastReminder ? (
          <p>{t("followUp.reminder.last", { when: when(new Date(d.lastReminder.sentAt).getTime()), by: d.lastReminder.by ?? "–" })}</p>
        ) : null}
        <ReminderForm needsConfirm={actionData?.form === "remind" && !!actionData.lastSentAt} />
      </section>

      <section aria-labelledby="notes-title">
        <h3 id="notes-title">{t("followUp.notes.title")}</h3>
        <p className="muted">{t("followUp.notes.privacy")}</p>
        <NoteForm result={actionData?.form === "note" ? actionData.result : undefined} />
        {d.notes.length === 0 ? (
          <p className="empty">{t("followUp.notes.none")}</p>
        ) : (
          <ol className="entry-list">
            {d.notes.map((n) => (
              <li key={n.id} className="entry-card">
                <p className="pre">{n.body}</p>
                <p className="muted">
                  {n.author ?? t("partner.deletedUser")} · {when(new Date(n.createdAt).getTime())}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="status-title">
        <h3 id="status-title">{t("followUp.status.title")}</h3>
        <p className="muted">{t("followUp.status.intro")}</p>
        <StatusList statuses={d.statuses} />
        <StatusForm result={actionData?.form === "status" ? actionData.result : undefined} />
      </section>
    </section>
  );
}
