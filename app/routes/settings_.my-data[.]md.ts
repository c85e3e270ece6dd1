import type { LoaderFunctionArgs } from "@remix-run/node";

import { collectMyData, myDataAsMarkdown, type MyDataLabels } from "~/models/my-data.server";
import { notFound, requireUser } from "~/utils/auth.server";
import { translator } from "~/utils/i18n.server";

const LABELS: (keyof MyDataLabels)[] = [
  "selfAssessments",
  "title",
  "exportedAt",
  "profile",
  "name",
  "email",
  "createdAt",
  "memberships",
  "journal",
  "challenges",
  "modules",
  "partnerships",
  "checkIns",
  "responses",
  "attendance",
  "none",
  "tags",
  "shared",
  "skipReason",
  "notes",
  "nextSteps",
  "rsvp",
  "apology",
  "status",
  "week",
  "minutes",
];

// The same export as the JSON file, written to be read by a person.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const data = collectMyData(user.id) ?? notFound();
  const t = translator(user.locale);
  const labels = Object.fromEntries(LABELS.map((k) => [k, t(`myData.md.${k}`)])) as MyDataLabels;
  return new Response(myDataAsMarkdown(data, labels), {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mine-data.md"',
      "Cache-Control": "no-store",
    },
  });
}
