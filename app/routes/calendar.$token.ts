import type { LoaderFunctionArgs } from "@remix-run/node";

import { calendarFeed } from "~/models/calendar.server";
import { recordTokenFailure, tokenLockedForMinutes } from "~/models/login-throttle.server";
import { clientIp } from "~/utils/forms.server";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// The personal calendar feed. The secret token is the only key: a wrong or replaced token is a
// plain 404 that says nothing about whether it ever existed, and a client that keeps guessing is
// made to wait like one guessing reset or invitation links (ADR 012).
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const ip = clientIp(request, context);
  if (tokenLockedForMinutes(ip) > 0) return text("For mange forsøk. Prøv igjen om et kvarter.", 429);
  const ics = calendarFeed((params.token ?? "").replace(/\.ics$/, ""));
  if (!ics) {
    recordTokenFailure(ip);
    return text("Not found", 404);
  }
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": 'inline; filename="lederprogrammet.ics"',
    },
  });
}
