import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import type { ActionResult } from "~/utils/forms.types";
import { calendarDate, formatDate, formatTime, formatWeekday, type Locale } from "~/utils/programme-time";

type Talk = { startsAt: string | Date; minutes: number; place: string; proposedBy: string | null };

/** The agreed next conversation, with a calendar file, and the form to propose or move it. */
export function NextTalkPanel({ talk, today, actionData }: { talk: Talk | null; today: string; actionData?: ActionResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const errors = (actionData?.result?.error ?? {}) as Record<string, string[] | undefined>;
  const hasErrors = Object.keys(errors).some((k) => ["date", "time", "minutes", "place"].includes(k));
  const starts = talk ? new Date(talk.startsAt) : null;
  const form = (
    <Form method="post" className="stack stack--wide" preventScrollReset>
      <input type="hidden" name="intent" value="plan" />
      <div className="field-row">
        <div className="field">
          <label htmlFor="plan-date">{t("partner.plan.date")}</label>
          <input
            id="plan-date"
            name="date"
            type="date"
            min={today}
            required
            aria-describedby={errors.date ? "plan-date-error" : undefined}
          />
          <FieldError id="plan-date-error" errors={errors.date} />
        </div>
        <div className="field">
          <label htmlFor="plan-time">{t("partner.plan.time")}</label>
          <input
            id="plan-time"
            name="time"
            type="time"
            defaultValue="09:00"
            required
            aria-describedby={errors.time ? "plan-time-error" : undefined}
          />
          <FieldError id="plan-time-error" errors={errors.time} />
        </div>
        <div className="field">
          <label htmlFor="plan-minutes">{t("partner.plan.minutes")}</label>
          <input
            id="plan-minutes"
            name="minutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={240}
            defaultValue={talk?.minutes ?? 45}
            required
          />
          <FieldError id="plan-minutes-error" errors={errors.minutes} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="plan-place">{t("partner.plan.place")}</label>
        <p className="field-hint" id="plan-place-hint">
          {t("partner.plan.placeHint")}
        </p>
        <input
          id="plan-place"
          name="place"
          type="text"
          maxLength={300}
          defaultValue={talk?.place ?? ""}
          aria-describedby="plan-place-hint"
        />
        <FieldError id="plan-place-error" errors={errors.place} />
      </div>
      <button type="submit" className="button button--secondary">
        {talk ? t("partner.plan.move") : t("partner.plan.submit")}
      </button>
    </Form>
  );
  return (
    <section id="next-talk" className="panel" aria-labelledby="next-talk-title" tabIndex={-1}>
      <h2 id="next-talk-title">{t("partner.plan.title")}</h2>
      {talk && starts ? (
        <>
          <p className="card__lead">
            {t("partner.plan.when", {
              weekday: formatWeekday(calendarDate(starts), locale),
              date: formatDate(starts, locale),
              time: formatTime(starts),
              minutes: talk.minutes,
            })}
          </p>
          {talk.place ? <p>{t("partner.plan.where", { place: talk.place })}</p> : null}
          {talk.proposedBy ? <p className="muted">{t("partner.plan.by", { name: talk.proposedBy })}</p> : null}
          <div className="card-actions">
            <a className="button button--secondary button--small" href="/partner/next-talk.ics" download>
              {t("partner.plan.ics")}
            </a>
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="cancel-plan" />
              <button type="submit" className="button button--secondary button--small">
                {t("partner.plan.cancel")}
              </button>
            </Form>
          </div>
          <details open={hasErrors}>
            <summary>{t("partner.plan.other")}</summary>
            {form}
          </details>
        </>
      ) : (
        <>
          <p>{t("partner.plan.none")}</p>
          {form}
        </>
      )}
    </section>
  );
}
