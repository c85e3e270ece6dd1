import { eq } from "drizzle-orm";

import { createInvitation, inspectInvitation, invitationExpiry } from "~/models/invitation.server";
import { remindExpiringInvitations } from "~/models/reminders.server";
import { inviteMany } from "~/models/roster.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, makeCohort, makeUser } from "../support/factories";

const DAY = 86_400_000;

describe("how long an invitation works", () => {
  it("lasts until two weeks after a cohort that starts later, and at least 14 days", () => {
    const now = zonedInstant("2026-11-02", "10:00");
    // Starts 4 January 2027: the invitation works through Monday 18 January.
    expect(invitationExpiry({ startDate: "2027-01-04", timeZone: "Europe/Oslo" }, now)).toEqual(zonedInstant("2027-01-18", "23:59"));
    // Started long ago: 14 days from now.
    expect(invitationExpiry({ startDate: "2026-06-29", timeZone: "Europe/Oslo" }, now)).toEqual(new Date(now.getTime() + 14 * DAY));
    // A chosen date wins.
    expect(invitationExpiry({ startDate: "2027-01-04", timeZone: "Europe/Oslo" }, now, "2026-12-01")).toEqual(
      zonedInstant("2026-12-01", "23:59"),
    );
  });

  it("an invitation to a cohort starting in six weeks is still valid on its first day, and says until when", async () => {
    const owner = await makeUser({ name: "Hilde" });
    const cohort = makeCohort({ startDate: "2027-01-04" });
    addMember(cohort.id, owner.id, "owner");
    const now = zonedInstant("2026-11-23", "09:00");
    const { token } = createInvitation(
      owner,
      { cohortId: cohort.id, email: "sen@nav.example", name: "Sen Start", role: "participant" },
      now,
    );
    expect(inspectInvitation(token, zonedInstant("2027-01-04", "08:00")).state).toBe("valid");
    expect(inspectInvitation(token, zonedInstant("2027-01-19", "00:30")).state).toBe("expired");
    const mail = db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, "sen@nav.example")).get()!;
    expect(mail.textBody).toContain("virker til og med 18. jan. 2027");
  });

  it("reminds once, three days before, those who have not used it; never the ones who did or were revoked", async () => {
    const owner = await makeUser({ name: "Hilde Eier" });
    const cohort = makeCohort({ startDate: "2027-03-01", name: "Vårkohort" });
    addMember(cohort.id, owner.id, "owner");
    const now = zonedInstant("2027-02-01", "09:00");
    const res = inviteMany(
      owner,
      cohort.id,
      [
        { name: "Vent Venter", email: "vent@nav.example" },
        { name: "Bort Trukket", email: "bort@nav.example" },
      ],
      "participant",
      now,
      "2027-02-20",
    );
    expect(res).toMatchObject({ ok: true, count: 2 });
    db.update(schema.invitations).set({ revokedAt: now }).where(eq(schema.invitations.email, "bort@nav.example")).run();
    const reminders = () => db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.kind, "invitation_expiry")).all();
    remindExpiringInvitations(zonedInstant("2027-02-16", "09:00"));
    expect(reminders()).toEqual([]);
    remindExpiringInvitations(zonedInstant("2027-02-18", "09:00"));
    remindExpiringInvitations(zonedInstant("2027-02-19", "09:00"));
    expect(reminders().map((m) => m.toAddress)).toEqual(["vent@nav.example"]);
    expect(reminders()[0]!.textBody).toContain("Hilde Eier inviterte deg til Vårkohort");
    expect(reminders()[0]!.textBody).toContain("20. feb. 2027");
    expect(reminders()[0]!.textBody).not.toContain("/invitation/");
  });
});
