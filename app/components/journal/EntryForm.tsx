import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { FieldError, TextareaField } from "~/components/form/Field";
import { entrySchema } from "~/forms/journal";

type Values = { title: string; body: string; tags: string; challenge?: string };
export type ChallengeOption = { module: string; items: { slug: string; title: string; weeks: number[] }[] };

/**
 * The journal entry form. Nothing written is lost: with JavaScript the text is saved as a draft on
 * the server while typing and also kept in this browser, so it comes back after an expired session
 * or a dropped connection (restored on the next visit, after signing in again).
 */
export function EntryForm({
  draftKey,
  storageKey,
  initial,
  serverDraft,
  lastResult,
  submitLabel,
  challengeOptions,
  tagSuggestions = [],
}: {
  draftKey: string;
  storageKey: string;
  initial: Values;
  serverDraft: { title: string; body: string; updatedAt: string } | null;
  lastResult?: SubmissionResult<string[]>;
  submitLabel: string;
  /** Leader challenges to link the entry to; omitted for module-prompt answers. */
  challengeOptions?: ChallengeOption[];
  /** The person's own tags so far, offered while typing. */
  tagSuggestions?: string[];
}) {
  const { t } = useTranslation();
  const startFrom =
    serverDraft && (serverDraft.title || serverDraft.body) ? { ...initial, title: serverDraft.title, body: serverDraft.body } : initial;
  const [restored, setRestored] = useState<"server" | "browser" | null>(
    serverDraft && (serverDraft.title || serverDraft.body) ? "server" : null,
  );
  const [form, fields] = useForm({
    lastResult,
    defaultValue: startFrom,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: entrySchema }),
    shouldValidate: "onBlur",
  });
  const fetcher = useFetcher<{ ok: boolean; reason?: string }>({ key: `draft-${draftKey}` });
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  // A newer copy kept in this browser (e.g. written while the session had expired) wins.
  useEffect(() => {
    const raw = window.localStorage.getItem(storageKey);
    if (!raw || !formRef.current) return;
    try {
      const local = JSON.parse(raw) as { title: string; body: string; at: number };
      const serverAt = serverDraft ? Date.parse(serverDraft.updatedAt) : 0;
      if (local.at > serverAt && (local.title || local.body)) {
        const els = formRef.current.elements as unknown as Record<string, HTMLInputElement | HTMLTextAreaElement>;
        if (els.title && els.body) {
          els.title.value = local.title;
          els.body.value = local.body;
          // localStorage exists only after hydration: this effect is the sync from that external store.
          // eslint-disable-next-line react-hooks/set-state-in-effect
          setRestored("browser");
        }
      }
    } catch {
      window.localStorage.removeItem(storageKey);
    }
  }, [storageKey, serverDraft]);

  function keepDraft() {
    const el = formRef.current;
    if (!el) return;
    const title = (el.elements.namedItem("title") as HTMLInputElement).value;
    const body = (el.elements.namedItem("body") as HTMLTextAreaElement).value;
    window.localStorage.setItem(storageKey, JSON.stringify({ title, body, at: Date.now() }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      fetcher.submit({ intent: "draft", title, body, draftKey }, { method: "post", action: "/journal/draft" });
    }, 1500);
  }

  return (
    <Form
      method="post"
      {...getFormProps(form)}
      ref={formRef}
      className="stack stack--wide"
      onInput={keepDraft}
      onSubmitCapture={() => clearTimeout(timer.current)}
    >
      <input type="hidden" name="intent" value="save" />
      {restored ? (
        <p className="notice" role="status">
          {t(restored === "server" ? "journal.draftRestoredServer" : "journal.draftRestoredBrowser")} {t("journalDraft.discardHint")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={fields.title.id}>{t("journal.fields.title")}</label>
        <input {...getInputProps(fields.title, { type: "text" })} key={fields.title.key} maxLength={200} />
        <FieldError id={fields.title.errorId} errors={fields.title.errors} />
      </div>
      <TextareaField meta={fields.body} label={t("journal.fields.body")} hint={t("journal.fields.bodyHint")} rows={12} maxLength={20000} />
      <div className="field">
        <label htmlFor={fields.tags.id}>{t("journal.fields.tags")}</label>
        <p className="field-hint" id={`${fields.tags.id}-hint`}>
          {t("journal.fields.tagsHint")}
        </p>
        <input
          {...getInputProps(fields.tags, { type: "text", ariaDescribedBy: `${fields.tags.id}-hint` })}
          key={fields.tags.key}
          maxLength={300}
          list={tagSuggestions.length ? "tag-suggestions" : undefined}
        />
        {tagSuggestions.length ? (
          <>
            <datalist id="tag-suggestions">
              {tagSuggestions.map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
            <p className="field-hint">{t("journalDraft.yourTags", { tags: tagSuggestions.slice(0, 12).join(", ") })}</p>
          </>
        ) : null}
        <FieldError id={fields.tags.errorId} errors={fields.tags.errors} />
      </div>
      {challengeOptions ? (
        <div className="field">
          <label htmlFor={fields.challenge.id}>{t("journal.fields.challenge")}</label>
          <select
            id={fields.challenge.id}
            name={fields.challenge.name}
            defaultValue={initial.challenge ?? ""}
            aria-invalid={fields.challenge.errors ? true : undefined}
          >
            <option value="">{t("journal.fields.noChallenge")}</option>
            {challengeOptions.map((group) => (
              <optgroup key={group.module} label={group.module}>
                {group.items.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.weeks.length
                      ? t("journal.fields.challengeInWeeks", { count: c.weeks.length, weeks: c.weeks.join(", "), title: c.title })
                      : c.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError id={fields.challenge.errorId} errors={fields.challenge.errors} />
        </div>
      ) : null}
      <p className={fetcher.data?.ok === false ? "notice" : "field-hint"} aria-live="polite">
        {fetcher.state !== "idle" || !fetcher.data ? "\u00a0" : fetcher.data.ok ? t("journal.draftSaved") : t("journal.draftSignedOut")}
      </p>
      <div className="form-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {restored ? (
          // Part of this form (forms cannot nest), after «save» so Enter still saves; nothing is checked, as nothing is kept.
          <button
            type="submit"
            name="discard"
            value="draft"
            formNoValidate
            className="button button--secondary"
            onClick={() => window.localStorage.removeItem(storageKey)}
          >
            {t("journalDraft.discard")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}

/** Forgets the browser copy of a draft once the entry is safely saved. */
export function ForgetBrowserDraft({ storageKey }: { storageKey: string }) {
  useEffect(() => {
    window.localStorage.removeItem(storageKey);
  }, [storageKey]);
  return null;
}
