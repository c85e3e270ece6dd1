import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { ownerInvitationActionSchema, renameOrganisationSchema } from "~/forms/organisation";
import { organisationSchema, ownerInviteSchema } from "~/forms/owner";
import { createOrganisation } from "~/models/cohort.server";
import { inviteOrganisationOwner } from "~/models/invitation.server";
import { organisationsOverview, renameOrganisation, resendOwnerInvitation, revokeOwnerInvitation } from "~/models/organisation.server";
import { notFound, requireAdmin } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.organisations")];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { organisations: organisationsOverview() };
}

type OrgActionData = ActionResult & { form?: string; link?: string };
const refusedFor = (form: string, result: ActionResult["result"], status = 400) =>
  data<OrgActionData>({ result, form, message: { key: "errors.formProblem" } }, { status });

// Every success redirects (post/redirect/get): the form is empty again and a reload sends nothing twice.
export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const orgForm = `${intent}-${formData.get("organisationId")}`;
  const saved = (key: string) => redirect(`/admin/organisations?saved=${key}`);
  if (intent === "invite-owner") {
    const submission = parseWithZod(formData, { schema: ownerInviteSchema });
    if (submission.status !== "success") return refusedFor(orgForm, submission.reply());
    const res = inviteOrganisationOwner(admin, submission.value.organisationId, submission.value);
    if (!res) notFound();
    // The link is shown once, to the admin who made it (to pass on by hand if the mail is lost);
    // the outbox never shows it. The form is emptied (its key changes) so nothing is sent twice.
    return data<OrgActionData & { link: string }>({
      message: { key: "admin.invite.created", values: { email: submission.value.email }, tone: "success" },
      link: res.link,
    });
  }
  if (intent === "rename") {
    const submission = parseWithZod(formData, { schema: renameOrganisationSchema });
    if (submission.status !== "success") return refusedFor(orgForm, submission.reply());
    const res = renameOrganisation(admin, submission.value.organisationId, submission.value.name);
    if (!res.ok && res.reason === "not-found") notFound();
    if (!res.ok) return refusedFor(orgForm, submission.reply({ fieldErrors: { name: ["owner.org.exists"] } }));
    throw saved("renamed");
  }
  if (intent === "resend-owner" || intent === "revoke-owner") {
    const submission = parseWithZod(formData, { schema: ownerInvitationActionSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const { organisationId, invitationId } = submission.value;
    const ok =
      intent === "resend-owner"
        ? resendOwnerInvitation(admin, organisationId, invitationId)
        : revokeOwnerInvitation(admin, organisationId, invitationId);
    if (!ok) return data<OrgActionData>({ message: { key: "adminArea.org.gone" } }, { status: 404 });
    throw saved(intent === "resend-owner" ? "resent" : "revoked");
  }
  const submission = parseWithZod(formData, { schema: organisationSchema });
  if (submission.status !== "success") return refusedFor("create", submission.reply());
  const res = createOrganisation(admin, submission.value.name);
  if (!res.ok) return refusedFor("create", submission.reply({ fieldErrors: { name: ["owner.org.exists"] } }));
  throw redirect("/admin/organisations?saved=orgCreated");
}

export default function Organisations() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { organisations } = useLoaderData<typeof loader>();
  const actionData = useActionData<OrgActionData>();
  const errorsFor = (form: string) =>
    (actionData?.form === form ? (actionData?.result?.error ?? {}) : {}) as Record<string, string[] | undefined>;
  return (
    <section className="page" aria-labelledby="org-title">
      <h1 id="org-title">{t("owner.org.title")}</h1>
      {/* One banner at a time: an error from this post replaces the success of the one before. */}
      {actionData?.message ? (
        <FormMessage message={actionData.message} />
      ) : (
        <>
          <SavedNotice keys={["orgCreated"]} prefix="owner.saved" />
          <SavedNotice keys={["renamed", "resent", "revoked"]} prefix="adminArea.org.saved" />
        </>
      )}
      {actionData?.link ? (
        <p className="notice">
          {t("admin.invite.linkHint")} <code className="break">{actionData.link}</code>
        </p>
      ) : null}
      <ul className="card-list">
        {organisations.map((o) => {
          const invite = errorsFor(`invite-owner-${o.id}`);
          const rename = errorsFor(`rename-${o.id}`);
          return (
            <li key={o.id} className="card">
              <h2>{o.name}</h2>
              <p>
                <Link to={`/admin/organisations/${o.id}/sign-in`}>{t("sso.admin.link", { organisation: o.name })}</Link>
              </p>
              <p className="muted">{t("owner.org.summary", { count: o.cohorts, owners: o.owners.length })}</p>
              <h3>{t("adminArea.org.owners")}</h3>
              {o.owners.length === 0 ? (
                <p className="empty">{t("adminArea.org.noOwners")}</p>
              ) : (
                <ul>
                  {o.owners.map((w) => (
                    <li key={`${w.email}-${w.cohort ?? ""}`}>
                      {w.name} ({w.email}) – {w.cohort ? t("adminArea.org.cohortOwner", { cohort: w.cohort }) : t("adminArea.org.orgOwner")}
                    </li>
                  ))}
                </ul>
              )}
              <h3>{t("adminArea.org.pending")}</h3>
              {o.pending.length === 0 ? (
                <p className="empty">{t("adminArea.org.noPending")}</p>
              ) : (
                <ul>
                  {o.pending.map((p) => (
                    <li key={p.id}>
                      {p.name} ({p.email}) –{" "}
                      {p.expired
                        ? t("admin.invitations.expired")
                        : t("adminArea.org.expires", { date: formatDate(new Date(p.expiresAt), locale) })}{" "}
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="organisationId" value={o.id} />
                        <input type="hidden" name="invitationId" value={p.id} />
                        <button type="submit" name="intent" value="resend-owner" className="link-button link-button--dark">
                          {t("adminArea.org.resend")}
                          <span className="visually-hidden">: {p.email}</span>
                        </button>{" "}
                        <button type="submit" name="intent" value="revoke-owner" className="link-button link-button--dark">
                          {t("adminArea.org.revoke")}
                          <span className="visually-hidden">: {p.email}</span>
                        </button>
                      </Form>
                    </li>
                  ))}
                </ul>
              )}
              <details open={!!Object.keys(invite).length}>
                <summary>{t("owner.org.inviteOwner")}</summary>
                <Form method="post" className="stack" key={actionData?.link ?? "invite"}>
                  <input type="hidden" name="intent" value="invite-owner" />
                  <input type="hidden" name="organisationId" value={o.id} />
                  <div className="field">
                    <label htmlFor={`o${o.id}-name`}>{t("admin.invite.name")}</label>
                    <input
                      id={`o${o.id}-name`}
                      name="name"
                      maxLength={100}
                      required
                      aria-invalid={invite.name ? true : undefined}
                      aria-describedby={invite.name ? `o${o.id}-name-error` : undefined}
                    />
                    <FieldError id={`o${o.id}-name-error`} errors={invite.name} />
                  </div>
                  <div className="field">
                    <label htmlFor={`o${o.id}-email`}>{t("admin.invite.email")}</label>
                    <input
                      id={`o${o.id}-email`}
                      name="email"
                      type="email"
                      maxLength={254}
                      required
                      aria-invalid={invite.email ? true : undefined}
                      aria-describedby={invite.email ? `o${o.id}-email-error` : undefined}
                    />
                    <FieldError id={`o${o.id}-email-error`} errors={invite.email} />
                  </div>
                  <button type="submit" className="button button--secondary">
                    {t("admin.invite.submit")}
                  </button>
                </Form>
              </details>
              <details open={!!Object.keys(rename).length}>
                <summary>{t("adminArea.org.rename")}</summary>
                <Form method="post" className="stack">
                  <input type="hidden" name="intent" value="rename" />
                  <input type="hidden" name="organisationId" value={o.id} />
                  <div className="field">
                    <label htmlFor={`o${o.id}-rename`}>{t("adminArea.org.renameLabel")}</label>
                    <input
                      id={`o${o.id}-rename`}
                      name="name"
                      maxLength={100}
                      required
                      defaultValue={o.name}
                      aria-invalid={rename.name ? true : undefined}
                      aria-describedby={rename.name ? `o${o.id}-rename-error` : undefined}
                    />
                    <FieldError id={`o${o.id}-rename-error`} errors={rename.name} />
                  </div>
                  <button type="submit" className="button button--secondary">
                    {t("adminArea.org.renameSubmit")}
                  </button>
                </Form>
              </details>
            </li>
          );
        })}
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
            aria-invalid={errorsFor("create").name ? true : undefined}
            aria-describedby="org-name-error"
          />
          <FieldError id="org-name-error" errors={errorsFor("create").name} />
        </div>
        <button type="submit" className="button">
          {t("owner.org.createSubmit")}
        </button>
      </Form>
    </section>
  );
}
