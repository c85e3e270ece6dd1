import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { EntryComments } from "~/components/journal/EntryComments";
import { ReflectionText } from "~/components/journal/ReflectionText";
import { CheckInCard } from "~/components/partner/CheckInCard";
import { CheckInFields, type ConversationFields } from "~/components/partner/CheckInFields";
import { CheckInStatusLine } from "~/components/partner/CheckInStatusLine";
import { NextTalkPanel } from "~/components/partner/NextTalkPanel";
import { SavedNotice } from "~/components/SavedNotice";
import { commentSchema, deleteCommentSchema } from "~/forms/journal";
import {
  amendCheckInSchema,
  cancelTalkSchema,
  checkInSchema,
  confirmCheckInSchema,
  deleteCheckInSchema,
  editCheckInSchema,
  planTalkSchema,
  topicsOf,
} from "~/forms/partner";
import {
  amendCheckIn,
  type ChangeResult,
  confirmCheckIn,
  deleteCheckIn,
  listCheckIns,
  logCheckIn,
  recentByPartner,
  topicChoices,
  topicLabel,
  updateCheckIn,
} from "~/models/check-in.server";
import type { Participation } from "~/models/cohort.server";
import { addComment, commentsByEntry, deleteComment } from "~/models/entry-comment.server";
import { listSharedWithMe } from "~/models/entry-share.server";
import { cancelNextTalk, getNextTalk, planNextTalk } from "~/models/next-talk.server";
import { checkInStatus, currentPartnership, earlierPartnerships, nextPartnership } from "~/models/partnership.server";
import { notFound, requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.partner")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const partnership = currentPartnership(user.id, participation);
  const checkIns = partnership
    ? listCheckIns(partnership.id).map((c) => ({
        id: c.id,
        heldOn: c.heldOn,
        minutes: c.minutes,
        format: c.format,
        topicRefs: c.topics,
        topics: c.topics.map(topicLabel),
        notes: c.notes,
        nextSteps: c.nextSteps,
        authorName: c.authorName,
        mine: c.authorId === user.id,
        confirmed: c.responses.length > 0,
        confirmedByMe: c.responses.some((r) => r.userId === user.id),
        responses: c.responses.map((r) => ({ userId: r.userId, name: r.name, reflection: r.reflection })),
        amendments: c.amendments.map((a) => ({ text: a.text, createdAt: a.createdAt })),
      }))
    : [];
  // Waiting for my confirmation first: nothing a partner logged gets lost further down the page.
  const waiting = checkIns.filter((c) => !c.mine && !c.confirmedByMe);
  const shared = listSharedWithMe(user.id);
  const comments = commentsByEntry(
    user.id,
    shared.map((e) => e.id),
  );
  const choices = topicChoices(user.id, participation);
  return {
    today: participation.clock.today,
    partnership,
    status: partnership ? checkInStatus(partnership, participation.cohort, participation.clock.today) : null,
    waiting,
    checkIns: checkIns.filter((c) => c.mine || c.confirmedByMe),
    recent: partnership ? recentByPartner(user.id, participation) : null,
    choices,
    // The agenda at the top of the log form: this week's topic and what was agreed last time.
    agenda: { topic: choices.thisWeek[0]?.label ?? null, lastAgreed: checkIns.find((c) => c.nextSteps)?.nextSteps ?? null },
    nextTalk: getNextTalk(user.id, participation),
    shared: shared.map((e) => ({
      ...e,
      comments: (comments.get(e.id) ?? []).map((c) => ({ ...c, mine: c.authorId === user.id })),
    })),
    earlier: earlierPartnerships(user.id, participation),
    next: nextPartnership(user.id, participation),
  };
}

type Intent = "log" | "edit" | "delete" | "amend" | "confirm" | "plan" | "cancel-plan" | "comment" | "delete-comment";
const INTENTS: Intent[] = ["edit", "delete", "amend", "confirm", "plan", "cancel-plan", "comment", "delete-comment"];

type Replyable = { reply: (options?: { fieldErrors?: Record<string, string[]> }) => SubmissionResult<string[]> };
type PartnerActionResult = ActionResult & { checkInId?: number };

/** 400 with the messages at the fields; `checkInId` tells the page which card's form they belong to. */
function refused(submission: Replyable, checkInId?: number, reason?: Exclude<ChangeResult, { ok: true }>["reason"]) {
  if (reason === "not-found") notFound();
  const field =
    reason === "future-date" || reason === "before-pairing" ? "heldOn" : reason === "unknown-topic" || reason === "empty" ? "topics" : null;
  const body: PartnerActionResult =
    reason && !field
      ? { message: { key: `partner.refused.${reason}` }, checkInId }
      : {
          result: submission.reply(field ? { fieldErrors: { [field]: [`partner.refused.${reason}`] } } : undefined),
          message: { key: "errors.formProblem" },
          checkInId,
        };
  return data<PartnerActionResult>(body, { status: 400 });
}

async function handle(intent: Intent, formData: FormData, userId: number, participation: Participation) {
  switch (intent) {
    case "plan": {
      const submission = parseWithZod(formData, { schema: planTalkSchema });
      if (submission.status !== "success") return refused(submission);
      const result = planNextTalk(userId, participation, submission.value);
      if (!result.ok) {
        if (result.reason === "no-partnership")
          return data<PartnerActionResult>({ message: { key: "partner.refused.no-partnership" } }, { status: 400 });
        return data<PartnerActionResult>(
          {
            result: submission.reply({ fieldErrors: { date: [`partner.plan.refused.${result.reason}`] } }),
            message: { key: "errors.formProblem" },
          },
          { status: 400 },
        );
      }
      throw redirect("/partner?saved=planned#next-talk");
    }
    case "cancel-plan": {
      const submission = parseWithZod(formData, { schema: cancelTalkSchema });
      if (submission.status !== "success") return refused(submission);
      if (!cancelNextTalk(userId, participation)) notFound();
      throw redirect("/partner?saved=planCancelled#next-talk");
    }
    case "comment": {
      const submission = parseWithZod(formData, { schema: commentSchema });
      if (submission.status !== "success") return refused(submission);
      if (!addComment(userId, submission.value.entryId, submission.value.body)) notFound();
      throw redirect(`/partner?saved=commented#shared-${submission.value.entryId}`);
    }
    case "delete-comment": {
      const submission = parseWithZod(formData, { schema: deleteCommentSchema });
      if (submission.status !== "success") return refused(submission);
      if (!deleteComment(userId, submission.value.commentId)) notFound();
      throw redirect("/partner?saved=commentDeleted#shared-title");
    }
    case "confirm": {
      const submission = parseWithZod(formData, { schema: confirmCheckInSchema });
      if (submission.status !== "success") return refuse(submission.reply());
      const { checkInId, reflection } = submission.value;
      if (!confirmCheckIn(userId, checkInId, reflection)) notFound();
      throw redirect(`/partner?saved=confirmed&checkIn=${checkInId}#checkin-${checkInId}`);
    }
    case "edit": {
      const submission = parseWithZod(formData, { schema: editCheckInSchema });
      if (submission.status !== "success") return refused(submission, Number(formData.get("checkInId")) || undefined);
      const { checkInId, ...v } = submission.value;
      const result = updateCheckIn(userId, participation, checkInId, { ...v, topics: topicsOf(v) });
      if (!result.ok) return refused(submission, checkInId, result.reason);
      throw redirect(`/partner?saved=edited&checkIn=${checkInId}#checkin-${checkInId}`);
    }
    case "delete": {
      const submission = parseWithZod(formData, { schema: deleteCheckInSchema });
      if (submission.status !== "success") return refuse(submission.reply());
      const result = deleteCheckIn(userId, submission.value.checkInId);
      if (!result.ok) return refused(submission, submission.value.checkInId, result.reason);
      throw redirect("/partner?saved=deleted#history-title");
    }
    case "amend": {
      const submission = parseWithZod(formData, { schema: amendCheckInSchema });
      if (submission.status !== "success") return refused(submission, Number(formData.get("checkInId")) || undefined);
      const { checkInId, text } = submission.value;
      const result = amendCheckIn(userId, checkInId, text);
      if (!result.ok) return refused(submission, checkInId, result.reason);
      throw redirect(`/partner?saved=amended&checkIn=${checkInId}#checkin-${checkInId}`);
    }
    default: {
      const submission = parseWithZod(formData, { schema: checkInSchema });
      if (submission.status !== "success") return refuse(submission.reply());
      const result = logCheckIn(userId, participation, { ...submission.value, topics: topicsOf(submission.value) });
      if (!result.ok) return refused(submission, undefined, result.reason);
      throw redirect(`/partner?saved=logged&checkIn=${result.id}#checkin-${result.id}`);
    }
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const formData = await readForm(request);
  const raw = formData.get("intent");
  const intent: Intent = INTENTS.find((i) => i === raw) ?? "log";
  return handle(intent, formData, user.id, participation);
}

export default function Partner() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<PartnerActionResult>();
  const [params] = useSearchParams();
  const logResult = actionData?.checkInId ? undefined : actionData?.result;
  const [form, fields] = useForm({
    id: "log",
    lastResult: logResult,
    // Conform keeps checkboxes in step with its own value, so the ticked topics belong here too.
    defaultValue: { heldOn: d.today, minutes: "30", format: "video", topics: d.choices.thisWeek.map((c) => c.value) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: checkInSchema }),
    shouldValidate: "onBlur",
  });
  if (!d.partnership) {
    return (
      <section className="page" aria-labelledby="partner-title">
        <h1 id="partner-title">{t("partner.title")}</h1>
        <p className="empty">{t("partner.none")}</p>
        {d.next ? (
          <p>
            {t("partner.noneButNext", {
              week: d.next.fromWeek,
              date: formatDate(d.next.startsOn, locale),
              names: d.next.partners.join(", "),
            })}
          </p>
        ) : null}
      </section>
    );
  }
  const p = d.partnership;
  const readers = p.partners.map((x) => x.name).join(", ");
  // A card's own success message is shown on the card the person stays at (?saved=…&checkIn=id).
  const savedFor = (id: number) => (params.get("checkIn") === String(id) ? params.get("saved") : null);
  const card = (c: (typeof d.checkIns)[number]) => (
    <CheckInCard key={c.id} c={c} readers={readers} today={d.today} choices={d.choices} actionData={actionData} savedKey={savedFor(c.id)} />
  );
  return (
    <section className="page" aria-labelledby="partner-title">
      <h1 id="partner-title">{t("partner.title")}</h1>
      <SavedNotice keys={["deleted", "planned", "planCancelled", "commented", "commentDeleted"]} prefix="partner.saved" />
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
        {d.next ? (
          <p>
            {t("partner.nextPeriod", {
              week: d.next.fromWeek,
              date: formatDate(d.next.startsOn, locale),
              names: d.next.partners.join(", "),
            })}
          </p>
        ) : null}
        {d.status ? <CheckInStatusLine status={d.status} showLast /> : null}
      </div>

      {d.waiting.length ? (
        <section aria-labelledby="waiting-title" className="panel panel--attention">
          <h2 id="waiting-title">{t("partner.waitingTitle", { count: d.waiting.length })}</h2>
          <ol className="checkin-list">{d.waiting.map(card)}</ol>
        </section>
      ) : null}

      <NextTalkPanel talk={d.nextTalk} today={d.today} actionData={actionData} />

      <section aria-labelledby="log-title" className="panel">
        <h2 id="log-title">{t("partner.logTitle")}</h2>
        {d.agenda.topic || d.agenda.lastAgreed ? (
          <div className="agenda">
            <h3>{t("partner.agenda.title")}</h3>
            <ul>
              {d.agenda.topic ? <li>{t("partner.agenda.topic", { topic: d.agenda.topic })}</li> : null}
              {d.agenda.lastAgreed ? <li className="pre">{t("partner.agenda.lastAgreed", { text: d.agenda.lastAgreed })}</li> : null}
            </ul>
          </div>
        ) : null}
        {d.recent ? (
          <p className="notice notice--info">
            {t("partner.alreadyLogged", {
              name: d.recent.authorName ?? t("partner.deletedUser"),
              date: formatDate(d.recent.heldOn, locale),
            })}{" "}
            <Link to={`#checkin-${d.recent.id}`}>{t("partner.confirmInstead")}</Link>
          </p>
        ) : null}
        <p className="field-hint">{t("partner.oneLogs")}</p>
        <Form method="post" {...getFormProps(form)} className="stack stack--wide">
          <input type="hidden" name="intent" value="log" />
          <CheckInFields
            fields={fields as unknown as ConversationFields}
            today={d.today}
            choices={d.choices}
            chosen={d.choices.thisWeek.map((c) => c.value)}
          />
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
          {d.checkIns.map(card)}
        </ol>
      )}

      <h2 id="shared-title">{t("partner.sharedTitle")}</h2>
      {d.shared.length === 0 ? (
        <p className="empty">{t("partner.sharedEmpty")}</p>
      ) : (
        <ol className="entry-list" aria-labelledby="shared-title">
          {d.shared.map((e) => (
            <li key={e.id} className="entry-card" id={`shared-${e.id}`}>
              <h3>{e.title}</h3>
              <p className="muted">{t("partner.sharedBy", { name: e.author, date: formatDate(new Date(e.grantedAt), locale) })}</p>
              <ReflectionText text={e.body} />
              <EntryComments entryId={e.id} comments={e.comments} readers={e.author} canDeleteAll={false} actionData={actionData} />
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
