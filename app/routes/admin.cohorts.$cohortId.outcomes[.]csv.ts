import type { LoaderFunctionArgs } from "@remix-run/node";

import { audit } from "~/models/audit.server";
import { cohortOutcomes, outcomesCsvRows } from "~/models/outcomes.server";
import { requireCohortOwner } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";
import { spreadsheetCsv } from "~/utils/csv.server";
import { db } from "~/utils/db.server";
import { translator } from "~/utils/i18n.server";
import { calendarDate } from "~/utils/programme-time";

// The same aggregates as /admin/cohorts/:id/outcomes: counts, and distributions only from the floor up.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const t = translator(user.locale);
  const keys = [
    "instrument",
    "occasion",
    "answered",
    "answers",
    "comparison",
    "item",
    "pairs",
    "meanBefore",
    "meanAfter",
    "value",
  ] as const;
  const labels = Object.fromEntries(keys.map((k) => [k, t(`instruments.outcomes.csv.${k}`)])) as Record<(typeof keys)[number], string>;
  const csv = spreadsheetCsv(outcomesCsvRows(cohortOutcomes(cohort), labels));
  audit(db, { actorId: user.id, action: "outcomes.csv", subjectType: "cohort", subjectId: cohort.id });
  const name = `for-og-etter-${cohort.name.toLowerCase().replace(/[^a-z0-9æøå]+/g, "-")}-${calendarDate(clock.now(), cohort.timeZone)}.csv`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
}
