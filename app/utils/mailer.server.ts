import { createRequire } from "node:module";

import type Nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";

import { env } from "./env.server";

// Loaded when a transport is made, not at start: only the one process that delivers mail needs it,
// and it is about 3 MB of every worker's heap (ADR 027).
const load = createRequire(import.meta.url);

/** The SMTP transport from SMTP_URL, or null when mail is not configured (mails then stay in the outbox). */
export function smtpTransport(url = env.SMTP_URL): Transporter | null {
  if (!url) return null;
  const u = new URL(url);
  const nodemailer = load("nodemailer") as typeof Nodemailer;
  return nodemailer.createTransport({
    host: u.hostname,
    port: Number(u.port || (u.protocol === "smtps:" ? 465 : 587)),
    secure: u.protocol === "smtps:",
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    // Local test servers use self-signed certificates; production relays should use smtps:// or STARTTLS.
    tls: { rejectUnauthorized: u.searchParams.get("tls") !== "insecure" },
    ignoreTLS: u.searchParams.get("starttls") === "false",
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}
