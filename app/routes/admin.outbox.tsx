import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FormMessage } from "~/components/form/FormMessage";
import { outboxActionSchema } from "~/forms/outbox";
import { audit } from "~/models/audit.server";
import { cancelMail, listOutbox, retryMail } from "~/models/outbox.server";
import { requireAdmin } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.outbox")];

// Admins see who was sent what and how it went, and can send again or stop a mail. Token links
// (invitation, reset, calendar) are masked by the model: an admin who could read a live reset
// link could sign in as the participant and read their journal.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { smtp: !!env.SMTP_URL, mails: listOutbox(200) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const submission = parseWithZod(await readForm(request), { schema: outboxActionSchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const { intent, mailId } = submission.value;
  const done = db.transaction(() => {
    const changed = intent === "retry" ? retryMail(mailId) : cancelMail(mailId);
    if (changed) audit(db, { actorId: admin.id, action: `outbox.${intent}`, subjectType: "email", subjectId: mailId });
    return changed;
  });
  if (!done) return data<ActionResult>({ message: { key: "outbox.gone" } }, { status: 404 });
  return data<ActionResult>({ message: { key: `outbox.${intent}Done`, tone: "success" } });
}

export default function Outbox() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { smtp, mails } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  return (
    <section className="page" aria-labelledby="outbox-title">
      <h1 id="outbox-title">{t("outbox.title")}</h1>
      <p>{smtp ? t("outbox.smtp") : t("outbox.noSmtp")}</p>
      <p>{t("outbox.masked")}</p>
      <FormMessage message={actionData?.message} />
      {mails.length === 0 ? <p className="empty">{t("outbox.empty")}</p> : null}
      <ol className="entry-list">
        {mails.map((m) => (
          <li key={m.id} className="entry-card">
            <h2>{m.subject}</h2>
            <p className="muted">
              {m.toAddress} · {t(`outbox.status.${m.status}`)} · {t("outbox.attempts", { count: m.attempts })} ·{" "}
              {formatDate(new Date(m.createdAt), locale)} {formatTime(new Date(m.createdAt))}
            </p>
            {m.lastError ? <p className="notice notice--error">{m.lastError}</p> : null}
            <details>
              <summary>{t("outbox.show")}</summary>
              <pre className="pre">{m.textBody}</pre>
            </details>
            {m.status === "pending" || m.status === "failed" ? (
              <Form method="post" className="inline-actions">
                <input type="hidden" name="mailId" value={m.id} />
                <button type="submit" name="intent" value="retry" className="link-button link-button--dark">
                  {t("outbox.retry")}
                </button>{" "}
                <button type="submit" name="intent" value="cancel" className="link-button link-button--dark">
                  {t("outbox.cancel")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
