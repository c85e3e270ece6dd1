// The owner's forms on a participant's page: reminder, note, status. Each posts its own intent.
import { getFormProps, type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field, TextareaField } from "~/components/form/Field";
import { noteSchema, statusSchema } from "~/forms/follow-up";
import { formatDate, type Locale } from "~/utils/programme-time";

type Result = SubmissionResult<string[]> | undefined;

export function ReminderForm({ needsConfirm }: { needsConfirm: boolean }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value="remind" />
      {needsConfirm ? (
        <div className="choice">
          <input type="checkbox" id="remind-confirm" name="confirm" value="yes" />
          <label htmlFor="remind-confirm">{t("followUp.reminder.confirm")}</label>
        </div>
      ) : null}
      <button type="submit" className="button">
        {t("followUp.reminder.send")}
      </button>
    </Form>
  );
}

export function NoteForm({ result }: { result: Result }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "note-form",
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: noteSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="note" />
      <TextareaField meta={fields.body} label={t("followUp.notes.label")} hint={t("followUp.notes.hint")} rows={3} maxLength={2000} />
      <button type="submit" className="button button--secondary">
        {t("followUp.notes.save")}
      </button>
    </Form>
  );
}

export function StatusForm({ result }: { result: Result }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "status-form",
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: statusSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack">
      <input type="hidden" name="intent" value="status" />
      <div className="field">
        <label htmlFor={fields.kind.id}>{t("followUp.status.kindLabel")}</label>
        <select
          id={fields.kind.id}
          name={fields.kind.name}
          defaultValue="leave"
          aria-invalid={fields.kind.errors ? true : undefined}
          aria-describedby={fields.kind.errors ? fields.kind.errorId : undefined}
        >
          {(["leave", "pause", "left"] as const).map((k) => (
            <option key={k} value={k}>
              {t(`followUp.status.kind.${k}`)}
            </option>
          ))}
        </select>
        {fields.kind.errors ? (
          <p id={fields.kind.errorId} className="field-error">
            {fields.kind.errors.map((e) => t(e)).join(" ")}
          </p>
        ) : null}
      </div>
      <Field meta={fields.fromDate} label={t("followUp.status.from")} type="date" />
      <Field meta={fields.toDate} label={t("followUp.status.to")} type="date" hint={t("followUp.status.toHint")} />
      <button type="submit" className="button button--secondary">
        {t("followUp.status.save")}
      </button>
    </Form>
  );
}

export function StatusList({ statuses }: { statuses: { id: number; kind: string; fromDate: string; toDate: string | null }[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (!statuses.length) return <p className="empty">{t("followUp.status.none")}</p>;
  return (
    <ul>
      {statuses.map((s) => (
        <li key={s.id}>
          <strong>{t(`followUp.status.kind.${s.kind}`)}</strong>{" "}
          {s.toDate
            ? t("followUp.status.range", { from: formatDate(s.fromDate, locale), to: formatDate(s.toDate, locale) })
            : t("followUp.status.openRange", { from: formatDate(s.fromDate, locale) })}{" "}
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="remove-status" />
            <input type="hidden" name="statusId" value={s.id} />
            <button type="submit" className="link-button link-button--dark">
              {t("followUp.status.remove")}
              <span className="visually-hidden">
                : {t(`followUp.status.kind.${s.kind}`)} {formatDate(s.fromDate, locale)}
              </span>
            </button>
          </Form>
        </li>
      ))}
    </ul>
  );
}
