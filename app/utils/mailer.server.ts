import nodemailer, { type Transporter } from "nodemailer";

import { env } from "./env.server";

/** The SMTP transport from SMTP_URL, or null when mail is not configured (mails then stay in the outbox). */
export function smtpTransport(url = env.SMTP_URL): Transporter | null {
  if (!url) return null;
  const u = new URL(url);
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
