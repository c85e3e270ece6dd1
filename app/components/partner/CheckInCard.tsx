import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { editCheckInSchema } from "~/forms/partner";
import type { ActionResult } from "~/utils/forms.types";
import { formatDate, type Locale } from "~/utils/programme-time";

import { CheckInFields, type ConversationFields, type TopicChoice } from "./CheckInFields";

export type CheckInView = {
  id: number;
  heldOn: string;
  minutes: number;
  format: "in_person" | "video" | "phone";
  topicRefs: string[];
  topics: string[];
  notes: string;
  nextSteps: string;
  authorName: string | null;
  mine: boolean;
  confirmed: boolean;
  confirmedByMe: boolean;
  responses: { userId: number; name: string; reflection: string }[];
  amendments: { text: string; createdAt: string | Date }[];
};

/**
 * One conversation: what was logged, who confirmed it, and what each person may do with it now —
 * the partner confirms; the author edits or deletes until then, and afterwards adds a correction.
 */
export function CheckInCard({
  c,
  readers,
  today,
  choices,
  actionData,
  savedKey,
}: {
  c: CheckInView;
  readers: string;
  today: string;
  choices: { thisWeek: TopicChoice[]; earlier: TopicChoice[] };
  actionData?: ActionResult & { checkInId?: number };
  /** Set when the person just saved something on this card: its success message shows here. */
  savedKey: string | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const mineResult = actionData?.checkInId === c.id ? actionData.result : undefined;
  const [form, fields] = useForm({
    id: `edit-${c.id}`,
    lastResult: mineResult,
    defaultValue: {
      heldOn: c.heldOn,
      minutes: String(c.minutes),
      format: c.format,
      topics: c.topicRefs.filter((r) => !r.startsWith("free:")),
      otherTopic: c.topicRefs.find((r) => r.startsWith("free:"))?.slice(5) ?? "",
      notes: c.notes,
      nextSteps: c.nextSteps,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: editCheckInSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <li id={`checkin-${c.id}`} className="card" tabIndex={-1}>
      {savedKey ? (
        <p className="notice notice--success" role="status">
          {t(`partner.saved.${savedKey}`)}
        </p>
      ) : null}
      <h3>
        {formatDate(c.heldOn, locale)} · {t(`partner.format.${c.format}`)} · {t("partner.minutesShort", { count: c.minutes })}
      </h3>
      <p className="muted">{t("partner.loggedBy", { name: c.authorName ?? t("partner.deletedUser") })}</p>
      {c.topics.length ? <p>{t("partner.topicsShown", { topics: c.topics.join(", ") })}</p> : null}
      {c.notes ? <p className="pre">{c.notes}</p> : null}
      {c.nextSteps ? (
        <p className="pre">
          <strong>{t("partner.fields.nextSteps")}:</strong> {c.nextSteps}
        </p>
      ) : null}
      {c.amendments.map((a, i) => (
        <p key={i} className="pre amendment">
          <strong>{t("partner.amendedOn", { date: formatDate(new Date(a.createdAt), locale) })}</strong> {a.text}
        </p>
      ))}
      {c.responses.map((r) => (
        <p key={r.userId} className="response">
          ✓ {t("partner.confirmedBy", { name: r.name })}
          {r.reflection ? `: ${r.reflection}` : ""}
        </p>
      ))}
      {!c.mine && !c.confirmedByMe ? (
        <Form method="post" className="stack stack--wide" preventScrollReset>
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="checkInId" value={c.id} />
          <div className="field">
            <label htmlFor={`reflection-${c.id}`}>{t("partner.yourReflection")}</label>
            <p className="field-hint" id={`reflection-${c.id}-hint`}>
              {t("partner.reflectionReaders", { names: readers })}
            </p>
            <textarea id={`reflection-${c.id}`} name="reflection" rows={2} maxLength={2000} aria-describedby={`reflection-${c.id}-hint`} />
          </div>
          <button type="submit" className="button button--secondary">
            {t("partner.confirm")}
          </button>
        </Form>
      ) : null}
      {c.mine && !c.confirmed ? (
        <div className="card-actions">
          <details open={!!mineResult}>
            <summary>{t("partner.edit")}</summary>
            <Form method="post" {...getFormProps(form)} className="stack stack--wide">
              <input type="hidden" name="intent" value="edit" />
              <input type="hidden" name="checkInId" value={c.id} />
              <CheckInFields fields={fields as unknown as ConversationFields} today={today} choices={choices} chosen={c.topicRefs} />
              <button type="submit" className="button">
                {t("partner.saveChanges")}
              </button>
            </Form>
          </details>
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="checkInId" value={c.id} />
            <button type="submit" className="button button--danger button--small">
              {t("partner.deleteCheckIn")}
            </button>
          </Form>
        </div>
      ) : null}
      {c.mine && c.confirmed ? (
        <details>
          <summary>{t("partner.amend")}</summary>
          <Form method="post" className="stack stack--wide" preventScrollReset>
            <input type="hidden" name="intent" value="amend" />
            <input type="hidden" name="checkInId" value={c.id} />
            <div className="field">
              <label htmlFor={`amend-${c.id}`}>{t("partner.amendText")}</label>
              <textarea id={`amend-${c.id}`} name="text" rows={2} maxLength={2000} required />
              <FieldError id={`amend-${c.id}-error`} errors={mineResult?.error?.text ?? undefined} />
            </div>
            <button type="submit" className="button button--secondary">
              {t("partner.amendSubmit")}
            </button>
          </Form>
        </details>
      ) : null}
    </li>
  );
}
