import { and, eq } from "drizzle-orm";

import { acceptInvitation, createInvitation, inspectInvitation, INVITATION_LIFETIME_MS } from "~/models/invitation.server";
import { action as invitationAction, loader as invitationLoader } from "~/routes/invitation.$token";
import { db, schema } from "~/utils/db.server";
import { createSession, validateSessionToken } from "~/utils/session.server";

import { addMember, makeCohort, makeUser, requestAs } from "../support/factories";

const DAY = 86_400_000;

async function setup() {
  const cohort = makeCohort({ name: "Kohort Vest" });
  const owner = await makeUser({ name: "Hilde" });
  addMember(cohort.id, owner.id, "owner");
  return { cohort, owner };
}

const memberships = (cohortId: number, userId: number) =>
  db
    .select()
    .from(schema.memberships)
    .where(and(eq(schema.memberships.cohortId, cohortId), eq(schema.memberships.userId, userId)))
    .all();

describe("invitations", () => {
  it("an owner invites a new person, who sets a password, joins the cohort and is signed in", async () => {
    const { cohort, owner } = await setup();
    const { token, link } = createInvitation(owner, { cohortId: cohort.id, email: "ny@nav.example", name: "Nora Ny", role: "participant" });
    expect(link).toMatch(/\/invitation\/[a-z2-7]{32}$/);
    expect(inspectInvitation(token)).toMatchObject({
      state: "valid",
      email: "ny@nav.example",
      cohortName: "Kohort Vest",
    });

    const result = await acceptInvitation(token, { name: "Nora Ny", password: "et langt passord" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(validateSessionToken(result.token)?.user.email).toBe("ny@nav.example");
    expect(memberships(cohort.id, result.userId)).toMatchObject([{ role: "participant" }]);
  });

  it("queues the invitation e-mail with the link in the same step, and keeps only the token's hash", async () => {
    const { cohort, owner } = await setup();
    const { token, invitation } = createInvitation(owner, { cohortId: cohort.id, email: "post@nav.example", name: "Post", role: "owner" });
    const mail = db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, "post@nav.example")).get();
    expect(mail?.kind).toBe("invitation");
    expect(mail?.textBody).toContain(`/invitation/${token}`);
    expect(mail?.subject).toContain("Kohort Vest");
    expect(invitation.tokenHash).not.toBe(token);
  });

  it("is single use: a second acceptance (or a double-submitted form) is refused and creates nothing", async () => {
    const { cohort, owner } = await setup();
    const { token } = createInvitation(owner, { cohortId: cohort.id, email: "to@nav.example", name: "To", role: "participant" });
    const [a, b] = await Promise.all([
      acceptInvitation(token, { name: "To", password: "et langt passord" }),
      acceptInvitation(token, { name: "To", password: "et langt passord" }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(db.select().from(schema.users).where(eq(schema.users.email, "to@nav.example")).all()).toHaveLength(1);
    expect(inspectInvitation(token).state).toBe("used");
  });

  it("expires after 14 days", async () => {
    const { cohort, owner } = await setup();
    const created = new Date("2026-11-01T10:00:00Z");
    const { token } = createInvitation(owner, { cohortId: cohort.id, email: "sen@nav.example", name: "Sen", role: "participant" }, created);
    expect(inspectInvitation(token, new Date(created.getTime() + 13 * DAY)).state).toBe("valid");
    const late = new Date(created.getTime() + INVITATION_LIFETIME_MS + 1);
    expect(inspectInvitation(token, late).state).toBe("expired");
    expect(await acceptInvitation(token, { name: "Sen", password: "et langt passord" }, late)).toEqual({ ok: false, state: "expired" });
    expect(db.select().from(schema.users).where(eq(schema.users.email, "sen@nav.example")).get()).toBeUndefined();
  });

  it("a revoked invitation cannot be used", async () => {
    const { cohort, owner } = await setup();
    const { token, invitation } = createInvitation(owner, {
      cohortId: cohort.id,
      email: "trukket@nav.example",
      name: "T",
      role: "participant",
    });
    db.update(schema.invitations).set({ revokedAt: new Date() }).where(eq(schema.invitations.id, invitation.id)).run();
    expect(await acceptInvitation(token, { name: "T", password: "et langt passord" })).toEqual({ ok: false, state: "revoked" });
  });

  it("unknown and malformed tokens are simply unknown", async () => {
    for (const t of ["", "abc", "a".repeat(32), "../../etc/passwd"]) expect(inspectInvitation(t).state).toBe("unknown");
  });

  it("the page an inviting owner could follow looks the same for a new and an existing address", async () => {
    const { cohort, owner } = await setup();
    await makeUser({ email: "harkonto@nav.example" });
    const tokens = new Map<string, string>();
    for (const email of ["harkonto@nav.example", "ingenkonto@nav.example"])
      tokens.set(email, createInvitation(owner, { cohortId: cohort.id, email, name: "Samme Navn", role: "participant" }).token);
    const seen = async (email: string, as: number | null, post?: Record<string, string>) => {
      const token = tokens.get(email)!;
      const url = `http://localhost/invitation/${token}`;
      const cookie = as ? createSession(as).token : null;
      const reply = post
        ? await invitationAction({
            request: await requestAs(cookie, url, { method: "POST", body: new URLSearchParams(post) }),
            params: { token },
            context: {},
          })
        : await invitationLoader({ request: await requestAs(cookie, url), params: { token }, context: {} });
      const { data, init } = reply as { data: unknown; init: { status?: number } | null };
      return JSON.stringify({ data, status: init?.status ?? 200 }).replaceAll(email, "<adresse>");
    };
    // Signed in as the owner, and signed out (the owner in a private window).
    expect(await seen("harkonto@nav.example", owner.id)).toBe(await seen("ingenkonto@nav.example", owner.id));
    expect(await seen("harkonto@nav.example", null)).toBe(await seen("ingenkonto@nav.example", null));
    // The signed-in owner cannot find out by creating the account either.
    const form = { name: "Prøve", password: "et langt passord", confirm: "et langt passord" };
    expect(await seen("harkonto@nav.example", owner.id, form)).toBe(await seen("ingenkonto@nav.example", owner.id, form));
    expect(await seen("ingenkonto@nav.example", owner.id, form)).toContain('"status":403');
  });

  it("only the invitee, signed in, is offered to join with their account", async () => {
    const { cohort, owner } = await setup();
    const invitee = await makeUser({ email: "inviteret@nav.example" });
    const { token } = createInvitation(owner, { cohortId: cohort.id, email: invitee.email, name: "I", role: "participant" });
    const as = async (userId: number | null) => {
      const request = await requestAs(userId ? createSession(userId).token : null, `http://localhost/invitation/${token}`);
      return ((await invitationLoader({ request, params: { token }, context: {} })) as { data: { isInvitee: boolean } }).data.isInvitee;
    };
    expect(await as(invitee.id)).toBe(true);
    expect(await as(owner.id)).toBe(false);
    expect(await as(null)).toBe(false);
  });

  it("an existing account joins only when signed in as the invited address", async () => {
    const { cohort, owner } = await setup();
    const existing = await makeUser({ email: "finnes@nav.example" });
    const stranger = await makeUser();
    const { token } = createInvitation(owner, { cohortId: cohort.id, email: "finnes@nav.example", name: "Finnes", role: "participant" });
    expect(await acceptInvitation(token, { name: "X", password: "et langt passord" })).toEqual({ ok: false, state: "wrong-user" });
    expect(await acceptInvitation(token, { signedInUserId: stranger.id })).toEqual({ ok: false, state: "wrong-user" });
    expect((await acceptInvitation(token, { signedInUserId: existing.id })).ok).toBe(true);
    expect(memberships(cohort.id, existing.id)).toHaveLength(1);
  });
});
