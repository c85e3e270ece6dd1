import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { ScrollTable } from "~/components/ScrollTable";
import { deactivateUserSchema, reactivateUserSchema } from "~/forms/account";
import { deactivateUser, reactivateUser, searchUsers, USER_SEARCH_LIMIT } from "~/models/account.server";
import { requireAdmin } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "adminArea.users.title")];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return { q, limit: USER_SEARCH_LIMIT, ...searchUsers(q) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const formData = await readForm(request);
  const schema = formData.get("intent") === "reactivate" ? reactivateUserSchema : deactivateUserSchema;
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success")
    return data<ActionResult & { form?: string }>(
      { result: submission.reply(), form: String(formData.get("userId") ?? ""), message: { key: "errors.formProblem" } },
      { status: 400 },
    );
  const v = submission.value;
  const res = v.intent === "deactivate" ? deactivateUser(admin, v.userId) : reactivateUser(admin, v.userId);
  if (!res.ok && res.reason === "not-found") throw new Response("Not found", { status: 404 });
  if (!res.ok)
    return refuse(submission.reply(), 409, { key: res.reason === "self" ? "adminArea.users.self" : "adminArea.users.lastAdmin" });
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const done = v.intent === "deactivate" ? "deactivated" : "reactivated";
  throw redirect(`/admin/users?${new URLSearchParams({ q, done, name: res.name })}`);
}

export default function Users() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { q, rows, more, limit } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult & { form?: string }>();
  const [params] = useSearchParams();
  const done = params.get("done");
  const errors = (actionData?.result?.error ?? {}) as Record<string, string[] | undefined>;
  return (
    <section className="page" aria-labelledby="users-title">
      <h1 id="users-title">{t("adminArea.users.title")}</h1>
      <p>{t("adminArea.users.intro")}</p>
      {actionData?.message ? (
        <FormMessage message={actionData.message} />
      ) : done === "deactivated" || done === "reactivated" ? (
        <FormMessage message={{ key: `adminArea.users.done.${done}`, values: { name: params.get("name") ?? "" }, tone: "success" }} />
      ) : null}
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="users-q">{t("adminArea.users.search")}</label>
          <input id="users-q" name="q" type="search" defaultValue={q} maxLength={100} aria-describedby="users-q-hint" />
          <p id="users-q-hint" className="field-hint">
            {t("adminArea.users.hint")}
          </p>
        </div>
        <button type="submit" className="button button--secondary">
          {t("adminArea.users.submit")}
        </button>
      </Form>
      {q.trim().length >= 2 && rows.length === 0 ? <p className="empty">{t("adminArea.users.empty")}</p> : null}
      {rows.length ? (
        <ScrollTable
          labelledBy="users-title"
          headers={[t("adminArea.users.name"), t("adminArea.users.roles"), t("adminArea.users.state"), t("followUp.actions")]}
        >
          {rows.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.name}
                <br />
                <span className="muted">{u.email}</span>
              </th>
              <td>
                {[
                  ...(u.isAdmin ? [t("adminArea.users.admin")] : []),
                  ...u.memberships.map((m) => t(`adminArea.users.${m.role}`, { cohort: m.cohort })),
                ].join(", ") || "–"}
              </td>
              <td>
                {u.deactivatedAt
                  ? t("adminArea.users.deactivated", { date: formatDate(new Date(u.deactivatedAt), locale) })
                  : t("adminArea.users.active")}
              </td>
              <td>
                <Form method="post" action={`/admin/users?${new URLSearchParams({ q })}`} className="stack">
                  <input type="hidden" name="userId" value={u.id} />
                  {u.deactivatedAt ? (
                    <button type="submit" name="intent" value="reactivate" className="button button--secondary">
                      {t("adminArea.users.reactivate")}
                    </button>
                  ) : (
                    <>
                      <div className="choice">
                        <input
                          type="checkbox"
                          id={`confirm-${u.id}`}
                          name="confirm"
                          value="yes"
                          aria-describedby={actionData?.form === String(u.id) && errors.confirm ? `confirm-${u.id}-error` : undefined}
                        />
                        <label htmlFor={`confirm-${u.id}`}>{t("adminArea.users.confirm", { name: u.name })}</label>
                      </div>
                      {actionData?.form === String(u.id) ? <FieldError id={`confirm-${u.id}-error`} errors={errors.confirm} /> : null}
                      <button type="submit" name="intent" value="deactivate" className="button button--danger">
                        {t("adminArea.users.deactivate")}
                      </button>
                    </>
                  )}
                </Form>
              </td>
            </tr>
          ))}
        </ScrollTable>
      ) : null}
      {more ? <p className="muted">{t("adminArea.users.more", { count: limit })}</p> : null}
    </section>
  );
}
