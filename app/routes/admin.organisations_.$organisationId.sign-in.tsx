// An organisation's single sign-on (admins): the provider, the secret (sealed or named), the
// domains it vouches for, and whether its members must use it (ADR 023).
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { removeSsoSchema, ssoConfigSchema } from "~/forms/sso";
import { allowHttpLoopback, removeSsoConfig, saveSsoConfig, ssoSettingsFor } from "~/models/sso-config.server";
import { requireAdmin } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "sso.admin.title")];

function settingsOr404(params: { organisationId?: string }) {
  const id = Number(params.organisationId);
  const settings = Number.isSafeInteger(id) && id > 0 ? ssoSettingsFor(id) : null;
  if (!settings) throw new Response("Not found", { status: 404 });
  return settings;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { ...settingsOr404(params), allowHttp: allowHttpLoopback() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const { organisation } = settingsOr404(params);
  const formData = await readForm(request);
  if (formData.get("intent") === "remove") {
    const submission = parseWithZod(formData, { schema: removeSsoSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    removeSsoConfig(admin.id, organisation.id);
    throw redirect(`/admin/organisations/${organisation.id}/sign-in?saved=removed`);
  }
  const submission = parseWithZod(formData, { schema: ssoConfigSchema(allowHttpLoopback()) });
  if (submission.status !== "success") return refuse(submission.reply({ hideFields: ["clientSecret"] }));
  const saved = saveSsoConfig(admin.id, organisation.id, submission.value);
  if (!saved.ok) return refuse(submission.reply({ fieldErrors: { [saved.field]: [saved.key] }, hideFields: ["clientSecret"] }));
  throw redirect(`/admin/organisations/${organisation.id}/sign-in?saved=saved`);
}

export default function OrganisationSignIn() {
  const { t } = useTranslation();
  const { organisation, config } = useLoaderData<typeof loader>();
  return (
    <section className="page page--narrow" aria-labelledby="sso-admin-title">
      <p>
        <Link to="/admin/organisations">{t("sso.admin.back")}</Link>
      </p>
      <h1 id="sso-admin-title">{t("sso.admin.heading", { organisation: organisation.name })}</h1>
      <p>{t("sso.admin.intro")}</p>
      <SavedNotice keys={["saved", "removed"]} prefix="sso.admin.done" />
      {/* A new form after each save, so the secret typed is not left in the field. */}
      <ConfigForm key={config?.version ?? "new"} />
    </section>
  );
}

function ConfigForm() {
  const { t } = useTranslation();
  const { config, keyConfigured, allowHttp } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: config
      ? {
          issuer: config.issuer,
          clientId: config.clientId,
          clientSecretEnv: config.clientSecretEnv,
          emailDomains: config.emailDomains,
          emailClaim: config.emailClaim,
          contact: config.contact,
        }
      : { emailClaim: "email" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ssoConfigSchema(allowHttp) }),
    shouldRevalidate: "onBlur",
  });
  return (
    <>
      <FormMessage message={actionData?.message} />
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="save" />
        <Field meta={fields.issuer} label={t("sso.admin.issuer")} hint={t("sso.admin.issuerHint")} />
        <Field meta={fields.clientId} label={t("sso.admin.clientId")} />
        <Field
          meta={fields.clientSecret}
          label={t("sso.admin.clientSecret")}
          type="password"
          autoComplete="new-password"
          hint={t(config?.hasSealedSecret ? "sso.admin.secretKept" : keyConfigured ? "sso.admin.secretHint" : "sso.admin.secretNoKey")}
        />
        <Field meta={fields.clientSecretEnv} label={t("sso.admin.clientSecretEnv")} hint={t("sso.admin.clientSecretEnvHint")} />
        <Field meta={fields.emailDomains} label={t("sso.admin.emailDomains")} hint={t("sso.admin.emailDomainsHint")} />
        <Field meta={fields.emailClaim} label={t("sso.admin.emailClaim")} hint={t("sso.admin.emailClaimHint")} />
        <Field meta={fields.contact} label={t("sso.admin.contact")} hint={t("sso.admin.contactHint")} />
        <fieldset className="stack">
          <legend>{t("sso.admin.rules")}</legend>
          <div className="checkbox">
            <input
              type="checkbox"
              id="allowJit"
              name="allowJit"
              value="on"
              defaultChecked={config?.allowJit ?? false}
              aria-describedby="allowJit-hint"
            />
            <label htmlFor="allowJit">{t("sso.admin.allowJit")}</label>
            <p id="allowJit-hint" className="field-hint">
              {t("sso.admin.allowJitHint")}
            </p>
          </div>
          <div className="checkbox">
            <input
              type="checkbox"
              id="requireSso"
              name="requireSso"
              value="on"
              defaultChecked={config?.requireSso ?? false}
              aria-describedby="requireSso-hint"
            />
            <label htmlFor="requireSso">{t("sso.admin.requireSso")}</label>
            <p id="requireSso-hint" className="field-hint">
              {t("sso.admin.requireSsoHint")}
            </p>
          </div>
        </fieldset>
        <button type="submit" className="button">
          {t("sso.admin.save")}
        </button>
      </Form>
      {config ? (
        <Form method="post" className="stack">
          <h2>{t("sso.admin.removeTitle")}</h2>
          <p>{t("sso.admin.removeIntro")}</p>
          <button type="submit" name="intent" value="remove" className="button button--secondary">
            {t("sso.admin.remove")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
