import type { LoaderFunctionArgs } from "@remix-run/node";

import { collectMyData } from "~/models/my-data.server";
import { notFound, requireUser } from "~/utils/auth.server";

// Everything the platform holds about the signed-in person, machine-readable (GDPR art. 15 and 20).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const data = collectMyData(user.id) ?? notFound();
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mine-data.json"',
      "Cache-Control": "no-store",
    },
  });
}
