// Single sign-on rules (ADR 023) against a real database file: the configuration and its sealed
// secret, who an SSO sign-in is, required SSO for password sign-in, and hostile callbacks.
import { eq } from "drizzle-orm";

import { ssoConfigSchema } from "~/forms/sso";
import { finishSsoSignIn, readCallbackParams } from "~/models/sso.server";
import { clientSecretOf, getSsoConfig, saveSsoConfig } from "~/models/sso-config.server";
import { emailVerifiedIn, linkSsoIdentity } from "~/models/sso-link.server";
import { signIn } from "~/models/user.server";
import { db, schema } from "~/utils/db.server";
import { openSecret, readSecretKey, sealSecret } from "~/utils/secret-box.server";
import { generateToken, hashToken } from "~/utils/session.server";

import { makeCohort, makeOrganisation, makeUser, TEST_PASSWORD } from "../support/factories";

const KEY_HEX = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
process.env.OIDC_SECRET_KEY = KEY_HEX;

const input = (over: Record<string, string> = {}) => {
  const parsed = ssoConfigSchema(false).safeParse({
    intent: "save",
    issuer: "https://login.microsoftonline.com/tenant/v2.0",
    clientId: "klient",
    clientSecret: "hemmelig-verdi",
    emailDomains: "etat.example",
    ...over,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};

let domainCounter = 0;
async function ssoOrganisation(over: Record<string, string> = {}) {
  const org = makeOrganisation();
  const admin = await makeUser({ isAdmin: true });
  const domain = `etat${++domainCounter}.example`;
  const saved = saveSsoConfig(admin.id, org.id, input({ emailDomains: domain, ...over }));
  expect(saved).toEqual({ ok: true });
  return { org, domain, config: getSsoConfig(org.id)! };
}

function counts() {
  return {
    users: db.select().from(schema.users).all().length,
    sessions: db.select().from(schema.sessions).all().length,
    identities: db.select().from(schema.ssoIdentities).all().length,
    audit: db.select().from(schema.auditLog).all().length,
    usedTransactions: db
      .select()
      .from(schema.ssoTransactions)
      .all()
      .filter((t) => t.usedAt).length,
  };
}

describe("the client secret", () => {
  it("is sealed with AES-256-GCM: it opens with the key, not with another key, not after tampering", () => {
    const key = readSecretKey(KEY_HEX)!;
    const sealed = sealSecret("s3cret", key);
    expect(sealed).not.toContain("s3cret");
    expect(openSecret(sealed, key)).toBe("s3cret");
    expect(openSecret(sealed, readSecretKey("ff".repeat(32))!)).toBeNull();
    expect(openSecret(`${sealed.slice(0, -2)}AA`, key)).toBeNull();
    expect(readSecretKey("too-short")).toBeNull();
  });

  it("is stored sealed, never in clear text, and read back for the token request", async () => {
    const { config } = await ssoOrganisation();
    expect(JSON.stringify(config)).not.toContain("hemmelig-verdi");
    expect(clientSecretOf(config)).toBe("hemmelig-verdi");
  });

  it("can be named by an environment variable instead, and then nothing secret is stored", async () => {
    process.env.OIDC_TEST_SECRET = "fra-miljoet";
    const { config } = await ssoOrganisation({ clientSecret: "", clientSecretEnv: "OIDC_TEST_SECRET" });
    expect(config.clientSecretSealed).toBeNull();
    expect(clientSecretOf(config)).toBe("fra-miljoet");
  });

  it("cannot be stored without the key, and nothing is written", async () => {
    const org = makeOrganisation();
    const admin = await makeUser({ isAdmin: true });
    delete process.env.OIDC_SECRET_KEY;
    try {
      expect(saveSsoConfig(admin.id, org.id, input({ emailDomains: "uten-nokkel.example" }))).toMatchObject({
        ok: false,
        field: "clientSecret",
      });
    } finally {
      process.env.OIDC_SECRET_KEY = KEY_HEX;
    }
    expect(getSsoConfig(org.id)).toBeNull();
  });
});

describe("the configuration form", () => {
  const issuer = (allowHttp: boolean, value: string) => ssoConfigSchema(allowHttp).shape.issuer.safeParse(value).success;

  it("refuses a plain-http issuer outside development and tests, and anywhere but this machine", () => {
    expect(issuer(false, "https://login.microsoftonline.com/t/v2.0")).toBe(true);
    expect(issuer(false, "http://127.0.0.1:3280")).toBe(false);
    expect(issuer(true, "http://127.0.0.1:3280")).toBe(true);
    expect(issuer(true, "http://idp.example.com")).toBe(false);
    expect(issuer(false, "https://user:pw@idp.example.com")).toBe(false);
    expect(issuer(false, "ikke en adresse")).toBe(false);
  });

  it("reads domains separated by commas or spaces and refuses what is not a domain", () => {
    expect(input({ emailDomains: "Nav.no, @etat.example  x.example" }).emailDomains).toEqual(["nav.no", "etat.example", "x.example"]);
    expect(ssoConfigSchema(false).shape.emailDomains.safeParse("nav no!").success).toBe(false);
  });

  it("refuses a domain another organisation already vouches for", async () => {
    const { domain } = await ssoOrganisation();
    const other = makeOrganisation();
    const admin = await makeUser({ isAdmin: true });
    expect(saveSsoConfig(admin.id, other.id, input({ emailDomains: domain }))).toMatchObject({ ok: false, field: "emailDomains" });
  });
});

describe("who an SSO sign-in is", () => {
  const identity = (email: string | null, over: Partial<Parameters<typeof linkSsoIdentity>[1]> = {}) => ({
    issuer: "https://idp.example",
    subject: `sub-${generateToken()}`,
    email,
    emailVerified: true,
    name: null,
    ...over,
  });

  it("links an existing account by verified e-mail the first time, then by subject whatever the e-mail says", async () => {
    const { domain, config } = await ssoOrganisation();
    const user = await makeUser({ email: `kari@${domain}` });
    const first = identity(`kari@${domain}`);
    expect(linkSsoIdentity(config, first)).toMatchObject({ ok: true, userId: user.id, how: "email" });
    expect(linkSsoIdentity(config, { ...first, email: `nytt@${domain}` })).toMatchObject({ ok: true, userId: user.id, how: "subject" });
    const actions = db
      .select()
      .from(schema.auditLog)
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["sso.link", "sso.sign-in"]));
  });

  it("does not link by an unverified address, nor by one outside the organisation's domains", async () => {
    const { domain, config } = await ssoOrganisation();
    await makeUser({ email: `ola@${domain}` });
    await makeUser({ email: "ola@annet.example" });
    expect(linkSsoIdentity(config, identity(`ola@${domain}`, { emailVerified: false }))).toEqual({ ok: false, reason: "unverified" });
    expect(linkSsoIdentity(config, identity("ola@annet.example"))).toEqual({ ok: false, reason: "domain" });
    expect(linkSsoIdentity(config, identity(null))).toEqual({ ok: false, reason: "no-email" });
    expect(db.select().from(schema.ssoIdentities).where(eq(schema.ssoIdentities.organisationId, config.organisationId)).all()).toEqual([]);
  });

  it("counts a directory claim such as upn as verified, but `email` only with email_verified", () => {
    expect(emailVerifiedIn({ email: "a@b.no" }, "email")).toBe(false);
    expect(emailVerifiedIn({ email: "a@b.no", email_verified: true }, "email")).toBe(true);
    expect(emailVerifiedIn({ upn: "a@b.no" }, "upn")).toBe(true);
  });

  it("does not let in someone with no account and no invitation; records the refusal without the address", async () => {
    const { domain, config } = await ssoOrganisation();
    const before = counts();
    expect(linkSsoIdentity(config, identity(`ukjent@${domain}`))).toEqual({ ok: false, reason: "not-invited" });
    expect(counts()).toEqual({ ...before, audit: before.audit + 1 });
    const last = db.select().from(schema.auditLog).all().at(-1)!;
    expect(last.action).toBe("sso.refused");
    expect(last.detail).not.toContain("ukjent");
  });

  it("makes an account for a pending invitation, which joins no cohort until the invitation is accepted", async () => {
    const { domain, config } = await ssoOrganisation();
    const cohort = makeCohort({ organisationId: config.organisationId });
    db.insert(schema.invitations)
      .values({
        tokenHash: hashToken(generateToken()),
        email: `ny@${domain}`,
        name: "Ny Person",
        cohortId: cohort.id,
        role: "participant",
        expiresAt: new Date("2100-01-01"),
      })
      .run();
    const outcome = linkSsoIdentity(config, identity(`ny@${domain}`));
    expect(outcome).toMatchObject({ ok: true, how: "invitation" });
    const userId = (outcome as { userId: number }).userId;
    expect(db.select().from(schema.users).where(eq(schema.users.id, userId)).get()?.name).toBe("Ny Person");
    expect(db.select().from(schema.memberships).where(eq(schema.memberships.userId, userId)).all()).toEqual([]);
  });

  it("makes a just-in-time account only when the organisation allows it, in no cohort", async () => {
    const { domain, config } = await ssoOrganisation({ allowJit: "on" });
    const outcome = linkSsoIdentity(config, identity(`jit@${domain}`, { name: "Just In Time" }));
    expect(outcome).toMatchObject({ ok: true, how: "jit" });
    const userId = (outcome as { userId: number }).userId;
    expect(db.select().from(schema.memberships).where(eq(schema.memberships.userId, userId)).all()).toEqual([]);
    // No password works for an account made this way.
    expect(await signIn(`jit@${domain}`, "!sso", "10.0.0.1")).toMatchObject({ ok: false });
  });

  it("does not hand an account already linked to one subject to another subject with the same address", async () => {
    const { domain, config } = await ssoOrganisation();
    await makeUser({ email: `per@${domain}` });
    expect(linkSsoIdentity(config, identity(`per@${domain}`))).toMatchObject({ ok: true });
    expect(linkSsoIdentity(config, identity(`per@${domain}`))).toEqual({ ok: false, reason: "linked-elsewhere" });
  });
});

describe("an organisation that requires SSO", () => {
  it("refuses password sign-in for its members, whether or not the account or password exists, but not for an admin", async () => {
    const { domain } = await ssoOrganisation({ requireSso: "on" });
    await makeUser({ email: `medlem@${domain}` });
    await makeUser({ email: `admin@${domain}`, isAdmin: true });
    await makeUser({ email: "utenfor@annet.example" });
    expect(await signIn(`medlem@${domain}`, TEST_PASSWORD, "10.0.0.2")).toMatchObject({ ok: false, reason: "sso-required" });
    expect(await signIn(`finnes.ikke@${domain}`, "hva-som-helst", "10.0.0.2")).toMatchObject({ ok: false, reason: "sso-required" });
    expect(await signIn(`admin@${domain}`, TEST_PASSWORD, "10.0.0.2")).toMatchObject({ ok: true });
    expect(await signIn("utenfor@annet.example", TEST_PASSWORD, "10.0.0.2")).toMatchObject({ ok: true });
  });
});

describe("the callback", () => {
  async function pendingTransaction(over: Partial<typeof schema.ssoTransactions.$inferInsert> = {}) {
    const { org } = await ssoOrganisation();
    const cookie = generateToken();
    db.insert(schema.ssoTransactions)
      .values({
        id: hashToken(cookie),
        organisationId: org.id,
        state: "riktig-state",
        nonce: "n",
        codeVerifier: "v",
        redirectUri: "http://127.0.0.1:1/sso/callback",
        expiresAt: new Date("2100-01-01"),
        ...over,
      })
      .run();
    return cookie;
  }

  it.each([
    ["missing", ""],
    ["missing", "?state=riktig-state"],
    ["missing", "?code=abc"],
    ["repeated", "?code=a&code=b&state=riktig-state"],
    ["repeated", "?code=a&state=riktig-state&state=riktig-state"],
    ["oversized", `?code=${"a".repeat(3000)}&state=riktig-state`],
    ["oversized", `?code=a&state=riktig-state&x=${"y".repeat(5000)}`],
    ["malformed", "?code=a%0Ab&state=riktig-state"],
    ["provider-error", "?error=access_denied&state=riktig-state"],
    ["state", "?code=abc&state=feil-state"],
  ])("answers %s parameters with a 400 and writes nothing (case %#)", async (problem, search) => {
    const cookie = await pendingTransaction();
    const before = counts();
    expect(await finishSsoSignIn(cookie, search)).toEqual({ ok: false, status: 400, problem });
    expect(counts()).toEqual(before);
  });

  it("refuses a callback without the browser's cookie, or with an expired transaction, and writes nothing", async () => {
    const expired = await pendingTransaction({ expiresAt: new Date("2000-01-01") });
    const before = counts();
    expect(await finishSsoSignIn(null, "?code=abc&state=riktig-state")).toMatchObject({ status: 400, problem: "state" });
    expect(await finishSsoSignIn("x".repeat(32), "?code=abc&state=riktig-state")).toMatchObject({ status: 400, problem: "state" });
    expect(await finishSsoSignIn(expired, "?code=abc&state=riktig-state")).toMatchObject({ status: 400, problem: "state" });
    expect(counts()).toEqual(before);
  });

  it("refuses a replayed callback (the transaction already used) and writes nothing", async () => {
    const used = await pendingTransaction({ usedAt: new Date("2026-01-01") });
    const before = counts();
    expect(await finishSsoSignIn(used, "?code=abc&state=riktig-state")).toEqual({ ok: false, status: 400, problem: "replayed" });
    expect(counts()).toEqual(before);
  });

  it("reads a well-formed answer", () => {
    expect(readCallbackParams("?code=abc&state=s&iss=https%3A%2F%2Fidp").ok).toBe(true);
  });
});
