import { eq } from "drizzle-orm";

import { recordAttendance } from "~/models/gathering.server";
import { cancelGathering, markAllAttended, remindNonResponders, whoIsComing } from "~/models/samling-owner.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, cohortWithPairs, makeCohort, makeUser } from "../support/factories";

describe("a samling the owner runs", () => {
  it("lists who is coming, reminds those who have not answered once a day, and records attendance only from the day", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2], [3]]);
    const owner = await makeUser();
    addMember(cohort.id, owner.id, "owner");
    const [a, b, c] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
    const g = db
      .insert(schema.gatherings)
      .values({
        cohortId: cohort.id,
        title: "Samling 2",
        startsAt: zonedInstant("2026-12-09", "09:00"),
        endsAt: zonedInstant("2026-12-09", "16:00"),
      })
      .returning()
      .get();
    const now = zonedInstant("2026-12-01", "10:00");
    db.insert(schema.attendance).values({ gatheringId: g.id, userId: a.id, rsvp: "attending", updatedAt: now }).run();
    db.insert(schema.attendance).values({ gatheringId: g.id, userId: b.id, rsvp: "not_attending", apology: "Kurs", updatedAt: now }).run();
    const coming = whoIsComing(cohort.id, g.id);
    expect(coming.attending).toEqual([a.name]);
    expect(coming.notAttending).toEqual([b.name]);
    expect(coming.noAnswer).toEqual([c.name]);

    expect(remindNonResponders(owner, cohort, g.id, now)).toEqual({ ok: true, count: 1 });
    remindNonResponders(owner, cohort, g.id, zonedInstant("2026-12-01", "15:00"));
    const notices = () => db.select().from(schema.notices).where(eq(schema.notices.kind, "samling_rsvp_reminder")).all();
    expect(notices().map((n) => n.userId)).toEqual([c.id]);
    expect(notices()[0]!.title).toContain("Samling 2");
    remindNonResponders(owner, cohort, g.id, zonedInstant("2026-12-02", "10:00"));
    expect(notices()).toHaveLength(2);
    expect(remindNonResponders(owner, cohort, g.id, zonedInstant("2026-12-09", "10:00"))).toEqual({ ok: false, reason: "started" });

    // A week ahead nothing can be recorded; on the day «alle møtt» marks everyone, apologies as excused.
    expect(recordAttendance(owner, cohort.id, g.id, [{ userId: a.id, status: "attended", note: "" }], now)).toEqual({
      ok: false,
      reason: "too-early",
    });
    expect(markAllAttended(owner, cohort, g.id, now)).toEqual({ ok: false, reason: "too-early" });
    const day = zonedInstant("2026-12-09", "09:30");
    expect(markAllAttended(owner, cohort, g.id, day)).toEqual({ ok: true, count: 3 });
    const statuses = Object.fromEntries(
      db
        .select()
        .from(schema.attendance)
        .where(eq(schema.attendance.gatheringId, g.id))
        .all()
        .map((r) => [r.userId, r.status]),
    );
    expect(statuses).toEqual({ [a.id]: "attended", [b.id]: "excused", [c.id]: "attended" });
    // Then the exception: c did not come after all.
    expect(recordAttendance(owner, cohort.id, g.id, [{ userId: c.id, status: "absent", note: "" }], day)).toEqual({ ok: true });
    expect(markAllAttended(owner, cohort, g.id, day)).toEqual({ ok: true, count: 0 });
  });

  it("finds nothing of another cohort's samling, whatever the owner tries to do with its id", async () => {
    const { cohort } = await cohortWithPairs([[1, 2]]);
    const owner = await makeUser();
    addMember(cohort.id, owner.id, "owner");
    const other = makeCohort({ startDate: "2026-06-29" });
    const foreign = db
      .insert(schema.gatherings)
      .values({
        cohortId: other.id,
        title: "Samling 2",
        startsAt: zonedInstant("2026-12-09", "09:00"),
        endsAt: zonedInstant("2026-12-09", "16:00"),
      })
      .returning()
      .get();
    const notFound = { ok: false, reason: "not-found" };
    expect(remindNonResponders(owner, cohort, foreign.id, zonedInstant("2026-12-01", "10:00"))).toEqual(notFound);
    expect(markAllAttended(owner, cohort, foreign.id, zonedInstant("2026-12-09", "10:00"))).toEqual(notFound);
    expect(cancelGathering(owner, cohort, foreign.id, "", zonedInstant("2026-12-01", "10:00"))).toEqual(notFound);
    expect(db.select().from(schema.gatherings).where(eq(schema.gatherings.id, foreign.id)).get()!.cancelledAt).toBeNull();
  });
});
