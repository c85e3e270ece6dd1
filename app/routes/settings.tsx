import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FeedKindsForm, NewFeedLink } from "~/components/CalendarFeed";
import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { changePasswordSchema } from "~/forms/auth";
import { calendarKindsSchema, calendarSchema, mailPrefsSchema } from "~/forms/settings";
import { supportedLngs } from "~/i18n";
import { feedKinds, hasCalendarFeed, issueCalendarFeed, mailPreferences, setFeedKinds, setMailPreferences } from "~/models/calendar.server";
import { ownsAnything } from "~/models/cohort.server";
import { changePassword } from "~/models/user.server";
import { requireUser } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { readSessionToken } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.settings")];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    locale: user.locale,
    email: user.email,
    prefs: mailPreferences(user.id),
    owner: ownsAnything(user),
    hasFeed: hasCalendarFeed(user.id),
    kinds: feedKinds(user.id),
  };
}

type SettingsReply = ActionResult & { feedUrl?: string; kindsSaved?: boolean };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  if (formData.get("intent") === "mail") {
    const prefs = parseWithZod(formData, { schema: mailPrefsSchema });
    if (prefs.status !== "success") return refuse(prefs.reply());
    setMailPreferences(user.id, prefs.value);
    return data<SettingsReply>({ message: { key: "settings.mailSaved", tone: "success" } });
  }
  if (formData.get("intent") === "calendar-kinds") {
    const kinds = parseWithZod(formData, { schema: calendarKindsSchema });
    if (kinds.status !== "success") return refuse(kinds.reply());
    setFeedKinds(user.id, kinds.value.kinds);
    return data<SettingsReply>({ message: { key: "calendarFeed.kindsSaved", tone: "success" }, kindsSaved: true });
  }
  if (formData.get("intent") === "calendar") {
    const cal = parseWithZod(formData, { schema: calendarSchema });
    if (cal.status !== "success") return refuse(cal.reply());
    return data<SettingsReply>({ message: { key: "settings.feedCreated", tone: "success" }, feedUrl: issueCalendarFeed(user.id) });
  }
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
  const hide = { hideFields: ["current", "password", "confirm"] };
  if (submission.status !== "success") return refuse(submission.reply(hide));
  const result = await changePassword(user.id, submission.value.current, submission.value.password, await readSessionToken(request));
  if (!result.ok) return refuse(submission.reply({ ...hide, fieldErrors: { current: ["settings.wrongCurrent"] } }), 400);
  return data<ActionResult>({
    result: submission.reply({ resetForm: true }),
    message: { key: "settings.passwordChanged", tone: "success" },
  });
}

export default function Settings() {
  const { t } = useTranslation();
  const { locale, prefs, owner, hasFeed, kinds } = useLoaderData<typeof loader>();
  const actionData = useActionData<SettingsReply>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
  });
  return (
    <section className="page page--narrow" aria-labelledby="settings-title">
      <h1 id="settings-title">{t("settings.title")}</h1>
      {actionData?.kindsSaved ? null : <FormMessage message={actionData?.message} />}
      <h2>{t("settings.language")}</h2>
      <Form method="post" action="/language" className="stack">
        <input type="hidden" name="redirectTo" value="/settings" />
        <fieldset>
          <legend>{t("settings.languageLegend")}</legend>
          {supportedLngs.map((l) => (
            <div className="choice" key={l}>
              <input type="radio" id={`locale-${l}`} name="locale" value={l} defaultChecked={locale === l} />
              <label htmlFor={`locale-${l}`} lang={l}>
                {t(`locales.${l}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button--secondary">
          {t("settings.save")}
        </button>
      </Form>
      <h2 id="varsler">{t("settings.mailTitle")}</h2>
      <p>{t("settings.mailIntro")}</p>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="mail" />
        <fieldset>
          <legend>{t("settings.mailLegend")}</legend>
          {(["mailWeekly", "mailCheckIn", "mailSamling", ...(owner ? ["mailOwnerSummary"] : [])] as const).map((name) => (
            <div className="choice" key={name}>
              <input type="checkbox" id={name} name={name} value="on" defaultChecked={prefs[name as keyof typeof prefs]} />
              <label htmlFor={name}>{t(`settings.mail.${name}`)}</label>
            </div>
          ))}
          {!owner ? <input type="hidden" name="mailOwnerSummary" value={prefs.mailOwnerSummary ? "on" : ""} /> : null}
        </fieldset>
        <button type="submit" className="button button--secondary">
          {t("settings.save")}
        </button>
      </Form>

      <h2 id="kalender">{t("settings.calendarTitle")}</h2>
      <p>{t("settings.calendarIntro")}</p>
      {actionData?.feedUrl ? <NewFeedLink url={actionData.feedUrl} /> : hasFeed ? <p>{t("settings.feedExists")}</p> : null}
      <Form method="post">
        <input type="hidden" name="intent" value="calendar" />
        <button type="submit" className="button button--secondary">
          {hasFeed || actionData?.feedUrl ? t("settings.feedRenew") : t("settings.feedCreate")}
        </button>
      </Form>
      <FeedKindsForm kinds={kinds} lastResult={actionData?.result} saved={!!actionData?.kindsSaved} />

      <h2>{t("settings.passwordTitle")}</h2>
      <p>{t("settings.passwordIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <Field meta={fields.current} label={t("settings.current")} type="password" autoComplete="current-password" />
        <Field meta={fields.password} label={t("settings.password")} type="password" hint={t("reset.hint")} autoComplete="new-password" />
        <Field meta={fields.confirm} label={t("settings.confirm")} type="password" autoComplete="new-password" />
        <button type="submit" className="button">
          {t("settings.passwordSubmit")}
        </button>
      </Form>

      <h2 id="mine-data">{t("myData.title")}</h2>
      <p>{t("myData.intro")}</p>
      <ul className="link-list">
        <li>
          <a href="/settings/my-data.json" download>
            {t("myData.downloadJson")}
          </a>
        </li>
        <li>
          <a href="/settings/my-data.md" download>
            {t("myData.downloadMarkdown")}
          </a>
        </li>
      </ul>
      <p>
        <Link to="/settings/delete-account" className="danger-link">
          {t("myData.deleteLink")}
        </Link>
      </p>
    </section>
  );
}
