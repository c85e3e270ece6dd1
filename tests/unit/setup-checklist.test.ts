import { eq } from "drizzle-orm";

import { createInvitation } from "~/models/invitation.server";
import { confirmPlanChecked, setupChecklist } from "~/models/setup-checklist.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, makeCohort, makeUser } from "../support/factories";

describe("the set-up checklist of a new cohort", () => {
  it("starts with nothing done, ticks each item from the data, and the owner confirms the plan", async () => {
    const owner = await makeUser();
    let cohort = makeCohort({ startDate: "2027-01-04" });
    addMember(cohort.id, owner.id, "owner");
    const now = zonedInstant("2026-12-01", "10:00");
    const state = () => setupChecklist(db.select().from(schema.cohorts).where(eq(schema.cohorts.id, cohort.id)).get()!, now);
    expect(state().show).toBe(true);
    expect(state().items.map((i) => [i.key, i.done])).toEqual([
      ["invited", false],
      ["paired", false],
      ["samlinger", false],
      ["plan", false],
    ]);
    expect(state().items.find((i) => i.key === "plan")!.link).toBe(`/admin/cohorts/${cohort.id}/plan`);
    createInvitation(owner, { cohortId: cohort.id, email: "ny@nav.example", name: "Ny", role: "participant" }, now);
    expect(state().items.find((i) => i.key === "invited")!.done).toBe(true);
    cohort = db.select().from(schema.cohorts).where(eq(schema.cohorts.id, cohort.id)).get()!;
    confirmPlanChecked(owner, cohort, now);
    confirmPlanChecked(owner, cohort, now);
    expect(state().items.find((i) => i.key === "plan")!.done).toBe(true);
    expect(db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "cohort.planChecked")).all()).toHaveLength(1);
    // Not shown once the cohort is well under way.
    expect(setupChecklist(cohort, zonedInstant("2027-03-01", "10:00")).show).toBe(false);
  });
});
