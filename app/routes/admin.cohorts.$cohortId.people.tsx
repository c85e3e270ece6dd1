import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field, FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { RosterPreviewTable } from "~/components/owner/RosterPreviewTable";
import { SavedNotice } from "~/components/SavedNotice";
import { ScrollTable } from "~/components/ScrollTable";
import { inviteSchema } from "~/forms/invitation";
import { invitationActionSchema, removeSchema, rosterPreviewSchema, rosterRecheckSchema, rosterSendSchema } from "~/forms/owner";
import { listMembers } from "~/models/cohort.server";
import { createInvitation, listInvitations } from "~/models/invitation.server";
import {
  checkRows,
  decodeUpload,
  inviteMany,
  previewRoster,
  removeParticipant,
  resendInvitation,
  revokeInvitation,
  type RosterPreview,
} from "~/models/roster.server";
import { requireCohortOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { addDays, calendarDate, formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.people")];

const MAX_UPLOAD_BYTES = 1_000_000;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  const now = clock.nowMs();
  return {
    cohortId: cohort.id,
    members: listMembers(cohort.id),
    invitations: listInvitations(cohort.id).map((i) => ({
      ...i,
      state: i.revokedAt ? "revoked" : i.acceptedAt ? "accepted" : i.expiresAt.getTime() <= now ? "expired" : "pending",
    })),
  };
}

type PeopleReply = ActionResult & { link?: string; preview?: RosterPreview; role?: "participant" | "owner"; validUntil?: string };

// A chosen last day must be after today and within a year: a link that lives longer is a risk.
function validUntilProblem(validUntil: string | undefined, timeZone: string) {
  if (!validUntil) return null;
  const today = calendarDate(clock.now(), timeZone);
  return validUntil <= today || validUntil > addDays(today, 366) ? "invitePaste.validUntilRange" : null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  // The whole body is already bounded by server.ts (ROSTER_LIMIT_BYTES), counted on the bytes read.
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const back = `/admin/cohorts/${cohort.id}/people`;

  if (intent === "preview") {
    const submission = parseWithZod(formData, { schema: rosterPreviewSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const dateProblem = validUntilProblem(submission.value.validUntil, cohort.timeZone);
    if (dateProblem) return refuse(submission.reply({ fieldErrors: { validUntil: [dateProblem] } }));
    const file = formData.get("file");
    let text = submission.value.list ?? "";
    let decodedAs: "utf-8" | "windows-1252" = "utf-8";
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_UPLOAD_BYTES) return data<PeopleReply>({ message: { key: "owner.roster.tooBig" } }, { status: 400 });
      const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
      if (!decoded) return data<PeopleReply>({ message: { key: "owner.roster.error.encoding" } }, { status: 400 });
      ({ text, decodedAs } = decoded);
    }
    const preview = previewRoster(cohort.id, text, decodedAs);
    if ("error" in preview)
      return data<PeopleReply>(
        { message: { key: `owner.roster.error.${preview.error}`, values: { count: preview.count ?? 0 } } },
        { status: 400 },
      );
    return data<PeopleReply>({ preview, role: submission.value.role, validUntil: submission.value.validUntil });
  }

  if (intent === "recheck") {
    const submission = parseWithZod(formData, { schema: rosterRecheckSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const field = (name: string) => String(formData.get(name) ?? "").slice(0, 300);
    const rows = Array.from({ length: submission.value.count }, (_, i) => ({
      line: Number(formData.get(`line-${i}`)) || i + 1,
      name: field(`name-${i}`),
      email: field(`email-${i}`),
    }));
    const preview = checkRows(cohort.id, rows);
    if ("error" in preview)
      return data<PeopleReply>({ message: { key: `owner.roster.error.${preview.error}`, values: { count: 0 } } }, { status: 400 });
    return data<PeopleReply>({ preview, role: submission.value.role, validUntil: submission.value.validUntil });
  }

  if (intent === "send") {
    const submission = parseWithZod(formData, { schema: rosterSendSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    let people: { name: string; email: string }[];
    try {
      people = (JSON.parse(submission.value.people) as { name: unknown; email: unknown }[]).map((p) => ({
        name: String(p.name),
        email: String(p.email),
      }));
    } catch {
      return data<PeopleReply>({ message: { key: "errors.formProblem" } }, { status: 400 });
    }
    if (validUntilProblem(submission.value.validUntil, cohort.timeZone))
      return refuse(submission.reply({ fieldErrors: { validUntil: ["invitePaste.validUntilRange"] } }));
    const result = inviteMany(user, cohort.id, people, submission.value.role, clock.now(), submission.value.validUntil ?? null);
    if (!result.ok)
      return data<PeopleReply>(
        { message: { key: "owner.roster.changed" }, preview: result.preview, role: submission.value.role },
        { status: 400 },
      );
    throw redirect(`${back}?saved=invited&count=${result.count}`);
  }

  if (intent === "resend" || intent === "revoke") {
    const submission = parseWithZod(formData, { schema: invitationActionSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const ok =
      intent === "resend"
        ? resendInvitation(user, cohort.id, submission.value.invitationId)
        : revokeInvitation(user, cohort.id, submission.value.invitationId);
    if (!ok) throw new Response("Not found", { status: 404 });
    throw redirect(`${back}?saved=${intent === "resend" ? "resent" : "revoked"}`);
  }

  if (intent === "remove") {
    const submission = parseWithZod(formData, { schema: removeSchema });
    if (submission.status !== "success") return refuse(submission.reply(), 400, { key: "errors.confirmRemove" });
    if (!removeParticipant(user, cohort.id, submission.value.userId)) throw new Response("Not found", { status: 404 });
    throw redirect(`${back}?saved=removed`);
  }

  const submission = parseWithZod(formData, { schema: inviteSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const { link } = createInvitation(user, { cohortId: cohort.id, ...submission.value });
  return data<PeopleReply>({
    result: submission.reply({ resetForm: true }),
    message: { key: "admin.invite.created", values: { email: submission.value.email }, tone: "success" },
    link,
  });
}

export default function People() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { members, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<PeopleReply>();
  const [form, fields] = useForm({
    lastResult: actionData?.preview ? undefined : actionData?.result,
    defaultValue: { role: "participant" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteSchema }),
  });
  const preview = actionData?.preview && "rows" in actionData.preview ? actionData.preview : null;
  const validUntilError = (actionData?.result?.error as Record<string, string[] | undefined> | undefined)?.validUntil;
  const okRows = preview?.rows.filter((r) => !r.problem) ?? [];
  return (
    <>
      <SavedNotice keys={["invited", "resent", "revoked", "removed"]} prefix="owner.saved" />
      <FormMessage message={actionData?.message} />

      <section aria-labelledby="bulk-title" className="panel">
        <h2 id="bulk-title">{t("owner.roster.title")}</h2>
        <p>{t("owner.roster.intro")}</p>
        {preview ? (
          <div className="preview">
            <h3>{t("owner.roster.previewTitle", { ok: okRows.length, total: preview.rows.length })}</h3>
            {preview.decodedAs === "windows-1252" ? <p className="notice">{t("owner.roster.decodedAs1252")}</p> : null}
            <RosterPreviewTable preview={preview} role={actionData?.role ?? "participant"} validUntil={actionData?.validUntil} />
            {okRows.length ? (
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="send" />
                <input type="hidden" name="role" value={actionData?.role ?? "participant"} />
                <input type="hidden" name="people" value={JSON.stringify(okRows.map((r) => ({ name: r.name, email: r.email })))} />
                {actionData?.validUntil ? <input type="hidden" name="validUntil" value={actionData.validUntil} /> : null}
                <p>{okRows.length < preview.rows.length ? t("owner.roster.onlyOk") : null}</p>
                <button type="submit" className="button">
                  {t("owner.roster.send", { count: okRows.length })}
                </button>
              </Form>
            ) : null}
          </div>
        ) : null}
        <Form method="post" encType="multipart/form-data" className="stack stack--wide">
          <input type="hidden" name="intent" value="preview" />
          <div className="field">
            <label htmlFor="roster-list">{t("owner.roster.list")}</label>
            <p className="field-hint" id="roster-list-hint">
              {t("owner.roster.listHint")}
            </p>
            <textarea id="roster-list" name="list" rows={6} aria-describedby="roster-list-hint" maxLength={200000} />
          </div>
          <div className="field">
            <label htmlFor="roster-file">{t("owner.roster.file")}</label>
            <input id="roster-file" name="file" type="file" accept=".csv,text/csv,text/plain" />
          </div>
          <div className="field">
            <label htmlFor="roster-valid">{t("invitePaste.validUntil")}</label>
            <p className="field-hint" id="roster-valid-hint">
              {t("invitePaste.validUntilHint")}
            </p>
            <input
              id="roster-valid"
              name="validUntil"
              type="date"
              aria-describedby={validUntilError ? "roster-valid-hint roster-valid-error" : "roster-valid-hint"}
              aria-invalid={validUntilError ? true : undefined}
            />
            <FieldError id="roster-valid-error" errors={validUntilError} />
          </div>
          <div className="field">
            <label htmlFor="roster-role">{t("admin.invite.role")}</label>
            <select id="roster-role" name="role" defaultValue="participant">
              <option value="participant">{t("roles.participant")}</option>
              <option value="owner">{t("roles.owner")}</option>
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t("owner.roster.preview")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="invite-title" className="panel">
        <h2 id="invite-title">{t("admin.invite.title")}</h2>
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
      </section>

      <h2 id="members-title">{t("admin.members")}</h2>
      <ScrollTable
        labelledBy="members-title"
        headers={[t("admin.name"), t("admin.email"), t("admin.role"), t("admin.lastLogin"), t("owner.remove.column")]}
      >
        {members.map((m) => (
          <tr key={m.userId}>
            <th scope="row">{m.name}</th>
            <td>{m.email}</td>
            <td>{t(`roles.${m.role}`)}</td>
            <td>{m.lastLoginAt ? formatDate(new Date(m.lastLoginAt), locale) : t("admin.never")}</td>
            <td>
              {m.role === "participant" ? (
                <details>
                  <summary>{t("owner.remove.summary")}</summary>
                  <Form method="post" className="stack">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="userId" value={m.userId} />
                    <p>{t("owner.remove.warning", { name: m.name })}</p>
                    <div className="choice">
                      <input type="checkbox" id={`remove-${m.userId}`} name="confirm" value="yes" />
                      <label htmlFor={`remove-${m.userId}`}>{t("owner.remove.confirm", { name: m.name })}</label>
                    </div>
                    <button type="submit" className="button button--danger">
                      {t("owner.remove.submit")}
                    </button>
                  </Form>
                </details>
              ) : null}
            </td>
          </tr>
        ))}
      </ScrollTable>

      <h2 id="invitations-title">{t("admin.invitations.title")}</h2>
      {invitations.length === 0 ? (
        <p className="empty">{t("admin.invitations.empty")}</p>
      ) : (
        <ScrollTable
          labelledBy="invitations-title"
          headers={[t("admin.name"), t("admin.email"), t("admin.role"), t("admin.invitations.status"), t("owner.invitations.actions")]}
        >
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
              <td>
                {i.state !== "accepted" ? (
                  <Form method="post" className="inline-actions">
                    <input type="hidden" name="invitationId" value={i.id} />
                    <button type="submit" name="intent" value="resend" className="link-button link-button--dark">
                      {t("owner.invitations.resend")}
                    </button>
                    {i.state === "pending" ? (
                      <button type="submit" name="intent" value="revoke" className="link-button link-button--dark">
                        {t("owner.invitations.revoke")}
                      </button>
                    ) : null}
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </>
  );
}
