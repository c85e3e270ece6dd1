import type { LoaderFunctionArgs } from "@remix-run/node";

import { readAuditFilter } from "~/forms/audit";
import { audit, exportAudit } from "~/models/audit.server";
import { actionLabel, detailLabel, subjectLabel } from "~/utils/audit-text";
import { requireAdmin } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { spreadsheetCsv } from "~/utils/csv.server";
import { db } from "~/utils/db.server";
import { translator } from "~/utils/i18n.server";
import { calendarDate, formatTime } from "~/utils/programme-time";

// The filtered audit log as a spreadsheet, oldest first: with a person filter, the history an
// access request (innsyn) about that person asks for. The download itself is logged.
export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const t = translator(admin.locale);
  const { page: _page, ...filter } = readAuditFilter(new URL(request.url));
  const rows = exportAudit(filter);
  const header = ["when", "who", "whoEmail", "what", "subject", "cohort", "detail"].map((k) => t(`auditLog.csvHeader.${k}`));
  const body = rows.map((r) => [
    `${calendarDate(new Date(r.at))} ${formatTime(new Date(r.at))}`,
    r.actor ?? t("auditLog.system"),
    r.actorEmail ?? "",
    actionLabel(t, r.action),
    subjectLabel(t, r),
    r.cohortName ?? "",
    detailLabel(t, r.detail),
  ]);
  audit(db, {
    actorId: admin.id,
    action: "audit.csv",
    subjectType: "audit",
    detail: { rows: rows.length, filter: Object.keys(filter).filter((k) => filter[k as keyof typeof filter] !== undefined) },
  });
  const name = `revisjonslogg-${calendarDate(clock.now())}.csv`;
  return new Response(spreadsheetCsv([header, ...body]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
