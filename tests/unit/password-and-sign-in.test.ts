import { eq } from "drizzle-orm";

import { MAX_FAILURES_PER_EMAIL_AND_IP } from "~/models/login-throttle.server";
import { requestPasswordReset, RESET_LIFETIME_MS, resetPassword, resetState } from "~/models/password-reset.server";
import { changePassword, signIn } from "~/models/user.server";
import { action as settingsAction, loader as settingsLoader } from "~/routes/settings";
import { db, schema } from "~/utils/db.server";
import { createSession, validateSessionToken } from "~/utils/session.server";

import { makeUser, requestAs, TEST_PASSWORD } from "../support/factories";

describe("signing in", () => {
  it("accepts the right password and records the sign-in", async () => {
    const user = await makeUser({ email: "riktig@nav.example" });
    const result = await signIn("riktig@nav.example", TEST_PASSWORD, "10.0.0.1");
    expect(result.ok).toBe(true);
    const row = db.select().from(schema.users).where(eq(schema.users.id, user.id)).get();
    expect(row?.lastLoginAt).not.toBeNull();
  });

  it("gives the same answer for a wrong password and an unknown address", async () => {
    await makeUser({ email: "kjent@nav.example" });
    expect(await signIn("kjent@nav.example", "feil passord", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn("ukjent@nav.example", "feil passord", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles guessing from one machine and says for how many minutes, while the person signs in from their own", async () => {
    await makeUser({ email: "laas@nav.example" });
    const now = new Date("2026-11-22T10:00:00Z");
    let last;
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL_AND_IP; i++) last = await signIn("laas@nav.example", "feil", "10.1.0.1", now);
    expect(last).toEqual({ ok: false, reason: "throttled", minutes: 15 });
    const later = new Date(now.getTime() + 5 * 60_000);
    expect(await signIn("laas@nav.example", TEST_PASSWORD, "10.1.0.1", later)).toEqual({ ok: false, reason: "throttled", minutes: 10 });
    expect((await signIn("laas@nav.example", TEST_PASSWORD, "10.1.0.99", later)).ok).toBe(true);
    const afterWindow = new Date(now.getTime() + 16 * 60_000);
    expect((await signIn("laas@nav.example", TEST_PASSWORD, "10.1.0.1", afterWindow)).ok).toBe(true);
  });
});

describe("changing the password", () => {
  it("signs out every other session, voids every reset link, and keeps this device signed in as it is", async () => {
    const user = await makeUser();
    const phone = createSession(user.id);
    const laptop = createSession(user.id);
    const { token: resetToken } = requestPasswordReset(user.email)!;
    const result = await changePassword(user.id, TEST_PASSWORD, "et helt nytt passord", laptop.token);
    expect(result.ok).toBe(true);
    expect(validateSessionToken(phone.token)).toBeNull();
    expect(validateSessionToken(laptop.token)?.user.id).toBe(user.id);
    expect(resetState(resetToken)).toBe("used");
  });

  it("without JavaScript the page after the change still shows the person signed in", async () => {
    const user = await makeUser();
    const { token } = createSession(user.id);
    const fields = { current: TEST_PASSWORD, password: "et helt nytt passord", confirm: "et helt nytt passord" };
    // A form posted without JavaScript: Remix runs the action and then the loaders in one request, with one cookie.
    const request = await requestAs(token, "http://localhost/settings", { method: "POST", body: new URLSearchParams(fields) });
    const reply = (await settingsAction({ request: request.clone(), params: {}, context: {} })) as { init: { status?: number } | null };
    expect(reply.init?.status ?? 200).toBe(200);
    const page = await settingsLoader({ request, params: {}, context: {} });
    expect(page.email).toBe(user.email);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const user = await makeUser();
    const session = createSession(user.id);
    const other = createSession(user.id);
    expect(await changePassword(user.id, "feil", "et helt nytt passord", session.token)).toEqual({ ok: false, reason: "wrong-current" });
    expect(validateSessionToken(session.token)).not.toBeNull();
    expect(validateSessionToken(other.token)).not.toBeNull();
  });
});

describe("password reset", () => {
  it("a single-use link sets a new password, signs out elsewhere, and cannot be used twice", async () => {
    const user = await makeUser({ email: "glemsk@nav.example" });
    const old = createSession(user.id);
    const req = requestPasswordReset("glemsk@nav.example");
    expect(req).not.toBeNull();
    const mail = db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, "glemsk@nav.example")).get();
    expect(mail?.textBody).toContain(`/reset-password/${req!.token}`);

    const second = requestPasswordReset("glemsk@nav.example")!;
    const result = await resetPassword(req!.token, "et nytt og langt passord");
    expect(result.ok).toBe(true);
    // The other link from the same morning stops working too.
    expect(resetState(second.token)).toBe("used");
    expect(await resetPassword(second.token, "et annet passord")).toEqual({ ok: false, state: "used" });
    expect(validateSessionToken(old.token)).toBeNull();
    expect((await signIn("glemsk@nav.example", "et nytt og langt passord", "10.2.0.1")).ok).toBe(true);
    expect(await resetPassword(req!.token, "enda et nytt passord")).toEqual({ ok: false, state: "used" });
  });

  it("an expired link is refused and the password stays", async () => {
    await makeUser({ email: "treg@nav.example" });
    const asked = new Date("2026-11-22T10:00:00Z");
    const { token } = requestPasswordReset("treg@nav.example", asked)!;
    const late = new Date(asked.getTime() + RESET_LIFETIME_MS + 1);
    expect(resetState(token, late)).toBe("expired");
    expect(await resetPassword(token, "et nytt og langt passord", late)).toEqual({ ok: false, state: "expired" });
    expect((await signIn("treg@nav.example", TEST_PASSWORD, "10.2.0.2")).ok).toBe(true);
  });

  it("an unknown address gets no link and no mail", async () => {
    expect(requestPasswordReset("finnesikke@nav.example")).toBeNull();
    expect(db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, "finnesikke@nav.example")).get()).toBeUndefined();
  });
});
