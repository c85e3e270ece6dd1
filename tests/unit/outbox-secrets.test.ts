// An admin sees who was sent what, never a link that works: a live reset or invitation link would
// let them sign in as the participant and read the journal.
import { eq } from "drizzle-orm";

import { createInvitation } from "~/models/invitation.server";
import { cancelMail, deliverDue, enqueueMail, listOutbox, outboxLogLine, retryMail } from "~/models/outbox.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { action, loader } from "~/routes/admin.outbox";
import { db, schema } from "~/utils/db.server";
import { createSession } from "~/utils/session.server";

import { addMember, makeCohort, makeUser, requestAs } from "../support/factories";

const LIVE_LINK = /\/(invitation|reset-password|calendar)\/[a-z2-7]{32}/;

describe("the outbox keeps secrets", () => {
  it("lists invitation and reset mails with recipient, subject and status, but every token link masked", async () => {
    const person = await makeUser();
    const owner = await makeUser();
    const cohort = makeCohort();
    addMember(cohort.id, owner.id, "owner");
    const { token: resetToken } = requestPasswordReset(person.email)!;
    const { token: inviteToken } = createInvitation(owner, {
      cohortId: cohort.id,
      email: "ny@test.example",
      name: "Ny",
      role: "participant",
    });

    const mails = listOutbox();
    const text = JSON.stringify(mails);
    expect(text).not.toContain(resetToken);
    expect(text).not.toContain(inviteToken);
    expect(text).not.toMatch(LIVE_LINK);
    expect(mails.map((m) => m.toAddress)).toEqual(expect.arrayContaining([person.email, "ny@test.example"]));
    expect(mails.find((m) => m.kind === "password_reset")!.textBody).toContain("/reset-password/••••••");
    expect(mails[0]).not.toHaveProperty("htmlBody");
  });

  it("the admin's outbox page carries no token, and a participant cannot open it", async () => {
    const person = await makeUser();
    const { token } = requestPasswordReset(person.email)!;
    const admin = await makeUser({ isAdmin: true });
    const request = await requestAs(createSession(admin.id).token, "http://localhost/admin/outbox");
    const page = JSON.stringify(await loader({ request, params: {}, context: {} }));
    expect(page).toContain(person.email);
    expect(page).not.toContain(token);
    const thrown = await loader({ request: await requestAs(createSession(person.id).token), params: {}, context: {} }).catch(
      (r: Response) => r,
    );
    expect((thrown as Response).status).toBe(403);
  });

  it("prints the mail text (with its link) only on a development machine; production logs kind and recipient", () => {
    const mail = { kind: "password_reset", to: "a@test.example", subject: "Nytt passord", text: "https://x.example/reset-password/abc" };
    expect(outboxLogLine(mail, "development")).toContain("/reset-password/abc");
    for (const env of ["production", undefined, "staging", ""]) {
      expect(outboxLogLine(mail, env)).toBe("[outbox] password_reset to a@test.example");
    }
    expect(outboxLogLine(mail, "test")).toBeNull();
  });

  it("an admin can send a failed mail again or stop a waiting one, not one already sent", async () => {
    const admin = await makeUser({ isAdmin: true });
    enqueueMail(db, { kind: "test", to: "x@test.example", subject: "A", text: "a" });
    const id = db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.subject, "A")).get()!.id;
    db.update(schema.emailOutbox).set({ status: "failed", attempts: 8 }).where(eq(schema.emailOutbox.id, id)).run();
    expect(retryMail(id)).toBe(true);
    expect(db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, id)).get()).toMatchObject({
      status: "pending",
      attempts: 0,
    });

    const post = async (form: Record<string, string>) =>
      action({
        request: await requestAs(createSession(admin.id).token, "http://localhost/admin/outbox", {
          method: "POST",
          body: new URLSearchParams(form),
        }),
        params: {},
        context: {},
      });
    await post({ intent: "cancel", mailId: String(id) });
    expect(db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.id, id)).get()!.status).toBe("cancelled");
    // A stopped mail is not delivered.
    const sent: unknown[] = [];
    await deliverDue({ sendMail: async (m: unknown) => sent.push(m) } as never);
    expect(sent.filter((m) => (m as { subject: string }).subject === "A")).toEqual([]);
    expect(cancelMail(id)).toBe(false);
    expect(retryMail(id)).toBe(false);
    const gone = (await post({ intent: "retry", mailId: String(id) })) as { init: { status: number } };
    expect(gone.init.status).toBe(404);
  });
});
