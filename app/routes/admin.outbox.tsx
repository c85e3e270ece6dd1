import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { FormMessage } from "~/components/form/FormMessage";
import { Stats } from "~/components/owner/Stats";
import { OUTBOX_STATUSES, outboxActionSchema } from "~/forms/outbox";
import { audit } from "~/models/audit.server";
import { cancelMail, listOutbox, outboxCounts, retryMail } from "~/models/outbox.server";
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
const filterSchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const raw = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const filter = filterSchema.parse(raw);
  return { smtp: !!env.SMTP_URL, filter, counts: outboxCounts(), mails: listOutbox(200, { status: filter.status, search: filter.q }) };
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
  const { smtp, mails, counts, filter } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  return (
    <section className="page" aria-labelledby="outbox-title">
      <h1 id="outbox-title">{t("outbox.title")}</h1>
      <p>{smtp ? t("outbox.smtp") : t("outbox.noSmtp")}</p>
      <p>{t("outbox.masked")}</p>
      <FormMessage message={actionData?.message} />
      <h2 id="outbox-counts">{t("adminArea.outbox.counts")}</h2>
      <Stats items={OUTBOX_STATUSES.map((s) => ({ label: t(`outbox.status.${s}`), value: counts[s] }))} />
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="outbox-status">{t("adminArea.outbox.filter")}</label>
          <select id="outbox-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t("adminArea.outbox.all")}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`outbox.status.${s}`)} ({counts[s]})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="outbox-q">{t("adminArea.outbox.search")}</label>
          <input id="outbox-q" name="q" type="search" maxLength={100} defaultValue={filter.q ?? ""} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("adminArea.outbox.submit")}
        </button>
      </Form>
      <p>{t("adminArea.outbox.shown", { count: mails.length })}</p>
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
