import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ScrollTable } from "~/components/ScrollTable";
import { listAudit } from "~/models/audit.server";
import { requireAdmin } from "~/utils/auth.server";
import { pageTitle } from "~/utils/page-title";
import { formatDate, formatTime, type Locale } from "~/utils/programme-time";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { entries: listAudit() };
}

export default function Audit() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { entries } = useLoaderData<typeof loader>();
  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      {entries.length === 0 ? (
        <p className="empty">{t("audit.empty")}</p>
      ) : (
        <ScrollTable
          labelledBy="audit-title"
          headers={[t("audit.when"), t("audit.who"), t("audit.what"), t("audit.subject"), t("audit.detail")]}
        >
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                {formatDate(new Date(e.at), locale)} {formatTime(new Date(e.at))}
              </td>
              <td>{e.actor ?? t("partner.deletedUser")}</td>
              <td>{e.action}</td>
              <td>
                {e.subjectType} {e.subjectId ?? ""}
              </td>
              <td>
                <code>{e.detail}</code>
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
