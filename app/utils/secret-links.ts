// Invitation, reset, calendar and team-measurement (/p/) links carry a secret token: whoever reads one can use it. Logs and
// the admin's outbox show such links masked. Percent-encoded slashes count too: a token travels
// encoded in "/login?redirectTo=%2Finvitation%2F…".
const SECRET_LINK = /(\/|%2F)(invitation|reset-password|calendar|p)(\/|%2F)[^/?#&\s"'<>)]+/gi;

/** The text with every token link's token replaced; who, what and where stay readable. */
export function maskSecretLinks(text: string, mask = "••••••"): string {
  return text.replace(SECRET_LINK, (_m, a: string, kind: string, b: string) => `${a}${kind}${b}${mask}`);
}
