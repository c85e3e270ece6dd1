import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { organisationSchema, ownerInviteSchema } from "~/forms/owner";
import { createOrganisation, listOrganisations } from "~/models/cohort.server";
import { inviteOrganisationOwner } from "~/models/invitation.server";
import { requireAdmin } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.organisations")];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { organisations: listOrganisations() };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  if (formData.get("intent") === "invite-owner") {
    const submission = parseWithZod(formData, { schema: ownerInviteSchema });
    if (submission.status !== "success")
      return data<ActionResult & { form: string }>(
        { result: submission.reply(), form: String(formData.get("organisationId")), message: { key: "errors.formProblem" } },
        { status: 400 },
      );
    const res = inviteOrganisationOwner(admin, submission.value.organisationId, submission.value);
    if (!res) throw new Response("Not found", { status: 404 });
    return data<ActionResult & { link: string }>({
      message: { key: "admin.invite.created", values: { email: submission.value.email }, tone: "success" },
      link: res.link,
    });
  }
  const submission = parseWithZod(formData, { schema: organisationSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const res = createOrganisation(admin, submission.value.name);
  if (!res.ok) return refuse(submission.reply({ fieldErrors: { name: ["owner.org.exists"] } }));
  throw redirect("/admin/organisations?saved=orgCreated");
}

export default function Organisations() {
  const { t } = useTranslation();
  const { organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult & { link?: string; form?: string }>();
  const errors = (actionData?.result?.error ?? {}) as Record<string, string[] | undefined>;
  return (
    <section className="page" aria-labelledby="org-title">
      <h1 id="org-title">{t("owner.org.title")}</h1>
      <SavedNotice keys={["orgCreated"]} prefix="owner.saved" />
      <FormMessage message={actionData?.message} />
      {actionData?.link ? (
        <p className="notice">
          {t("admin.invite.linkHint")} <code className="break">{actionData.link}</code>
        </p>
      ) : null}
      <ul className="card-list">
        {organisations.map((o) => (
          <li key={o.id} className="card">
            <h2>{o.name}</h2>
            <p>
              <Link to={`/admin/organisations/${o.id}/sign-in`}>{t("sso.admin.link", { organisation: o.name })}</Link>
            </p>
            <p className="muted">{t("owner.org.summary", { count: o.cohorts, owners: o.owners ?? "–" })}</p>
            <details>
              <summary>{t("owner.org.inviteOwner")}</summary>
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="invite-owner" />
                <input type="hidden" name="organisationId" value={o.id} />
                <div className="field">
                  <label htmlFor={`o${o.id}-name`}>{t("admin.invite.name")}</label>
                  <input id={`o${o.id}-name`} name="name" maxLength={100} required />
                  {actionData?.form === String(o.id) ? <FieldError id={`o${o.id}-name-error`} errors={errors.name} /> : null}
                </div>
                <div className="field">
                  <label htmlFor={`o${o.id}-email`}>{t("admin.invite.email")}</label>
                  <input id={`o${o.id}-email`} name="email" type="email" maxLength={254} required />
                  {actionData?.form === String(o.id) ? <FieldError id={`o${o.id}-email-error`} errors={errors.email} /> : null}
                </div>
                <button type="submit" className="button button--secondary">
                  {t("admin.invite.submit")}
                </button>
              </Form>
            </details>
          </li>
        ))}
      </ul>
      <h2>{t("owner.org.create")}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="create" />
        <div className="field">
          <label htmlFor="org-name">{t("owner.org.name")}</label>
          <input
            id="org-name"
            name="name"
            maxLength={100}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby="org-name-error"
          />
          <FieldError id="org-name-error" errors={actionData?.form ? undefined : errors.name} />
        </div>
        <button type="submit" className="button">
          {t("owner.org.createSubmit")}
        </button>
      </Form>
    </section>
  );
}
