import type { LoaderFunctionArgs } from "@remix-run/node";

import { nextTalkIcs } from "~/models/calendar.server";
import { notFound, requireParticipant } from "~/utils/auth.server";

// "Legg i kalenderen": the agreed next partner conversation as an .ics file (Outlook, phones).
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireParticipant(request);
  const ics = nextTalkIcs(user.id);
  if (!ics) notFound();
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="neste-samtale.ics"',
      "Cache-Control": "no-store",
    },
  });
}
