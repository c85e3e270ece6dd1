import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";

type Values = { title: string; date: string; startTime: string; endDate: string; endTime: string; place: string; agenda: string };

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
  const f = (name: keyof Values, type: string, extra: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`${prefix}-${name}`}>{t(`owner.gathering.fields.${name}`)}</label>
      <input
        id={`${prefix}-${name}`}
        name={name}
        type={type}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={errors?.[name] ? `${prefix}-${name}-error` : undefined}
        {...extra}
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
      <div className="field">
        <label htmlFor={`${prefix}-agenda`}>{t("owner.gathering.fields.agenda")}</label>
        <textarea id={`${prefix}-agenda`} name="agenda" rows={3} maxLength={5000} defaultValue={values.agenda ?? ""} />
        <FieldError id={`${prefix}-agenda-error`} errors={errors?.agenda} />
      </div>
    </>
  );
}
