import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { EntryComments } from "~/components/journal/EntryComments";
import { ForgetBrowserDraft } from "~/components/journal/EntryForm";
import { EntryOriginLine } from "~/components/journal/EntryOriginLine";
import { ReflectionText } from "~/components/journal/ReflectionText";
import { SharePanel } from "~/components/journal/SharePanel";
import { SavedNotice } from "~/components/SavedNotice";
import { commentSchema, deleteCommentSchema, deleteSchema, revokeSchema, shareSchema } from "~/forms/journal";
import { addComment, deleteComment, listComments } from "~/models/entry-comment.server";
import { entryShares, revokeShare, shareEntry } from "~/models/entry-share.server";
import { deleteEntry, getEntry } from "~/models/journal.server";
import { entryOrigins } from "~/models/journal-origin.server";
import { currentPartnership } from "~/models/partnership.server";
import { notFound, parseId, requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "nav.journal", { text: data?.entry.title });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const entry = getEntry(user.id, parseId(params.entryId));
  if (!entry) notFound();
  const partners = currentPartnership(user.id, participation)?.partners.map((p) => ({ id: p.userId, name: p.name })) ?? [];
  const grants = entryShares(user.id, entry.id) ?? [];
  const comments = (listComments(user.id, entry.id) ?? []).map((c) => ({ ...c, mine: c.authorId === user.id }));
  return { userId: user.id, entry, origin: entryOrigins(user.id, [entry])[entry.id], partners, grants, comments };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const id = parseId(params.entryId);
  if (!getEntry(user.id, id)) notFound();
  const formData = await readForm(request);
  if (formData.get("intent") === "delete") {
    const submission = parseWithZod(formData, { schema: deleteSchema });
    if (submission.status !== "success") return refuse(submission.reply(), 400, { key: "errors.confirmDelete" });
    deleteEntry(user.id, id);
    throw redirect("/journal?saved=deleted");
  }
  if (formData.get("intent") === "comment") {
    const submission = parseWithZod(formData, { schema: commentSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    // Only to this entry, whatever entryId the form carries.
    if (submission.value.entryId !== id || !addComment(user.id, id, submission.value.body)) notFound();
    throw redirect(`/journal/${id}?saved=commented#comments`);
  }
  if (formData.get("intent") === "delete-comment") {
    const submission = parseWithZod(formData, { schema: deleteCommentSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    if (!deleteComment(user.id, submission.value.commentId)) notFound();
    throw redirect(`/journal/${id}?saved=commentDeleted#comments`);
  }
  if (formData.get("intent") === "revoke") {
    const submission = parseWithZod(formData, { schema: revokeSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    // Someone the entry is not shared with is as unknown as a wrong entry id.
    if (!revokeShare(user.id, id, submission.value.recipient)) notFound();
    throw redirect(`/journal/${id}?saved=unshared#share-title`);
  }
  const submission = parseWithZod(formData, { schema: shareSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const result = shareEntry(user.id, participation, id, submission.value.recipient);
  if (!result.ok) return refuse(submission.reply({ fieldErrors: { recipient: ["errors.notYourPartner"] } }));
  throw redirect(`/journal/${id}?saved=shared#share-title`);
}

export default function EntryPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { userId, entry, origin, partners, grants, comments } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const created = new Date(entry.createdAt);
  const updated = new Date(entry.updatedAt);
  return (
    <article className="page entry" aria-labelledby="entry-title">
      <ForgetBrowserDraft storageKey={`journal-draft:${userId}:new`} />
      <ForgetBrowserDraft storageKey={`journal-draft:${userId}:${entry.id}`} />
      <p className="eyebrow">
        <Link to="/journal">{t("nav.journal")}</Link> ·{" "}
        {origin ? <EntryOriginLine origin={origin} /> : t(`journal.sources.${entry.source}`)}
      </p>
      <h1 id="entry-title">{entry.title}</h1>
      <p className="muted">
        {t("journal.writtenAt", { date: formatDate(created, locale), time: formatTime(created) })}
        {updated.getTime() - created.getTime() > 60_000
          ? ` · ${t("journal.updatedAt", { date: formatDate(updated, locale), time: formatTime(updated) })}`
          : null}
      </p>
      <SavedNotice keys={["created", "updated", "shared", "unshared", "commented", "commentDeleted"]} prefix="journal.saved" />
      <FormMessage message={actionData?.message} />
      {entry.tags.length ? (
        <ul className="tag-list" aria-label={t("journal.fields.tags")}>
          {entry.tags.map((tag) => (
            <li key={tag}>
              <Link className="tag" to={`/journal?tag=${encodeURIComponent(tag)}`}>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ReflectionText text={entry.body} />

      <SharePanel partners={partners} grants={grants} error={actionData} />
      {comments.length || entry.sharedWith.length ? (
        <EntryComments entryId={entry.id} comments={comments} readers={entry.sharedWith.join(", ")} canDeleteAll actionData={actionData} />
      ) : null}

      <div className="entry__actions">
        <Link to={`/journal/${entry.id}/edit`} className="button">
          {t("journal.edit")}
        </Link>
        <details className="panel danger">
          <summary>{t("journal.delete")}</summary>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="delete" />
            <p>{t("journal.deleteWarning")}</p>
            <div className="choice">
              <input type="checkbox" id="confirm-delete" name="confirm" value="yes" />
              <label htmlFor="confirm-delete">{t("journal.deleteConfirm")}</label>
            </div>
            <button type="submit" className="button button--danger">
              {t("journal.deleteSubmit")}
            </button>
          </Form>
        </details>
      </div>
    </article>
  );
}
