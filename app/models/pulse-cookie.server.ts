// One answer per phone: the phone itself remembers which measurements it has answered, in this
// cookie. Nothing on the server links a phone to an answer (docs/decisions/017-team-pulse.md).
import { createCookie } from "@remix-run/node";

import { cookiesSecure } from "~/utils/env.server";

const answeredCookie = createCookie("pulse_answered", {
  httpOnly: true,
  sameSite: "lax",
  secure: cookiesSecure(),
  path: "/p",
  maxAge: 60 * 60 * 24 * 60,
});

/** The measurements this phone has answered. */
export async function answeredOnThisPhone(request: Request): Promise<number[]> {
  const value: unknown = await answeredCookie.parse(request.headers.get("Cookie"));
  return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)).slice(-50) : [];
}

/** The Set-Cookie header that adds a measurement to those this phone has answered. */
export function rememberAnswered(done: number[], pulseId: number): Promise<string> {
  return answeredCookie.serialize([...done, pulseId].slice(-50));
}
