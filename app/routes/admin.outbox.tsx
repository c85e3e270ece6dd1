import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { listOutbox } from "~/models/outbox.server";
import { requireAdmin } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "nav.outbox")];

// Admins see what the platform has sent or is about to send (and, without SMTP, read it here).
// Mails never contain reflection text, so this page stands on the same privacy line as the rest.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { smtp: !!env.SMTP_URL, mails: listOutbox(200) };
}

export default function Outbox() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { smtp, mails } = useLoaderData<typeof loader>();
  return (
    <section className="page" aria-labelledby="outbox-title">
      <h1 id="outbox-title">{t("outbox.title")}</h1>
      <p>{smtp ? t("outbox.smtp") : t("outbox.noSmtp")}</p>
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
          </li>
        ))}
      </ol>
    </section>
  );
}
