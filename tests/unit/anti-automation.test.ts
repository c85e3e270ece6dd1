// ASVS 4.0 §2.2 (docs/decisions/012-anti-automation.md): an anonymous client cannot guess
// passwords or tokens, or send mail, at machine speed, and cannot lock the rightful person out.
import { eq } from "drizzle-orm";

import {
  MAX_FAILURES_PER_EMAIL,
  MAX_FAILURES_PER_IP,
  MAX_RESET_REQUESTS_PER_EMAIL,
  MAX_RESET_REQUESTS_PER_IP,
  MAX_TOKEN_FAILURES_PER_IP,
} from "~/models/login-throttle.server";
import { signIn } from "~/models/user.server";
import { loader as calendarLoader } from "~/routes/calendar.$token";
import { action as forgotAction } from "~/routes/forgot-password";
import { loader as invitationLoader } from "~/routes/invitation.$token";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password.$token";
import { db, schema } from "~/utils/db.server";

import { makeUser, TEST_PASSWORD } from "../support/factories";

const mailsTo = (to: string, kind: string) =>
  db
    .select()
    .from(schema.emailOutbox)
    .where(eq(schema.emailOutbox.toAddress, to))
    .all()
    .filter((m) => m.kind === kind);

type Reply = { init?: { status?: number } | null; data?: { message?: { key: string } } };
const statusOf = (r: unknown) => (r instanceof Response ? r.status : ((r as Reply).init?.status ?? 200));
const keyOf = (r: unknown) => (r as Reply).data?.message?.key;

const form = (url: string, fields: Record<string, string>) =>
  new Request(url, { method: "POST", body: new URLSearchParams(fields), headers: { "Content-Type": "application/x-www-form-urlencoded" } });

describe("sign-in throttling", () => {
  it("stops a guesser spread over many machines at the per-address ceiling, and mails the person once", async () => {
    const person = await makeUser({ email: "mange@nav.example" });
    const now = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL + 5; i++) await signIn(person.email, "feil", `198.51.100.${i}`, now);
    expect(await signIn(person.email, "feil", "198.51.100.250", now)).toMatchObject({ reason: "throttled" });
    expect(mailsTo(person.email, "sign_in_attempts")).toHaveLength(1);
    expect(mailsTo(person.email, "sign_in_attempts")[0]!.textBody).toContain("/forgot-password");
    // The window passes; the person is in again.
    expect((await signIn(person.email, TEST_PASSWORD, "10.9.9.9", new Date(now.getTime() + 16 * 60_000))).ok).toBe(true);
  });

  it("sends no mail when the address has no account", async () => {
    const now = new Date("2026-11-22T11:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await signIn("ingen@nav.example", "feil", `198.51.101.${i}`, now);
    expect(mailsTo("ingen@nav.example", "sign_in_attempts")).toHaveLength(0);
  });

  it("stops one machine trying one password against many addresses", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await signIn(`spray${i}@nav.example`, "Sommer2026!", "203.0.113.50", now);
    const person = await makeUser();
    expect(await signIn(person.email, TEST_PASSWORD, "203.0.113.50", now)).toMatchObject({ reason: "throttled" });
    expect((await signIn(person.email, TEST_PASSWORD, "203.0.113.51", now)).ok).toBe(true);
  });
});

describe("rate limits on the anonymous endpoints that send mail or check a token", () => {
  it("/forgot-password sends at most a few links per address and answers 429 after, known address or not", async () => {
    const person = await makeUser();
    const statuses: number[] = [];
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_EMAIL + 2; i++) {
      const r = await forgotAction({
        request: form("http://localhost/forgot-password", { email: person.email }),
        params: {},
        context: { clientIp: `192.0.2.${i}` },
      });
      statuses.push(statusOf(r));
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(mailsTo(person.email, "password_reset")).toHaveLength(MAX_RESET_REQUESTS_PER_EMAIL);
    const unknown = [];
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_EMAIL + 1; i++)
      unknown.push(
        statusOf(
          await forgotAction({
            request: form("http://localhost/forgot-password", { email: "finnesikke@nav.example" }),
            params: {},
            context: { clientIp: `192.0.2.${i}` },
          }),
        ),
      );
    expect(unknown).toEqual([200, 200, 200, 429]);
  });

  it("/forgot-password answers 429 to one machine asking for many addresses", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_IP + 1; i++) {
      const r = await forgotAction({
        request: form("http://localhost/forgot-password", { email: `p${i}@nav.example` }),
        params: {},
        context: { clientIp: "192.0.2.200" },
      });
      statuses.push(statusOf(r));
    }
    expect(statuses.at(-2)).toBe(200);
    expect(statuses.at(-1)).toBe(429);
  });

  it("reset and invitation links: a machine that keeps trying unknown tokens gets 429, on the page and the form", async () => {
    const ip = "192.0.2.77";
    const unknown = (n: number) => String(n).padStart(32, "a").replace(/[0-9]/g, "b");
    for (let i = 0; i < MAX_TOKEN_FAILURES_PER_IP; i++) {
      const loader = [resetLoader, invitationLoader, calendarLoader][i % 3]!;
      const r = await loader({ request: new Request(`http://localhost/x/${i}`), params: { token: unknown(i) }, context: { clientIp: ip } });
      expect(statusOf(r)).toBe(404);
    }
    const page = await resetLoader({
      request: new Request("http://localhost/reset-password/x"),
      params: { token: unknown(1) },
      context: { clientIp: ip },
    });
    expect(statusOf(page)).toBe(429);
    const inv = await invitationLoader({
      request: new Request("http://localhost/invitation/x"),
      params: { token: unknown(1) },
      context: { clientIp: ip },
    });
    expect(statusOf(inv)).toBe(429);
    const post = await resetAction({
      request: form("http://localhost/reset-password/x", { password: "nytt passord 123", confirm: "nytt passord 123" }),
      params: { token: unknown(2) },
      context: { clientIp: ip },
    });
    expect(statusOf(post)).toBe(429);
    expect(keyOf(post)).toBe("reset.throttled");
    const feed = await calendarLoader({
      request: new Request("http://localhost/calendar/x.ics"),
      params: { token: `${unknown(3)}.ics` },
      context: { clientIp: ip },
    });
    expect(statusOf(feed)).toBe(429);
    // Another machine is not affected.
    const other = await resetLoader({
      request: new Request("http://localhost/reset-password/x"),
      params: { token: unknown(1) },
      context: { clientIp: "192.0.2.78" },
    });
    expect(statusOf(other)).toBe(404);
  });
});
