import type { LoaderFunctionArgs } from "@remix-run/node";

import { calendarFeed } from "~/models/calendar.server";

// The personal calendar feed. The secret token is the only key: a wrong or replaced token is a
// plain 404 that says nothing about whether it ever existed.
export async function loader({ params }: LoaderFunctionArgs) {
  const ics = calendarFeed((params.token ?? "").replace(/\.ics$/, ""));
  if (!ics) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": 'inline; filename="lederprogrammet.ics"',
    },
  });
}
