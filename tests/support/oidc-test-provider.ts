// A real OpenID Connect provider (oidc-provider) on 127.0.0.1 for the SSO spec: discovery, its own
// sign-in page, the token endpoint, ID tokens signed with a key only this process holds. `tamper`
// makes the next ID tokens wrong in one way (nonce, expiry, audience), re-signed with that same key,
// so the app sees a correctly signed token that it still must refuse.
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import http from "node:http";

import Provider from "oidc-provider";

export type Tamper = null | "nonce" | "expired" | "audience";
export type TestAccount = { sub: string; email: string; emailVerified: boolean; name: string };

export const CLIENT_ID = "lederprogrammet";
export const CLIENT_SECRET = "testhemmelighet-som-bare-testen-kjenner";

function b64url(value: Buffer | string) {
  return Buffer.from(value).toString("base64url");
}

function resign(idToken: string, change: (claims: Record<string, unknown>) => void, key: KeyObject) {
  const [header, payload] = idToken.split(".") as [string, string];
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  change(claims);
  const input = `${header}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${b64url(sign("sha256", Buffer.from(input), key))}`;
}

export async function startTestProvider(port: number, redirectUri: string) {
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" };
  const accounts = new Map<string, TestAccount>();
  const state: { tamper: Tamper; hold: boolean; lastCallback: string } = { tamper: null, hold: false, lastCallback: "" };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [redirectUri],
        token_endpoint_auth_method: "client_secret_post",
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["test-provider-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The app reads who the person is from the ID token, as with Entra ID.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id) ?? { sub: `sub-${id}`, email: id, emailVerified: true, name: "" };
      return {
        accountId: id,
        claims: () => ({ sub: account.sub, email: account.email, email_verified: account.emailVerified, name: account.name || undefined }),
      };
    },
  });
  // Remembers each answer sent back to the app; `hold` keeps the browser here instead, so a test can
  // change the answer (as an attacker would) before it reaches the app.
  provider.use(async (ctx, next) => {
    await next();
    const location = ctx.response.get("Location") ?? "";
    if (!location.startsWith(`${redirectUri}?`)) return;
    state.lastCallback = location;
    if (!state.hold) return;
    ctx.status = 200;
    ctx.set("Location", "");
    ctx.type = "text/html";
    ctx.body = `<!doctype html><html lang="nb"><head><title>Holdt tilbake</title></head><body><main><h1>Svaret er holdt tilbake</h1></main></body></html>`;
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== "/token" || !state.tamper || !body?.id_token) return;
    const nowS = Math.floor(Date.now() / 1000);
    const tamper = state.tamper;
    body.id_token = resign(
      body.id_token,
      (claims) => {
        if (tamper === "nonce") claims.nonce = "en-annen-nonce";
        if (tamper === "expired") Object.assign(claims, { iat: nowS - 7200, exp: nowS - 3600 });
        if (tamper === "audience") claims.aud = "en-annen-klient";
      },
      privateKey,
    );
  });

  const handle = provider.callback();
  const server = http.createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
    if (!match) return handle(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === "GET") {
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(
            `<!doctype html><html lang="nb"><head><title>Testleverandør</title></head><body><main><h1>Testleverandøren</h1>` +
              `<form method="post" action="/interaction/${details.uid}"><label for="login">Brukernavn hos testleverandøren</label>` +
              `<input id="login" name="login" required><button type="submit">Logg inn hos testleverandøren</button></form></main></body></html>`,
          );
          return;
        }
        let body = "";
        for await (const chunk of req) body += String(chunk);
        const login = new URLSearchParams(body).get("login") ?? "";
        const grant = new provider.Grant({ accountId: login, clientId: CLIENT_ID });
        grant.addOIDCScope("openid email profile");
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: login }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        res.statusCode = 500;
        res.end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    accounts,
    tamper(mode: Tamper) {
      state.tamper = mode;
    },
    hold(on: boolean) {
      state.hold = on;
    },
    lastCallback: () => state.lastCallback,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 that nothing listens on: a provider that is down. */
export async function closedPort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
