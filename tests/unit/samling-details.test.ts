import { and, eq, like } from "drizzle-orm";
import ICAL from "ical.js";

import { gatheringSchema } from "~/forms/owner";
import { cancelSamlingSchema } from "~/forms/samling";
import { calendarFeed, gatheringIcs, issueCalendarFeed } from "~/models/calendar.server";
import { getParticipation } from "~/models/cohort.server";
import {
  answerGathering,
  createGathering,
  type GatheringInput,
  gatheringsAhead,
  nextGathering,
  recordAttendance,
  updateGathering,
} from "~/models/gathering.server";
import { participantRows } from "~/models/progress.server";
import { runScheduledJobs } from "~/models/reminders.server";
import { deadlineReminderAt, deadlineReminderState } from "~/models/samling-deadline.server";
import { cancelGathering, markAllAttended, remindNonResponders } from "~/models/samling-owner.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, makeCohort, makeUser } from "../support/factories";

const input = (over: Partial<GatheringInput> = {}): GatheringInput => ({
  title: "Samling 3",
  date: "2027-01-20",
  startTime: "09:00",
  endDate: "2027-01-20",
  endTime: "16:00",
  place: "Lillestrøm",
  agenda: "",
  practical: "",
  onlineUrl: "",
  rsvpDeadline: "",
  ...over,
});

async function cohortWithPeople() {
  const cohort = makeCohort({ startDate: "2026-08-17" });
  const owner = await makeUser({ name: "Eier" });
  addMember(cohort.id, owner.id, "owner");
  const people = [];
  for (const name of ["Anne", "Bjørn", "Cecilie"]) {
    const u = await makeUser({ name, calendarKinds: "samling" });
    addMember(cohort.id, u.id, "participant");
    people.push(u);
  }
  const quiet = await makeUser({ name: "Dag", mailSamling: false });
  addMember(cohort.id, quiet.id, "participant");
  return {
    cohort,
    owner,
    people: [...people, quiet] as [(typeof people)[number], (typeof people)[number], (typeof people)[number], typeof quiet],
  };
}

const noticesOf = (kind: string) => db.select().from(schema.notices).where(eq(schema.notices.kind, kind)).all();
const mailsOf = (kind: string) => db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.kind, kind)).all();

function vevents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

describe("a samling's RSVP deadline", () => {
  it("reminds those who have not answered once, from three days before the deadline, and honours their mail choice", async () => {
    const { cohort, owner, people } = await cohortWithPeople();
    const [anne, bjorn, cecilie, dag] = people;
    const created = createGathering(owner, cohort, input({ rsvpDeadline: "2027-01-06" }));
    if (!created.ok) throw new Error(created.reason);
    const id = created.id;
    const participation = getParticipation(anne.id, zonedInstant("2026-12-20", "12:00"))!;
    answerGathering(anne.id, participation, id, true, null, zonedInstant("2026-12-20", "12:00"));
    answerGathering(bjorn.id, participation, id, false, "Kurs", zonedInstant("2026-12-20", "12:00"));

    expect(deadlineReminderAt("2027-01-06", cohort.timeZone)).toEqual(zonedInstant("2027-01-03", "07:00"));
    const g = () => db.select().from(schema.gatherings).where(eq(schema.gatherings.id, id)).get()!;
    expect(deadlineReminderState(g(), cohort.timeZone, 2, zonedInstant("2026-12-20", "12:00"))).toEqual({
      state: "planned",
      at: zonedInstant("2027-01-03", "07:00"),
    });

    // The evening before nothing goes; from 07:00 it does, to the two who have not answered, once.
    runScheduledJobs(zonedInstant("2027-01-03", "06:59"));
    expect(noticesOf("samling_rsvp_deadline")).toHaveLength(0);
    runScheduledJobs(zonedInstant("2027-01-03", "07:00"));
    runScheduledJobs(zonedInstant("2027-01-03", "07:01"));
    runScheduledJobs(zonedInstant("2027-01-05", "12:00"));
    expect(
      noticesOf("samling_rsvp_deadline")
        .map((n) => n.userId)
        .sort(),
    ).toEqual([cecilie.id, dag.id].sort());
    expect(noticesOf("samling_rsvp_deadline")[0]!.title).toContain("Samling 3");
    // Dag does not want samling mail: a notice, no mail.
    const mails = mailsOf("samling_rsvp_deadline");
    expect(mails.map((m) => m.toAddress)).toEqual([cecilie.email]);
    expect(mails[0]!.textBody).toContain("/gatherings#samling-");
    expect(mails[0]!.textBody).toContain("6. jan. 2027");
    const state = deadlineReminderState(g(), cohort.timeZone, 2, zonedInstant("2027-01-05", "12:00"));
    expect(state).toEqual({ state: "sent", at: zonedInstant("2027-01-03", "07:00"), count: 2 });
  });

  it("sends nothing after the deadline day, after the samling has begun, or for a cancelled samling", async () => {
    const { cohort, owner } = await cohortWithPeople();
    const late = createGathering(owner, cohort, input({ title: "Sen", rsvpDeadline: "2027-01-06" }));
    const cancelled = createGathering(owner, cohort, input({ title: "Avlyst", rsvpDeadline: "2027-01-10" }));
    const soon = createGathering(
      owner,
      cohort,
      input({ title: "Snart", date: "2027-01-07", endDate: "2027-01-07", rsvpDeadline: "2027-01-07" }),
    );
    if (!late.ok || !cancelled.ok || !soon.ok) throw new Error("not created");
    expect(cancelGathering(owner, cohort, cancelled.id, "", zonedInstant("2027-01-02", "10:00")).ok).toBe(true);
    // The scheduler was down from before the reminder time until after «Sen»'s deadline and «Snart» itself.
    runScheduledJobs(zonedInstant("2027-01-08", "10:00"));
    const keys = db
      .select({ k: schema.notices.dedupeKey })
      .from(schema.notices)
      .where(like(schema.notices.dedupeKey, "samling-deadline:%"))
      .all()
      .map((r) => r.k);
    for (const id of [late.id, cancelled.id, soon.id]) expect(keys.filter((k) => k.startsWith(`samling-deadline:${id}:`))).toEqual([]);
    const g = db.select().from(schema.gatherings).where(eq(schema.gatherings.id, late.id)).get()!;
    expect(deadlineReminderState(g, cohort.timeZone, 4, zonedInstant("2027-01-08", "10:00"))).toEqual({ state: "not-sent" });
  });

  it("is refused after the samling's first day; the participant can still answer after it, and sees that it passed", async () => {
    const { cohort, owner, people } = await cohortWithPeople();
    expect(createGathering(owner, cohort, input({ rsvpDeadline: "2027-01-21" }))).toEqual({ ok: false, reason: "deadline-after-start" });
    const created = createGathering(owner, cohort, input({ rsvpDeadline: "2027-01-06" }));
    if (!created.ok) throw new Error(created.reason);
    const now = zonedInstant("2027-01-07", "10:00");
    const participation = getParticipation(people[0].id, now)!;
    expect(gatheringsAhead(people[0].id, participation, now).find((g) => g.id === created.id)?.deadlinePassed).toBe(true);
    expect(answerGathering(people[0].id, participation, created.id, true, null, now)).toEqual({ ok: true });
  });
});

describe("the samling's details", () => {
  it("accept an https link only and keep agenda and practical information as text", () => {
    const base = { title: "S", date: "2027-01-20", startTime: "09:00", endDate: "2027-01-20", endTime: "16:00" };
    const ok = gatheringSchema.safeParse({ ...base, onlineUrl: "https://teams.microsoft.com/l/meetup-join/abc", practical: "Overnatting" });
    expect(ok.success && ok.data.onlineUrl).toBe("https://teams.microsoft.com/l/meetup-join/abc");
    for (const bad of [
      "http://example.com",
      "javascript:alert(1)",
      "teams.microsoft.com",
      "https://user:pw@example.com",
      "https://a b.no",
    ]) {
      const r = gatheringSchema.safeParse({ ...base, onlineUrl: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("errors.httpsUrl");
    }
    expect(gatheringSchema.safeParse({ ...base, rsvpDeadline: "2027-02-30" }).error?.issues[0]?.message).toBe("errors.dateInvalid");
    expect(cancelSamlingSchema.safeParse({ intent: "cancel", message: "Syk" }).error?.issues[0]?.message).toBe("errors.confirmCancel");
  });

  it("go into the .ics: the online link as URL and (without a place) LOCATION, the practical text in the description", async () => {
    const { cohort, owner, people } = await cohortWithPeople();
    const created = createGathering(
      owner,
      cohort,
      input({ place: "", onlineUrl: "https://meet.example.no/samling", practical: "Ta med PC.", agenda: "09:00 Velkommen" }),
    );
    if (!created.ok) throw new Error(created.reason);
    const ev = vevents(gatheringIcs(people[0].id, created.id)!)[0]!;
    expect(ev.getFirstPropertyValue("url")).toBe("https://meet.example.no/samling");
    expect(ev.getFirstPropertyValue("location")).toBe("https://meet.example.no/samling");
    expect(String(ev.getFirstPropertyValue("description"))).toContain("Ta med PC.");
    expect(ev.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });
});

describe("cancelling or moving a samling", () => {
  it("cancelling tells every participant once, stays in the feed as CANCELLED with a higher SEQUENCE, and closes answers and attendance", async () => {
    const { cohort, owner, people } = await cohortWithPeople();
    const created = createGathering(owner, cohort, input());
    if (!created.ok) throw new Error(created.reason);
    const id = created.id;
    const feed = issueCalendarFeed(people[0].id).split("/").pop()!.replace(".ics", "");
    const before = vevents(calendarFeed(feed)!).find((v) => v.getFirstPropertyValue("uid") === `samling-${id}@lederprogram.example`)!;
    expect(before.getFirstPropertyValue("sequence")).toBe(0);

    const now = zonedInstant("2027-01-10", "10:00");
    expect(cancelGathering(owner, cohort, id, "Lokalet er stengt. Ny dato kommer.", now)).toEqual({ ok: true });
    expect(cancelGathering(owner, cohort, id, "Igjen", now)).toEqual({ ok: false, reason: "cancelled" });
    const notices = db
      .select()
      .from(schema.notices)
      .where(and(eq(schema.notices.kind, "samling_cancelled"), like(schema.notices.dedupeKey, `samling-cancelled:${id}:%`)))
      .all();
    expect(notices.map((n) => n.userId).sort()).toEqual(people.map((p) => p.id).sort());
    expect(notices[0]!.title).toBe("Avlyst: Samling 3, 20. jan. 2027 kl. 09:00");
    // Dag wants no samling mail; the three others get one each, with the owner's message and no secret link.
    const mails = mailsOf("samling_cancelled").filter((m) => m.textBody.includes(`samling-${id}`));
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      people
        .slice(0, 3)
        .map((p) => p.email)
        .sort(),
    );
    expect(mails[0]!.textBody).toContain("Lokalet er stengt. Ny dato kommer.");
    expect(mails[0]!.textBody).not.toMatch(/\/(calendar|invitation|reset-password|p)\/[a-z2-7]{20,}/);
    const audited = db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "gathering.cancel"), eq(schema.auditLog.actorId, owner.id)))
      .all();
    expect(audited).toHaveLength(1);

    const after = vevents(calendarFeed(feed)!).find((v) => v.getFirstPropertyValue("uid") === `samling-${id}@lederprogram.example`)!;
    expect(after.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(after.getFirstPropertyValue("sequence")).toBe(1);
    expect(gatheringIcs(people[0].id, id)).toContain("STATUS:CANCELLED");

    const participation = getParticipation(people[0].id, now)!;
    expect(answerGathering(people[0].id, participation, id, true, null, now)).toEqual({ ok: false, reason: "cancelled" });
    expect(remindNonResponders(owner, cohort, id, now)).toEqual({ ok: false, reason: "cancelled" });
    const day = zonedInstant("2027-01-20", "10:00");
    expect(markAllAttended(owner, cohort, id, day)).toEqual({ ok: false, reason: "cancelled" });
    expect(recordAttendance(owner, cohort.id, id, [{ userId: people[0].id, status: "absent", note: "" }], day)).toEqual({
      ok: false,
      reason: "cancelled",
    });
    expect(updateGathering(owner, cohort, id, input({ date: "2027-01-27", endDate: "2027-01-27" }), now)).toEqual({
      ok: false,
      reason: "cancelled",
    });
    expect(nextGathering(people[0].id, participation, now)).toBeNull();
    // Nor do the week-before and day-before reminders go for it.
    runScheduledJobs(zonedInstant("2027-01-19", "10:00"));
    const sent = db
      .select({ k: schema.notices.dedupeKey })
      .from(schema.notices)
      .all()
      .map((r) => r.k);
    expect(sent.filter((k) => /^samling[17]:/.test(k) && k.endsWith(`:${id}`))).toEqual([]);
  });

  it("moving tells every participant once per change and raises the SEQUENCE; a programme fix raises it without a notice", async () => {
    const { cohort, owner, people } = await cohortWithPeople();
    const created = createGathering(owner, cohort, input());
    if (!created.ok) throw new Error(created.reason);
    const id = created.id;
    const now = zonedInstant("2027-01-05", "10:00");
    const moved = () => noticesOf("samling_moved").filter((n) => n.dedupeKey.startsWith(`samling-moved:${id}:`));
    expect(updateGathering(owner, cohort, id, input({ date: "2027-01-27", endDate: "2027-01-27" }), now)).toEqual({ ok: true });
    expect(moved()).toHaveLength(4);
    expect(moved()[0]!.title).toBe("Samlingen er flyttet: Samling 3, nå 27. jan. 2027 kl. 09:00");
    expect(updateGathering(owner, cohort, id, input({ date: "2027-01-27", endDate: "2027-01-27", agenda: "Nytt program" }), now)).toEqual({
      ok: true,
    });
    expect(moved()).toHaveLength(4);
    expect(updateGathering(owner, cohort, id, input({ date: "2027-01-27", endDate: "2027-01-27", place: "Hamar" }), now)).toEqual({
      ok: true,
    });
    expect(moved()).toHaveLength(8);
    expect(moved().at(-1)!.title).toContain("Hamar");
    expect(vevents(gatheringIcs(people[0].id, id)!)[0]!.getFirstPropertyValue("sequence")).toBe(3);
    expect(
      db
        .select()
        .from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, "gathering.move"), eq(schema.auditLog.actorId, owner.id)))
        .all(),
    ).toHaveLength(2);
  });

  it("a cancelled samling is not counted as missed in the follow-up figures", async () => {
    const { cohort, owner, people } = await cohortWithPeople();
    const held = createGathering(owner, cohort, input({ title: "Holdt", date: "2026-11-04", endDate: "2026-11-04" }));
    const dropped = createGathering(owner, cohort, input({ title: "Avlyst", date: "2026-11-25", endDate: "2026-11-25" }));
    if (!held.ok || !dropped.ok) throw new Error("not created");
    recordAttendance(
      owner,
      cohort.id,
      held.id,
      [{ userId: people[0].id, status: "attended", note: "" }],
      zonedInstant("2026-11-04", "16:00"),
    );
    // On the morning of the later one Anne is marked absent, then the day is called off (the storm closed the road).
    const morning = zonedInstant("2026-11-25", "09:30");
    expect(recordAttendance(owner, cohort.id, dropped.id, [{ userId: people[0].id, status: "absent", note: "" }], morning).ok).toBe(true);
    expect(cancelGathering(owner, cohort, dropped.id, "Stengt vei", zonedInstant("2026-11-25", "10:00")).ok).toBe(true);
    const rows = participantRows(cohort, zonedInstant("2026-12-01", "10:00"));
    const anne = rows.find((r) => r.userId === people[0].id)!;
    expect(anne.lastSamlingStatus).toBe("attended");
    expect(anne.reasons).not.toContain("missed-samling");
  });
});
