import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";

type Values = {
  title: string;
  date: string;
  startTime: string;
  endDate: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  rsvpDeadline: string;
  agenda: string;
  practical: string;
};

/** The fields of a samling, used for planned, extra and edited gatherings. Ids are prefixed so several can share a page. */
export function GatheringFields({
  prefix,
  values,
  errors,
}: {
  prefix: string;
  values: Partial<Values>;
  errors?: Record<string, string[] | undefined>;
}) {
  const { t } = useTranslation();
  const describedBy = (name: keyof Values, hint: boolean) =>
    [hint ? `${prefix}-${name}-hint` : "", errors?.[name] ? `${prefix}-${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  const hintOf = (name: keyof Values, hint?: string) =>
    hint ? (
      <p id={`${prefix}-${name}-hint`} className="field-hint">
        {hint}
      </p>
    ) : null;
  const f = (name: keyof Values, type: string, extra: Record<string, unknown> = {}, hint?: string) => (
    <div className="field">
      <label htmlFor={`${prefix}-${name}`}>{t(`owner.gathering.fields.${name}`)}</label>
      {hintOf(name, hint)}
      <input
        id={`${prefix}-${name}`}
        name={name}
        type={type}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={describedBy(name, !!hint)}
        {...extra}
      />
      <FieldError id={`${prefix}-${name}-error`} errors={errors?.[name]} />
    </div>
  );
  const area = (name: "agenda" | "practical", hint: string) => (
    <div className="field">
      <label htmlFor={`${prefix}-${name}`}>{t(`owner.gathering.fields.${name}`)}</label>
      {hintOf(name, hint)}
      <textarea
        id={`${prefix}-${name}`}
        name={name}
        rows={4}
        maxLength={5000}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={describedBy(name, true)}
      />
      <FieldError id={`${prefix}-${name}-error`} errors={errors?.[name]} />
    </div>
  );
  return (
    <>
      {f("title", "text", { maxLength: 200, required: true })}
      <div className="field-row">
        {f("date", "date", { required: true })}
        {f("startTime", "time", { required: true })}
        {f("endDate", "date", { required: true })}
        {f("endTime", "time", { required: true })}
      </div>
      {f("place", "text", { maxLength: 300 })}
      {f("onlineUrl", "url", { maxLength: 500, placeholder: "https://", inputMode: "url" }, t("owner.gathering.hints.onlineUrl"))}
      {f("rsvpDeadline", "date", {}, t("owner.gathering.hints.rsvpDeadline"))}
      {area("agenda", t("owner.gathering.hints.markdown"))}
      {area("practical", t("owner.gathering.hints.practical"))}
    </>
  );
}
