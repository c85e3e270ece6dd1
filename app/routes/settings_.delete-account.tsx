import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { Field, FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { deleteAccountSchema } from "~/forms/settings";
import { deleteAccount } from "~/models/my-data.server";
import { requireUser } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { clearSessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "myData.deleteTitle")];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: deleteAccountSchema });
  const hide = { hideFields: ["password"] };
  if (submission.status !== "success") return refuse(submission.reply(hide));
  const result = await deleteAccount(user.id, submission.value.password);
  if (!result.ok) {
    return result.reason === "last-admin"
      ? refuse(submission.reply(hide), 409, { key: "myData.lastAdmin" })
      : refuse(submission.reply({ ...hide, fieldErrors: { password: ["myData.wrongPassword"] } }));
  }
  throw redirect("/login?deleted=1", { headers: { "Set-Cookie": await clearSessionCookie() } });
}

export default function DeleteAccount() {
  const { t } = useTranslation();
  const actionData = useActionData<ActionResult>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: deleteAccountSchema }),
  });
  return (
    <section className="page page--narrow" aria-labelledby="delete-title">
      <h1 id="delete-title">{t("myData.deleteTitle")}</h1>
      <p>{t("myData.deleteIntro")}</p>
      <ul>
        <li>{t("myData.deleteGone")}</li>
        <li>{t("myData.deleteKept")}</li>
        <li>{t("myData.deleteFinal")}</li>
      </ul>
      <p>
        <Link to="/settings#mine-data">{t("myData.downloadFirst")}</Link>
      </p>
      <FormMessage message={actionData?.message} />
      <Form method="post" {...getFormProps(form)} className="stack">
        <Field meta={fields.password} label={t("myData.password")} type="password" autoComplete="current-password" />
        <div className="field">
          <div className="choice">
            <input {...getInputProps(fields.confirm, { type: "checkbox", value: "yes" })} key={fields.confirm.key} />
            <label htmlFor={fields.confirm.id}>{t("myData.confirm")}</label>
          </div>
          <FieldError id={fields.confirm.errorId} errors={fields.confirm.errors} />
        </div>
        <button type="submit" className="button button--danger">
          {t("myData.deleteSubmit")}
        </button>
      </Form>
    </section>
  );
}
