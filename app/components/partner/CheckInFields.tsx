import { type FieldMetadata, getCollectionProps, getInputProps, getSelectProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";

import { FieldError, TextareaField } from "~/components/form/Field";

export type TopicChoice = { value: string; label: string };
export type ConversationFields = {
  heldOn: FieldMetadata<string>;
  minutes: FieldMetadata<number>;
  format: FieldMetadata<string>;
  topics: FieldMetadata<string[]>;
  otherTopic: FieldMetadata<string>;
  notes: FieldMetadata<string>;
  nextSteps: FieldMetadata<string>;
};

/**
 * The fields of a conversation, for logging and for editing. Topics are checkboxes a thumb can hit:
 * this week's challenge and module first (ticked for a new conversation), earlier ones folded
 * away, nothing from weeks to come, and a line for a topic of one's own.
 */
export function CheckInFields({
  fields,
  today,
  choices,
  chosen,
}: {
  fields: ConversationFields;
  today: string;
  choices: { thisWeek: TopicChoice[]; earlier: TopicChoice[] };
  /** Ticked topics, to unfold "earlier this year" when one of them is ticked. */
  chosen: string[];
}) {
  const { t } = useTranslation();
  // Conform keeps the boxes in step with the form's value (ticked ones come from its defaultValue).
  const boxes = (list: TopicChoice[]) =>
    getCollectionProps(fields.topics, { type: "checkbox", options: list.map((c) => c.value) }).map((props, i) => {
      const { key, ...input } = props;
      return (
        <div className="choice" key={key}>
          <input {...input} />
          <label htmlFor={input.id}>{list[i]!.label}</label>
        </div>
      );
    });
  const earlierChosen = choices.earlier.some((c) => chosen.includes(c.value));
  return (
    <>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fields.heldOn.id}>{t("partner.fields.heldOn")}</label>
          <input {...getInputProps(fields.heldOn, { type: "date" })} key={fields.heldOn.key} max={today} />
          <FieldError id={fields.heldOn.errorId} errors={fields.heldOn.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.minutes.id}>{t("partner.fields.minutes")}</label>
          <input {...getInputProps(fields.minutes, { type: "number" })} key={fields.minutes.key} min={1} max={600} inputMode="numeric" />
          <FieldError id={fields.minutes.errorId} errors={fields.minutes.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.format.id}>{t("partner.fields.format")}</label>
          <select {...getSelectProps(fields.format)} key={fields.format.key}>
            {(["in_person", "video", "phone"] as const).map((f) => (
              <option key={f} value={f}>
                {t(`partner.format.${f}`)}
              </option>
            ))}
          </select>
          <FieldError id={fields.format.errorId} errors={fields.format.errors} />
        </div>
      </div>
      <fieldset className="topics" aria-describedby={fields.topics.errors?.length ? fields.topics.errorId : undefined}>
        <legend>{t("partner.fields.topics")}</legend>
        {choices.thisWeek.length ? (
          <>
            <p className="field-hint">{t("partner.topics.thisWeek")}</p>
            {boxes(choices.thisWeek)}
          </>
        ) : null}
        {choices.earlier.length ? (
          <details open={earlierChosen}>
            <summary>{t("partner.topics.earlier", { count: choices.earlier.length })}</summary>
            {boxes(choices.earlier)}
          </details>
        ) : null}
        <div className="field">
          <label htmlFor={fields.otherTopic.id}>{t("partner.fields.otherTopic")}</label>
          <input {...getInputProps(fields.otherTopic, { type: "text" })} key={fields.otherTopic.key} maxLength={80} />
          <FieldError id={fields.otherTopic.errorId} errors={fields.otherTopic.errors} />
        </div>
        <FieldError id={fields.topics.errorId} errors={fields.topics.errors} />
      </fieldset>
      <TextareaField meta={fields.notes} label={t("partner.fields.notes")} rows={4} maxLength={5000} />
      <TextareaField meta={fields.nextSteps} label={t("partner.fields.nextSteps")} rows={2} maxLength={2000} />
    </>
  );
}
