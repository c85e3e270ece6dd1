// Field rules shared by the forms. Error messages are locale keys ("errors.*"), translated where
// they are shown, so the same schema serves the action (400 + messages) and the UI.
import { z } from "zod";

import { hasControlCharacters } from "~/utils/control-characters";

export const emailField = z
  .string({ error: "errors.required" })
  .trim()
  .max(254, "errors.tooLong")
  .pipe(z.email("errors.emailInvalid"))
  .transform((e) => e.toLowerCase());

export const passwordField = z.string({ error: "errors.required" }).min(1, "errors.required").max(200, "errors.tooLong");

export const newPasswordField = z.string({ error: "errors.required" }).min(10, "errors.passwordTooShort").max(200, "errors.tooLong");

export const nameField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(100, "errors.tooLong")
  // Control characters have no place in a name and break e-mail headers.
  .refine((s) => !hasControlCharacters(s), "errors.invalidCharacters");

export const localeField = z.enum(["nb", "nn", "en"], { error: "errors.invalidChoice" });

// Characters that must never be in a path we send back in a Location header: C0 and C1 controls
// and DEL (header splitting; browsers also drop tab/CR/LF, turning "/\t/evil" into "//evil"), and
// bidi controls (a link that reads differently from where it goes).
const isUnsafeCode = (code: number) =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

/** A path a browser can only read as this origin's: starts with one "/", no "\\", nothing unsafe. */
function isPlainPath(path: string) {
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return false;
  for (let i = 0; i < path.length; i++) if (isUnsafeCode(path.charCodeAt(i))) return false;
  return true;
}

const ORIGIN = "http://app.invalid";

/**
 * A safe in-app path to return to (after sign-in, after a language change), or `fallback`.
 * Checked as sent and after percent-decoding (up to three rounds, so double-encoded "%252F%252F"
 * is seen too), because a proxy or a later redirect may decode it. Non-Latin-1 as sent is refused
 * since it cannot go into a header; decoded, it is just text (a search for "ø" or "🙂").
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length > 500) return fallback;
  for (let i = 0; i < to.length; i++) if (to.charCodeAt(i) > 0xff) return fallback;
  let decoded = to;
  for (let round = 0; ; round++) {
    if (!isPlainPath(decoded)) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    if (round === 3) return fallback;
    decoded = next;
  }
  try {
    if (new URL(to, ORIGIN).origin !== ORIGIN) return fallback;
  } catch {
    return fallback;
  }
  return to;
}
