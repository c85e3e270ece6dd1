// OpenID Connect sign-in through openid-client (ADR 023): authorization code flow with PKCE, state
// and nonce. The transaction (state, nonce, verifier) is kept in the database under the hash of a
// random cookie value, so any worker can finish what another began, the browser that began it is
// the only one that can finish it, and a replayed callback finds it used up.
import { timingSafeEqual } from "node:crypto";

import { and, eq, isNull, lt } from "drizzle-orm";
import * as oidc from "openid-client";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { createSession, generateToken, hashToken } from "~/utils/session.server";

import { audit } from "./audit.server";
import { allowHttpLoopback, clientSecretOf, getSsoConfig, type SsoConfig } from "./sso-config.server";
import { emailFromClaims, emailVerifiedIn, type LinkOutcome, linkSsoIdentity } from "./sso-link.server";

export const SSO_TRANSACTION_MS = 10 * 60 * 1000;
const DISCOVERY_TIMEOUT_S = 5;

export type CallbackProblem = "missing" | "repeated" | "oversized" | "malformed" | "provider-error" | "state" | "replayed";

type Discovered = { ok: true; config: oidc.Configuration } | { ok: false; reason: "unreachable" | "misconfigured" };

async function discover(sso: SsoConfig): Promise<Discovered> {
  const secret = clientSecretOf(sso);
  if (!secret) return { ok: false, reason: "misconfigured" };
  const issuer = new URL(sso.issuer);
  const insecure = issuer.protocol === "http:" && allowHttpLoopback();
  try {
    const config = await oidc.discovery(issuer, sso.clientId, undefined, oidc.ClientSecretPost(secret), {
      timeout: DISCOVERY_TIMEOUT_S,
      ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
    });
    return { ok: true, config };
  } catch {
    return { ok: false, reason: "unreachable" };
  }
}

export type StartResult =
  | { ok: true; authorizationUrl: string; cookieToken: string }
  | { ok: false; reason: "unknown" | "unreachable" | "misconfigured"; organisationName?: string };

/** Begins a sign-in with the organisation's provider: where to send the browser, and the cookie that binds it. */
export async function startSsoSignIn(
  organisationId: number,
  returnTo: string,
  redirectUri: string,
  now = clock.now(),
): Promise<StartResult> {
  const sso = getSsoConfig(organisationId);
  if (!sso) return { ok: false, reason: "unknown" };
  const discovered = await discover(sso);
  if (!discovered.ok) {
    const name = db
      .select({ name: schema.organisations.name })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, organisationId))
      .get()?.name;
    return { ok: false, reason: discovered.reason, organisationName: name };
  }
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const cookieToken = generateToken();
  db.transaction((tx) => {
    tx.delete(schema.ssoTransactions).where(lt(schema.ssoTransactions.expiresAt, now)).run();
    tx.insert(schema.ssoTransactions)
      .values({
        id: hashToken(cookieToken),
        organisationId,
        state,
        nonce,
        codeVerifier,
        redirectUri,
        returnTo,
        expiresAt: new Date(now.getTime() + SSO_TRANSACTION_MS),
        createdAt: now,
      })
      .run();
  });
  const url = oidc.buildAuthorizationUrl(discovered.config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { ok: true, authorizationUrl: url.href, cookieToken };
}

const KNOWN = ["code", "state", "iss", "session_state", "error", "error_description", "error_uri"] as const;

/** The callback's parameters, or why they cannot be from a real provider answering our request. */
export function readCallbackParams(search: string): { ok: true; params: URLSearchParams } | { ok: false; problem: CallbackProblem } {
  if (search.length > 4096) return { ok: false, problem: "oversized" };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ok: false, problem: "malformed" };
  }
  for (const key of KNOWN) if (params.getAll(key).length > 1) return { ok: false, problem: "repeated" };
  for (const [, value] of params) if (value.length > 2048) return { ok: false, problem: "oversized" };
  if (params.has("error")) return { ok: false, problem: "provider-error" };
  const code = params.get("code");
  const state = params.get("state");
  if (!code || !state) return { ok: false, problem: "missing" };
  if (state.length > 256 || !/^[\x21-\x7e]+$/.test(state) || !/^[\x21-\x7e]+$/.test(code)) return { ok: false, problem: "malformed" };
  return { ok: true, params };
}

function sameText(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type FinishResult =
  | { ok: true; token: string; expiresAt: Date; locale: "nb" | "nn" | "en"; returnTo: string }
  | { ok: false; status: 400; problem: CallbackProblem }
  | { ok: false; status: 400; problem: "rejected" }
  | { ok: false; status: 502; problem: "unreachable" | "misconfigured" }
  | { ok: false; status: 403; problem: Extract<LinkOutcome, { ok: false }>["reason"]; organisation: { name: string; contact: string } };

/**
 * Finishes the sign-in the provider sent the browser back from. Parameters that no real answer to
 * our request carries (missing, repeated, oversized, another state, a used transaction) are refused
 * before anything is written; the transaction is used up before the code is exchanged, so a
 * replayed callback is refused as well.
 */
export async function finishSsoSignIn(cookieToken: string | null, search: string, now = clock.now()): Promise<FinishResult> {
  const read = readCallbackParams(search);
  if (!read.ok) return { ok: false, status: 400, problem: read.problem };
  if (!cookieToken || !/^[a-z2-7]{32}$/.test(cookieToken)) return { ok: false, status: 400, problem: "state" };
  const id = hashToken(cookieToken);
  const pending = db.select().from(schema.ssoTransactions).where(eq(schema.ssoTransactions.id, id)).get();
  if (!pending || pending.expiresAt.getTime() <= now.getTime()) return { ok: false, status: 400, problem: "state" };
  if (!sameText(pending.state, read.params.get("state")!)) return { ok: false, status: 400, problem: "state" };
  if (pending.usedAt) return { ok: false, status: 400, problem: "replayed" };
  const sso = getSsoConfig(pending.organisationId);
  if (!sso) return { ok: false, status: 400, problem: "state" };
  const used = db
    .update(schema.ssoTransactions)
    .set({ usedAt: now })
    .where(and(eq(schema.ssoTransactions.id, id), isNull(schema.ssoTransactions.usedAt)))
    .run();
  if (used.changes !== 1) return { ok: false, status: 400, problem: "replayed" };

  const discovered = await discover(sso);
  if (!discovered.ok) return { ok: false, status: 502, problem: discovered.reason };
  let claims: oidc.IDToken | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(discovered.config, new URL(`${pending.redirectUri}?${read.params}`), {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (error) {
    if (isNetworkError(error)) return { ok: false, status: 502, problem: "unreachable" };
    const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "unknown";
    audit(db, {
      actorId: null,
      action: "sso.token-rejected",
      subjectType: "organisation",
      subjectId: sso.organisationId,
      detail: { code },
    });
    return { ok: false, status: 400, problem: "rejected" };
  }
  if (!claims) return { ok: false, status: 400, problem: "rejected" };
  const outcome = linkSsoIdentity(
    sso,
    {
      issuer: claims.iss,
      subject: claims.sub,
      email: emailFromClaims(claims, sso.emailClaim),
      emailVerified: emailVerifiedIn(claims, sso.emailClaim),
      name: typeof claims.name === "string" ? claims.name : null,
    },
    now,
  );
  if (!outcome.ok) {
    const name =
      db.select({ name: schema.organisations.name }).from(schema.organisations).where(eq(schema.organisations.id, sso.organisationId)).get()
        ?.name ?? "";
    return { ok: false, status: 403, problem: outcome.reason, organisation: { name, contact: sso.contact } };
  }
  const session = createSession(outcome.userId, now, { method: "sso", organisationId: sso.organisationId });
  return { ok: true, ...session, locale: outcome.locale, returnTo: pending.returnTo };
}

function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "TypeError" || error.name === "AbortError" || error.name === "TimeoutError") return true;
  return error.cause instanceof Error && isNetworkError(error.cause);
}
