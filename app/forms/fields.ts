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

export const localeField = z.enum(["nb", "en"], { error: "errors.invalidChoice" });

/** A safe in-app path to return to after sign-in: never another origin. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
