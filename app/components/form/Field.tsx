import { type FieldMetadata, getInputProps, getTextareaProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";

type Props = {
  // Any field of any form: inputs post strings, whatever the schema coerces them to.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  meta: FieldMetadata<any, any, string[]>;
  label: string;
  type?: "text" | "email" | "password" | "date" | "time" | "number" | "search";
  hint?: string;
  autoComplete?: string;
  readOnly?: boolean;
};

/** A labelled input with its hint and its error messages, tied together for screen readers. */
export function Field({ meta, label, type = "text", hint, autoComplete, readOnly }: Props) {
  const { t } = useTranslation();
  const hintId = hint ? `${meta.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input {...getInputProps(meta, { type, ariaDescribedBy: hintId })} key={meta.key} autoComplete={autoComplete} readOnly={readOnly} />
      {meta.errors?.length ? (
        <p id={meta.errorId} className="field-error">
          {meta.errors.map((e) => t(e)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {errors.map((e) => t(e)).join(" ")}
    </p>
  );
}

/** A labelled textarea with an optional hint and its error messages. */
export function TextareaField({
  meta,
  label,
  hint,
  rows = 4,
  maxLength,
}: {
  meta: FieldMetadata<string | undefined, Record<string, unknown>, string[]>;
  label: string;
  hint?: string;
  rows?: number;
  maxLength?: number;
}) {
  const hintId = hint ? `${meta.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea {...getTextareaProps(meta, { ariaDescribedBy: hintId })} key={meta.key} rows={rows} maxLength={maxLength} />
      <FieldError id={meta.errorId} errors={meta.errors} />
    </div>
  );
}
