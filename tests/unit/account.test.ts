import { eq } from "drizzle-orm";

import { deactivateUser, reactivateUser, searchUsers } from "~/models/account.server";
import { requestPasswordReset } from "~/models/password-reset.server";
import { signIn } from "~/models/user.server";
import { db, schema } from "~/utils/db.server";
import { createSession, validateSessionToken } from "~/utils/session.server";

import { addMember, makeCohort, makeUser, TEST_PASSWORD } from "../support/factories";

describe("an admin deactivates and reactivates an account", () => {
  it("signs the person out everywhere, refuses sign-in and reset, keeps the data, and undoes it", async () => {
    const admin = await makeUser({ isAdmin: true, name: "Admin Adminsen" });
    const person = await makeUser({ name: "Åse Deaktiv" });
    const cohort = makeCohort();
    addMember(cohort.id, person.id, "participant");
    db.insert(schema.journalEntries)
      .values({ userId: person.id, cohortId: cohort.id, title: "Mitt", body: "Privat", updatedAt: new Date() })
      .run();
    const { token } = createSession(person.id);
    expect(validateSessionToken(token)).not.toBeNull();

    expect(deactivateUser(admin, person.id)).toEqual({ ok: true, name: "Åse Deaktiv" });
    expect(validateSessionToken(token)).toBeNull();
    expect(db.select().from(schema.sessions).where(eq(schema.sessions.userId, person.id)).all()).toEqual([]);
    expect(await signIn(person.email, TEST_PASSWORD, "10.0.0.1")).toMatchObject({ ok: false, reason: "invalid" });
    expect(requestPasswordReset(person.email)).toBeNull();
    expect(db.select().from(schema.journalEntries).where(eq(schema.journalEntries.userId, person.id)).all()).toHaveLength(1);
    expect(searchUsers("deaktiv").rows[0]).toMatchObject({ id: person.id, memberships: [{ role: "participant", cohort: cohort.name }] });
    expect(searchUsers("deaktiv").rows[0]!.deactivatedAt).not.toBeNull();

    expect(reactivateUser(admin, person.id)).toEqual({ ok: true, name: "Åse Deaktiv" });
    expect(await signIn(person.email, TEST_PASSWORD, "10.0.0.2")).toMatchObject({ ok: true });
    const actions = db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.subjectId, String(person.id)))
      .all()
      .map((a) => a.action);
    expect(actions).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("never deactivates the admin doing it, nor the last active admin, nor someone who does not exist", async () => {
    const admin = await makeUser({ isAdmin: true });
    expect(deactivateUser(admin, admin.id)).toEqual({ ok: false, reason: "self" });
    expect(deactivateUser(admin, 987_654)).toEqual({ ok: false, reason: "not-found" });
    // Two admins from the test above and this one: deactivate all but one, then the last is refused.
    const admins = db.select().from(schema.users).where(eq(schema.users.isAdmin, true)).all();
    const last = await makeUser({ isAdmin: true });
    for (const a of admins) if (a.id !== admin.id) deactivateUser(last, a.id);
    expect(deactivateUser(last, admin.id)).toEqual({ ok: true, name: admin.name });
    expect(deactivateUser(admin, last.id)).toEqual({ ok: false, reason: "last-admin" });
  });

  it("searches by part of a name or an address, at least two characters, wildcards taken literally", async () => {
    await makeUser({ name: "Kari Nordmann", email: "kari.nordmann@test.example" });
    expect(searchUsers("k").rows).toEqual([]);
    expect(searchUsers("NORDM").rows.map((r) => r.name)).toEqual(["Kari Nordmann"]);
    expect(searchUsers("kari.nord").rows).toHaveLength(1);
    expect(searchUsers("%%").rows).toEqual([]);
  });
});
