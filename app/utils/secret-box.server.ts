// Client secrets of identity providers are sealed with AES-256-GCM under a key that lives only in
// the environment (OIDC_SECRET_KEY: 32 bytes, base64 or hex), so a copy of the database or a backup
// gives no usable secret. The format carries a version so the key or algorithm can change later.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const PREFIX = "v1.";

export function readSecretKey(raw: string | undefined = process.env.OIDC_SECRET_KEY): Buffer | null {
  const value = raw?.trim();
  if (!value) return null;
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  return key.length === 32 ? key : null;
}

export function sealSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The secret, or null when the text was not sealed with this key (changed key, tampered row). */
export function openSecret(sealed: string, key: Buffer): string | null {
  if (!sealed.startsWith(PREFIX)) return null;
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
