import { type ActionFunctionArgs, redirect } from "@remix-run/node";

import { clearSessionCookie, invalidateSessionToken, readSessionToken } from "~/utils/session.server";

// Signing out needs no guard: whoever holds the cookie may end that session, and nothing else.
export async function action({ request }: ActionFunctionArgs) {
  const token = await readSessionToken(request);
  if (token) invalidateSessionToken(token);
  throw redirect("/login", { headers: { "Set-Cookie": await clearSessionCookie() } });
}

export async function loader() {
  throw redirect("/");
}
