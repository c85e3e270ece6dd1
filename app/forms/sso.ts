// The organisation's OpenID Connect configuration (admin). One schema for action and UI; whether a
// plain-http issuer on this machine is allowed is the server's call (development and tests only),
// handed to the UI by the loader so the browser validates the same way.
import { z } from "zod";

import { hasControlCharacters } from "~/utils/control-characters";

const box = z.preprocess((v) => v === "on", z.boolean());

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function issuerField(allowHttpLoopback: boolean) {
  return z
    .string({ error: "errors.required" })
    .trim()
    .min(1, "errors.required")
    .max(500, "errors.tooLong")
    .refine((v) => {
      try {
        return Boolean(new URL(v));
      } catch {
        return false;
      }
    }, "sso.errors.issuerUrl")
    .refine((v) => {
      try {
        const url = new URL(v);
        if (url.username || url.password || url.search || url.hash) return false;
        if (url.protocol === "https:") return true;
        return allowHttpLoopback && url.protocol === "http:" && LOOPBACK.has(url.hostname);
      } catch {
        return true;
      }
    }, "sso.errors.issuerHttps")
    .transform((v) => v.replace(/\/$/, ""));
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .refine((s) => !hasControlCharacters(s), "errors.invalidCharacters")
    .optional()
    .transform((v) => v ?? "");

export function ssoConfigSchema(allowHttpLoopback: boolean) {
  return z.object({
    intent: z.literal("save"),
    issuer: issuerField(allowHttpLoopback),
    clientId: z
      .string({ error: "errors.required" })
      .trim()
      .min(1, "errors.required")
      .max(200, "errors.tooLong")
      .regex(/^[\x21-\x7e]+$/, "sso.errors.clientId"),
    // Blank keeps the secret already stored.
    clientSecret: z
      .string()
      .max(500, "errors.tooLong")
      .regex(/^[\x20-\x7e]*$/, "sso.errors.clientSecret")
      .optional()
      .transform((v) => v?.trim() ?? ""),
    clientSecretEnv: z
      .string()
      .trim()
      .max(64, "errors.tooLong")
      .regex(/^([A-Z][A-Z0-9_]*)?$/, "sso.errors.envName")
      .optional()
      .transform((v) => v ?? ""),
    emailDomains: z
      .string({ error: "errors.required" })
      .max(1000, "errors.tooLong")
      .transform((v) =>
        v
          .toLowerCase()
          .split(/[\s,;]+/)
          .map((d) => d.replace(/^@/, ""))
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(DOMAIN, "sso.errors.domain")).min(1, "errors.required").max(20, "errors.tooLong")),
    emailClaim: z
      .string()
      .trim()
      .max(64, "errors.tooLong")
      .regex(/^([A-Za-z_][A-Za-z0-9_.:-]*)?$/, "sso.errors.claim")
      .optional()
      .transform((v) => v || "email"),
    allowJit: box,
    requireSso: box,
    contact: optionalText(200),
  });
}

export const removeSsoSchema = z.object({ intent: z.literal("remove") });

export type SsoConfigInput = z.infer<ReturnType<typeof ssoConfigSchema>>;
