import { getCollectionProps, getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { calendarKindsSchema, FEED_KINDS, type FeedKind } from "~/forms/settings";
import type { ActionResult } from "~/utils/forms.types";

const noSubscription = () => () => {};

/**
 * The personal calendar link right after it was made (only then can it be shown: the server keeps
 * its hash). A field that never wraps mid-host, a copy button once scripts run, a webcal:// link
 * that opens the calendar app, and the steps for Outlook and phones.
 */
export function NewFeedLink({ url }: { url: string }) {
  const { t } = useTranslation();
  // False on the server and without scripts, so no button is offered that cannot work.
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => !!navigator.clipboard,
    () => false,
  );
  const [copied, setCopied] = useState(false);
  const webcal = url.replace(/^https?:/, "webcal:");
  return (
    <div className="panel feed-link">
      <label htmlFor="feed-url">{t("calendarFeed.urlLabel")}</label>
      <p className="field-hint" id="feed-url-hint">
        {t("calendarFeed.urlHint")}
      </p>
      <div className="feed-link__row">
        <input id="feed-url" readOnly value={url} aria-describedby="feed-url-hint" onFocus={(e) => e.currentTarget.select()} />
        {canCopy ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}
          >
            {t("calendarFeed.copy")}
          </button>
        ) : null}
      </div>
      <p role="status">{copied ? t("calendarFeed.copied") : null}</p>
      <p>
        <a href={webcal} className="button">
          {t("calendarFeed.open")}
        </a>
      </p>
      <h3>{t("calendarFeed.outlookTitle")}</h3>
      <ol>
        <li>{t("calendarFeed.outlook1")}</li>
        <li>{t("calendarFeed.outlook2")}</li>
        <li>{t("calendarFeed.outlook3")}</li>
        <li>{t("calendarFeed.outlook4")}</li>
      </ol>
      <h3>{t("calendarFeed.phoneTitle")}</h3>
      <ul>
        <li>{t("calendarFeed.iphone")}</li>
        <li>{t("calendarFeed.android")}</li>
      </ul>
      <p className="field-hint">{t("calendarFeed.delay")}</p>
    </div>
  );
}

/** Which kinds of events the feed holds; saved for the person, the link stays the same. */
export function FeedKindsForm({ kinds, lastResult, saved }: { kinds: FeedKind[]; lastResult?: ActionResult["result"]; saved: boolean }) {
  const { t } = useTranslation();
  const [form, fields] = useForm({
    id: "calendar-kinds",
    lastResult,
    defaultValue: { kinds },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: calendarKindsSchema }),
  });
  return (
    // The answer shows beside the choice, and the page stays where it is.
    <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
      <input type="hidden" name="intent" value="calendar-kinds" />
      <fieldset aria-describedby={fields.kinds.errors?.length ? fields.kinds.errorId : undefined}>
        <legend>{t("calendarFeed.kindsLegend")}</legend>
        {getCollectionProps(fields.kinds, { type: "checkbox", options: [...FEED_KINDS] }).map((props) => (
          <div className="choice" key={props.key}>
            <input {...props} key={props.key} />
            <label htmlFor={props.id}>
              {t(`calendarFeed.kinds.${props.value}`)}
              <span className="field-hint"> {t(`calendarFeed.kindsHint.${props.value}`)}</span>
            </label>
          </div>
        ))}
        <FieldError id={fields.kinds.errorId} errors={fields.kinds.errors} />
      </fieldset>
      <button type="submit" className="button button--secondary">
        {t("calendarFeed.kindsSave")}
      </button>
      {saved ? (
        <p className="notice notice--success" role="status">
          {t("calendarFeed.kindsSaved")}
        </p>
      ) : null}
    </Form>
  );
}
