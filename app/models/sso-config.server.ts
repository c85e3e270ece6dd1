// An organisation's OpenID Connect configuration: who may edit it (admins, checked by the route's
// guard), how the client secret is kept (sealed or named, never clear text; ADR 023), and which
// e-mail addresses the organisation vouches for.
import { eq } from "drizzle-orm";

import type { SsoConfigInput } from "~/forms/sso";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { openSecret, readSecretKey, sealSecret } from "~/utils/secret-box.server";

import { audit } from "./audit.server";

export type SsoConfig = typeof schema.organisationSso.$inferSelect;

/** Plain http issuers only on this machine and only in development and tests. */
export function allowHttpLoopback(): boolean {
  // The validated environment, not `process.env.NODE_ENV`: the build replaces that with "production".
  return env.NODE_ENV === "development" || env.NODE_ENV === "test";
}

export function domainsOf(config: Pick<SsoConfig, "emailDomains">): string[] {
  return config.emailDomains.split(",").filter(Boolean);
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export function getSsoConfig(organisationId: number): SsoConfig | null {
  return db.select().from(schema.organisationSso).where(eq(schema.organisationSso.organisationId, organisationId)).get() ?? null;
}

/** The organisation and its configuration for the admin page; null when there is no such organisation. */
export function ssoSettingsFor(organisationId: number) {
  const organisation = db
    .select({ id: schema.organisations.id, name: schema.organisations.name })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, organisationId))
    .get();
  if (!organisation) return null;
  const config = getSsoConfig(organisationId);
  return {
    organisation,
    config: config && {
      issuer: config.issuer,
      clientId: config.clientId,
      clientSecretEnv: config.clientSecretEnv ?? "",
      hasSealedSecret: Boolean(config.clientSecretSealed),
      emailDomains: domainsOf(config).join(", "),
      emailClaim: config.emailClaim,
      allowJit: config.allowJit,
      requireSso: config.requireSso,
      contact: config.contact,
      version: config.updatedAt.getTime(),
    },
    keyConfigured: readSecretKey() !== null,
  };
}

/** Organisations that offer SSO on /login, by name. */
export function ssoOrganisations(): { id: number; name: string }[] {
  return db
    .select({ id: schema.organisations.id, name: schema.organisations.name })
    .from(schema.organisationSso)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.organisationSso.organisationId))
    .orderBy(schema.organisations.name)
    .all();
}

/** The organisation that vouches for this address's domain, if it has SSO. */
export function ssoOrganisationForEmail(email: string): { id: number; name: string; requireSso: boolean } | null {
  const domain = domainOf(email);
  const rows = db
    .select({
      id: schema.organisations.id,
      name: schema.organisations.name,
      domains: schema.organisationSso.emailDomains,
      requireSso: schema.organisationSso.requireSso,
    })
    .from(schema.organisationSso)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.organisationSso.organisationId))
    .all();
  const row = rows.find((r) => r.domains.split(",").includes(domain));
  return row ? { id: row.id, name: row.name, requireSso: row.requireSso } : null;
}

export type SaveResult = { ok: true } | { ok: false; field: "clientSecret" | "emailDomains"; key: string };

/**
 * Saves the configuration. A new secret is sealed under OIDC_SECRET_KEY (refused when the key is
 * missing); a blank secret keeps the one stored; naming an environment variable replaces a sealed
 * secret. A domain already claimed by another organisation is refused: one address, one provider.
 */
export function saveSsoConfig(adminId: number, organisationId: number, input: SsoConfigInput, now = clock.now()): SaveResult {
  return db.transaction((tx) => {
    const existing = tx.select().from(schema.organisationSso).where(eq(schema.organisationSso.organisationId, organisationId)).get();
    const others = tx
      .select()
      .from(schema.organisationSso)
      .all()
      .filter((c) => c.organisationId !== organisationId);
    const taken = input.emailDomains.find((d) => others.some((o) => domainsOf(o).includes(d)));
    if (taken) return { ok: false, field: "emailDomains", key: "sso.errors.domainTaken" } as const;
    let sealed = existing?.clientSecretSealed ?? null;
    const envName = input.clientSecretEnv || null;
    if (input.clientSecret) {
      const key = readSecretKey();
      if (!key) return { ok: false, field: "clientSecret", key: "sso.errors.noKey" } as const;
      sealed = sealSecret(input.clientSecret, key);
    } else if (envName) {
      sealed = null;
    }
    if (!sealed && !envName) return { ok: false, field: "clientSecret", key: "sso.errors.secretNeeded" } as const;
    const values = {
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: envName && !input.clientSecret ? null : sealed,
      clientSecretEnv: input.clientSecret ? null : envName,
      emailDomains: input.emailDomains.join(","),
      emailClaim: input.emailClaim,
      allowJit: input.allowJit,
      requireSso: input.requireSso,
      contact: input.contact,
      updatedAt: now,
    };
    tx.insert(schema.organisationSso)
      .values({ organisationId, ...values, createdAt: now })
      .onConflictDoUpdate({ target: schema.organisationSso.organisationId, set: values })
      .run();
    audit(tx, {
      actorId: adminId,
      action: existing ? "sso.config.update" : "sso.config.create",
      subjectType: "organisation",
      subjectId: organisationId,
      detail: { secret: input.clientSecret ? "sealed" : envName ? "env" : "kept", requireSso: input.requireSso, allowJit: input.allowJit },
    });
    return { ok: true } as const;
  });
}

export function removeSsoConfig(adminId: number, organisationId: number) {
  db.transaction((tx) => {
    const removed = tx.delete(schema.organisationSso).where(eq(schema.organisationSso.organisationId, organisationId)).run();
    if (removed.changes > 0)
      audit(tx, { actorId: adminId, action: "sso.config.remove", subjectType: "organisation", subjectId: organisationId });
  });
}

/** The client secret in clear, for the token request only; null when it cannot be read. */
export function clientSecretOf(config: SsoConfig): string | null {
  if (config.clientSecretEnv) return process.env[config.clientSecretEnv] || null;
  const key = readSecretKey();
  return config.clientSecretSealed && key ? openSecret(config.clientSecretSealed, key) : null;
}
