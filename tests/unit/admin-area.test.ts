import { eq } from "drizzle-orm";

import { audit, exportAudit, searchAudit } from "~/models/audit.server";
import { inviteOrganisationOwner } from "~/models/invitation.server";
import { organisationsOverview, renameOrganisation, resendOwnerInvitation, revokeOwnerInvitation } from "~/models/organisation.server";
import { enqueueMail, listOutbox, outboxCounts } from "~/models/outbox.server";
import { actionLabel, detailLabel, subjectLabel } from "~/utils/audit-text";
import { db, schema } from "~/utils/db.server";
import { translator } from "~/utils/i18n.server";

import { addMember, makeCohort, makeOrganisation, makeUser } from "../support/factories";

describe("the admin area", () => {
  it("the audit log speaks plain Norwegian, filters by person, cohort, action and dates, and pages", async () => {
    const admin = await makeUser({ isAdmin: true, name: "Ada Admin" });
    const kari = await makeUser({ name: "Kari Innsyn", email: "kari.innsyn@test.example" });
    const cohort = makeCohort({ name: "Kohort Innsyn" });
    audit(db, {
      actorId: admin.id,
      action: "followup.reminder",
      subjectType: "user",
      subjectId: kari.id,
      detail: { cohortId: cohort.id, confirmedRepeat: false },
    });
    audit(db, { actorId: kari.id, action: "report.csv", subjectType: "cohort", subjectId: cohort.id, detail: { rows: 12 } });
    audit(db, { actorId: admin.id, action: "organisation.create", subjectType: "organisation", subjectId: 999 });
    for (let i = 0; i < 55; i++) audit(db, { actorId: admin.id, action: "outbox.retry", subjectType: "email", subjectId: i });

    const aboutKari = searchAudit({ person: "kari.innsyn" });
    expect(aboutKari.total).toBe(2);
    expect(aboutKari.rows.map((r) => r.action).sort()).toEqual(["followup.reminder", "report.csv"]);
    const t = translator("nb");
    const reminder = aboutKari.rows.find((r) => r.action === "followup.reminder")!;
    expect(actionLabel(t, reminder.action)).toBe("Sendte påminnelse til deltakeren");
    expect(subjectLabel(t, reminder)).toBe("Kari Innsyn <kari.innsyn@test.example>");
    expect(reminder.cohortName).toBe("Kohort Innsyn");
    expect(detailLabel(t, reminder.detail)).toBe("bekreftet ekstra påminnelse: nei");
    const report = aboutKari.rows.find((r) => r.action === "report.csv")!;
    expect(subjectLabel(t, report)).toBe("Kohort Innsyn");
    expect(actionLabel(t, "something.new")).toBe("Annen handling (something.new)");

    expect(searchAudit({ cohortId: cohort.id }).total).toBe(2);
    expect(searchAudit({ action: "outbox.retry" }).total).toBe(55);
    expect(searchAudit({ action: "outbox.retry" }, 2).rows).toHaveLength(5);
    expect(searchAudit({ action: "outbox.retry" }).pages).toBe(2);
    expect(searchAudit({ from: "2031-01-01" }).total).toBe(0);
    expect(searchAudit({ to: "2000-01-01" }).total).toBe(0);
    const orgRow = searchAudit({ action: "organisation.create" }).rows[0]!;
    expect(subjectLabel(t, orgRow)).toBe("Nr. 999 (finnes ikke lenger)");
    expect(exportAudit({ person: "Kari" }).map((r) => r.action)).toEqual(["followup.reminder", "report.csv"]);
  });

  it("lists organisations with their owners of every kind and pending owner invitations, renames, resends and revokes", async () => {
    const admin = await makeUser({ isAdmin: true });
    const org = makeOrganisation("Etat for eiere");
    const cohort = makeCohort({ organisationId: org.id, name: "Eierkohort" });
    const owner = await makeUser({ name: "Olga Eier" });
    addMember(cohort.id, owner.id, "owner");
    inviteOrganisationOwner(admin, org.id, { name: "Per Venter", email: "per.venter@test.example" });
    const seen = organisationsOverview().find((o) => o.id === org.id)!;
    expect(seen.owners).toEqual([{ name: "Olga Eier", email: owner.email, cohort: "Eierkohort" }]);
    expect(seen.pending.map((p) => p.email)).toEqual(["per.venter@test.example"]);
    const inv = seen.pending[0]!;
    const before = db.select().from(schema.invitations).where(eq(schema.invitations.id, inv.id)).get()!.tokenHash;
    expect(resendOwnerInvitation(admin, org.id, inv.id)).toBe(true);
    expect(db.select().from(schema.invitations).where(eq(schema.invitations.id, inv.id)).get()!.tokenHash).not.toBe(before);
    expect(resendOwnerInvitation(admin, org.id + 1000, inv.id)).toBe(false);
    expect(revokeOwnerInvitation(admin, org.id, inv.id)).toBe(true);
    expect(revokeOwnerInvitation(admin, org.id, inv.id)).toBe(false);
    expect(organisationsOverview().find((o) => o.id === org.id)!.pending).toEqual([]);

    makeOrganisation("Opptatt navn");
    expect(renameOrganisation(admin, org.id, "opptatt NAVN")).toEqual({ ok: false, reason: "exists" });
    expect(renameOrganisation(admin, org.id, "Nytt navn på etaten")).toEqual({ ok: true });
    expect(db.select().from(schema.organisations).where(eq(schema.organisations.id, org.id)).get()!.name).toBe("Nytt navn på etaten");
    expect(renameOrganisation(admin, 987_654, "x y")).toEqual({ ok: false, reason: "not-found" });
  });

  it("counts the outbox by status and filters it, never showing a live link", () => {
    enqueueMail(db, {
      kind: "invitation",
      to: "liv@test.example",
      subject: "Invitasjon",
      text: "Lenke: http://localhost:3000/invitation/abcdefghijklmnopqrstuvwxyz234567",
    });
    enqueueMail(db, { kind: "weekly", to: "ola@test.example", subject: "Uke 3", text: "Hei" });
    const counts = outboxCounts();
    expect(counts.pending).toBe(db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.status, "pending")).all().length);
    expect(listOutbox(200, { search: "liv@" }).map((m) => m.toAddress)).toEqual(["liv@test.example"]);
    expect(listOutbox(200, { search: "liv@" })[0]!.textBody).not.toContain("abcdefghijklmnopqrstuvwxyz234567");
    expect(listOutbox(200, { status: "sent" })).toEqual([]);
  });
});
