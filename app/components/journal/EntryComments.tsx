import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import type { ActionResult } from "~/utils/forms.types";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

type Comment = { id: number; author: string; body: string; createdAt: string | Date; mine: boolean };

/**
 * The comments on a shared entry and the form to add one. `canDeleteAll` for the entry's author,
 * who may remove any comment on their own entry; others remove only their own.
 */
export function EntryComments({
  entryId,
  comments,
  readers,
  canDeleteAll,
  actionData,
}: {
  entryId: number;
  comments: Comment[];
  readers: string;
  canDeleteAll: boolean;
  /** The refused comment form, if it was this entry's. */
  actionData?: ActionResult;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const headingId = `comments-${entryId}-title`;
  const result = actionData?.result;
  const bodyErrors = result?.initialValue?.entryId === String(entryId) ? (result.error?.body ?? undefined) : undefined;
  return (
    <section className="comments" aria-labelledby={headingId} id={canDeleteAll ? "comments" : undefined}>
      <h3 id={headingId}>{t("comments.title", { count: comments.length })}</h3>
      {comments.length ? (
        <ol className="comment-list">
          {comments.map((c) => (
            <li key={c.id}>
              <p className="muted">
                {c.author} · {formatDate(new Date(c.createdAt), locale)} {formatTime(new Date(c.createdAt))}
              </p>
              <p className="pre">{c.body}</p>
              {c.mine || canDeleteAll ? (
                <Form method="post" preventScrollReset>
                  <input type="hidden" name="intent" value="delete-comment" />
                  <input type="hidden" name="commentId" value={c.id} />
                  <button type="submit" className="button button--secondary button--small">
                    {t("comments.delete")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <Form method="post" className="stack" preventScrollReset>
        <input type="hidden" name="intent" value="comment" />
        <input type="hidden" name="entryId" value={entryId} />
        <div className="field">
          <label htmlFor={`comment-${entryId}`}>{t("comments.label")}</label>
          <p className="field-hint" id={`comment-${entryId}-hint`}>
            {t("comments.readers", { names: readers })}
          </p>
          <textarea
            id={`comment-${entryId}`}
            name="body"
            rows={2}
            maxLength={1000}
            required
            aria-invalid={bodyErrors ? true : undefined}
            aria-describedby={bodyErrors ? `comment-${entryId}-hint comment-${entryId}-error` : `comment-${entryId}-hint`}
          />
          <FieldError id={`comment-${entryId}-error`} errors={bodyErrors} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("comments.submit")}
        </button>
      </Form>
    </section>
  );
}
