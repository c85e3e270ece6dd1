// The cookie that binds an SSO sign-in to the browser that began it. SameSite=Lax still travels on
// the provider's top-level redirect back to the callback; it lives as long as the transaction.
import { createCookie } from "@remix-run/node";

import { appUrl, cookiesSecure, env } from "./env.server";

export const ssoTransactionCookie = createCookie("sso_tx", {
  httpOnly: true,
  sameSite: "lax",
  secure: cookiesSecure(),
  path: "/sso",
  maxAge: 10 * 60,
});

/**
 * The redirect URI registered with the provider: APP_URL's when set (production), otherwise the
 * address the browser used, so the cookie set on that host comes back with the callback.
 */
export function callbackUrl(request: Request): string {
  const origin = env.APP_URL ? appUrl() : new URL(request.url).origin;
  return `${origin}/sso/callback`;
}

export async function readSsoTransactionCookie(request: Request): Promise<string | null> {
  const value = await ssoTransactionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}
