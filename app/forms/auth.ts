import { z } from "zod";

import { emailField, localeField, nameField, newPasswordField, passwordField } from "./fields";

export const loginSchema = z.object({
  email: emailField,
  password: passwordField,
  redirectTo: z.string().max(500).optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({ password: newPasswordField, confirm: z.string({ error: "errors.required" }).max(200, "errors.tooLong") })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "errors.passwordsDiffer" });

export const acceptInvitationSchema = z
  .object({
    name: nameField,
    password: newPasswordField,
    confirm: z.string({ error: "errors.required" }).max(200, "errors.tooLong"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "errors.passwordsDiffer" });

export const changePasswordSchema = z
  .object({
    current: passwordField,
    password: newPasswordField,
    confirm: z.string({ error: "errors.required" }).max(200, "errors.tooLong"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "errors.passwordsDiffer" });

export const languageSchema = z.object({ locale: localeField, redirectTo: z.string().max(500).optional() });
