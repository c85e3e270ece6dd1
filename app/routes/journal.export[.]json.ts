import type { LoaderFunctionArgs } from "@remix-run/node";

import { entryForExport, exportEntries, localIso } from "~/models/journal.server";
import { requireParticipant } from "~/utils/auth.server";
import * as clock from "~/utils/clock.server";

// The author's whole journal as JSON, for moving it elsewhere.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireParticipant(request);
  const entries = exportEntries(user.id).map(entryForExport);
  return new Response(
    JSON.stringify({ exportedAt: localIso(clock.now()), author: { name: user.name, email: user.email }, entries }, null, 2),
    {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="refleksjonslogg.json"',
        "Cache-Control": "no-store",
      },
    },
  );
}
