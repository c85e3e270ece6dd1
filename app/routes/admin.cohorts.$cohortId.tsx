import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { WeekHeading } from "~/components/WeekHeading";
import { Field, FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { inviteSchema } from "~/forms/invitation";
import { listMembers } from "~/models/cohort.server";
import { createInvitation, listInvitations } from "~/models/invitation.server";
import { requireCohortOwner } from "~/utils/auth.server";
import { refuse, type ActionResult } from "~/utils/forms.server";
import { formatDate, programmeClock, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.cohort.name ?? "Kohort"} · Lederprogrammet` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  const now = new Date();
  return {
    cohort: { id: cohort.id, name: cohort.name, startDate: cohort.startDate },
    clock: programmeClock(cohort.startDate, now, cohort.timeZone),
    members: listMembers(cohort.id),
    invitations: listInvitations(cohort.id).map((i) => ({
      ...i,
      state: i.revokedAt ? "revoked" : i.acceptedAt ? "accepted" : i.expiresAt.getTime() <= now.getTime() ? "expired" : "pending",
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const submission = parseWithZod(await request.formData(), { schema: inviteSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const { link } = createInvitation(user, { cohortId: cohort.id, ...submission.value });
  return data<ActionResult & { link: string }>({
    result: submission.reply({ resetForm: true }),
    message: { key: "admin.invite.created", values: { email: submission.value.email }, tone: "success" },
    link,
  });
}

export default function CohortPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { cohort, clock, members, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult & { link?: string }>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    defaultValue: { role: "participant" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
  });
  return (
    <section className="page" aria-labelledby="cohort-title">
      <h1 id="cohort-title">{cohort.name}</h1>
      <WeekHeading clock={clock} startDate={cohort.startDate} />

      <h2 id="members-title">{t("admin.members")}</h2>
      <div className="table-wrap" role="region" aria-labelledby="members-title" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("admin.lastLogin")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <th scope="row">{m.name}</th>
                <td>{m.email}</td>
                <td>{t(`roles.${m.role}`)}</td>
                <td>{m.lastLoginAt ? formatDate(new Date(m.lastLoginAt), locale) : t("admin.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("admin.invite.title")}</h2>
      <FormMessage message={actionData?.message} />
      {actionData?.link ? (
        <p className="notice">
          {t("admin.invite.linkHint")} <code className="break">{actionData.link}</code>
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <Field meta={fields.name} label={t("admin.invite.name")} autoComplete="off" />
        <Field meta={fields.email} label={t("admin.invite.email")} type="email" autoComplete="off" />
        <div className="field">
          <label htmlFor={fields.role.id}>{t("admin.invite.role")}</label>
          <select {...getSelectProps(fields.role)} key={fields.role.key}>
            <option value="participant">{t("roles.participant")}</option>
            <option value="owner">{t("roles.owner")}</option>
          </select>
          <FieldError id={fields.role.errorId} errors={fields.role.errors} />
        </div>
        <button type="submit" className="button">
          {t("admin.invite.submit")}
        </button>
      </Form>

      <h2 id="invitations-title">{t("admin.invitations.title")}</h2>
      {invitations.length === 0 ? (
        <p className="empty">{t("admin.invitations.empty")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="invitations-title" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("admin.email")}</th>
                <th scope="col">{t("admin.role")}</th>
                <th scope="col">{t("admin.invitations.status")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.name}</th>
                  <td>{i.email}</td>
                  <td>{t(`roles.${i.role}`)}</td>
                  <td>
                    {i.state === "accepted" && i.acceptedAt
                      ? t("admin.invitations.accepted", { date: formatDate(new Date(i.acceptedAt), locale) })
                      : i.state === "pending"
                        ? t("admin.invitations.pending", { date: formatDate(new Date(i.expiresAt), locale) })
                        : t(`admin.invitations.${i.state}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
