import type { LoaderFunctionArgs } from "@remix-run/node";

import { audit } from "~/models/audit.server";
import { participantRows } from "~/models/progress.server";
import { requireCohortOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { spreadsheetCsvStream } from "~/utils/csv.server";
import { db } from "~/utils/db.server";
import { translator } from "~/utils/i18n.server";
import { calendarDate } from "~/utils/programme-time";

// One row per participant with the dashboard's figures (see spreadsheetCsv for the format).
// Counts and dates only, never anything anyone wrote.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const t = translator(user.locale);
  const rows = participantRows(cohort);
  const date = (ms: number | null) => (ms ? calendarDate(new Date(ms), cohort.timeZone) : "");
  const header = [
    "name",
    "email",
    "standing",
    "done",
    "late",
    "skipped",
    "missed",
    "lastDoneWeek",
    "modulesCompleted",
    "lastCheckIn",
    "attended",
    "lastLogin",
    "lastActivity",
    "followUp",
  ].map((k) => t(`owner.csv.${k}`));
  // A generator: each row becomes cells only when the stream asks for it.
  const body = function* () {
    yield header;
    for (const r of rows) yield row(r);
  };
  const row = (r: (typeof rows)[number]) => [
    r.name,
    r.email,
    t(`owner.standing.${r.standing}`),
    r.done,
    r.late,
    r.skipped,
    r.missed,
    r.lastDoneWeek ?? "",
    r.modulesCompleted,
    r.lastCheckIn ?? "",
    r.attended,
    date(r.lastLoginAt),
    date(r.lastActivityAt),
    r.reasons
      .map((x) => t(`owner.reason.${x}`, { challenge: cohort.followUpChallengeWeeks, checkIn: cohort.followUpCheckInWeeks }))
      .join(", "),
  ];
  audit(db, { actorId: user.id, action: "report.csv", subjectType: "cohort", subjectId: cohort.id, detail: { rows: rows.length } });
  const name = `rapport-${cohort.name.toLowerCase().replace(/[^a-z0-9æøå]+/g, "-")}-${calendarDate(clock.now(), cohort.timeZone)}.csv`;
  return new Response(spreadsheetCsvStream(body()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
}
