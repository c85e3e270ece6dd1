import type { LoaderFunctionArgs } from "@remix-run/node";

import { gatheringIcs } from "~/models/calendar.server";
import { notFound, parseId, requireParticipant } from "~/utils/auth.server";

// "Legg til i kalender": one samling of the participant's own cohort as an .ics file.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireParticipant(request);
  const gatheringId = parseId(params.gatheringId);
  const ics = gatheringIcs(user.id, gatheringId);
  if (!ics) notFound();
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="samling-${gatheringId}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
