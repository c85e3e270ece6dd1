import { eq } from "drizzle-orm";
import ICAL from "ical.js";

import { calendarFeed, feedKinds, gatheringIcs, issueCalendarFeed, setFeedKinds } from "~/models/calendar.server";
import { getParticipation } from "~/models/cohort.server";
import { answerGathering } from "~/models/gathering.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, makeCohort, makeUser } from "../support/factories";

const EVERYTHING = "samling,talk,checkin,challenge";
const tokenOf = (url: string) => url.split("/").pop()!.replace(".ics", "");

function events(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const tz = comp.getFirstSubcomponent("vtimezone");
  if (tz) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar feed", () => {
  it("puts samlinger at 09:00 Oslo time in winter and in summer, read by an independent parser", async () => {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    const user = await makeUser({ calendarKinds: EVERYTHING });
    addMember(cohort.id, user.id, "participant");
    const winter = db
      .insert(schema.gatherings)
      .values({
        cohortId: cohort.id,
        title: "Vintersamling",
        startsAt: zonedInstant("2027-01-13", "09:00"),
        endsAt: zonedInstant("2027-01-13", "16:00"),
        place: "Oslo",
      })
      .returning()
      .get();
    const summer = db
      .insert(schema.gatherings)
      .values({
        cohortId: cohort.id,
        title: "Sommersamling",
        startsAt: zonedInstant("2027-06-16", "09:00"),
        endsAt: zonedInstant("2027-06-16", "16:00"),
        place: "Bergen",
      })
      .returning()
      .get();
    const url = issueCalendarFeed(user.id);
    const token = url.split("/").pop()!.replace(".ics", "");
    const ics = calendarFeed(token)!;
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("TZID:Europe/Oslo");
    const list = events(ics);
    const w = list.find((e) => e.summary === "Vintersamling")!;
    const s = list.find((e) => e.summary === "Sommersamling")!;
    expect(w.startDate.toJSDate().toISOString()).toBe("2027-01-13T08:00:00.000Z");
    expect(s.startDate.toJSDate().toISOString()).toBe("2027-06-16T07:00:00.000Z");
    expect(w.startDate.hour).toBe(9);
    expect(s.startDate.hour).toBe(9);
    expect(w.uid).toBe(`samling-${winter.id}@lederprogram.example`);
    expect(s.uid).toBe(`samling-${summer.id}@lederprogram.example`);
    // Each week's challenge is an all-day item on its Monday.
    const week6 = list.find((e) => e.uid === `challenge-${cohort.id}-6-${user.id}@lederprogram.example`)!;
    expect(week6.startDate.isDate).toBe(true);
    expect(week6.startDate.toString()).toBe("2026-08-03");
  });

  it("keeps UIDs stable and follows a moved samling", async () => {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    const user = await makeUser();
    addMember(cohort.id, user.id, "participant");
    const g = db
      .insert(schema.gatherings)
      .values({
        cohortId: cohort.id,
        title: "Flyttes",
        startsAt: zonedInstant("2027-02-10", "09:00"),
        endsAt: zonedInstant("2027-02-10", "15:00"),
      })
      .returning()
      .get();
    const token = issueCalendarFeed(user.id).split("/").pop()!.replace(".ics", "");
    const before = events(calendarFeed(token)!)
      .map((e) => e.uid)
      .sort();
    db.update(schema.gatherings)
      .set({ startsAt: zonedInstant("2027-02-17", "10:00"), endsAt: zonedInstant("2027-02-17", "15:00"), updatedAt: new Date() })
      .where(eq(schema.gatherings.id, g.id))
      .run();
    const after = events(calendarFeed(token)!);
    expect(after.map((e) => e.uid).sort()).toEqual(before);
    expect(
      after
        .find((e) => e.summary === "Flyttes")!
        .startDate.toJSDate()
        .toISOString(),
    ).toBe("2027-02-17T09:00:00.000Z");
  });

  it("a new link kills the old one, and wrong tokens say nothing", async () => {
    const user = await makeUser();
    const old = issueCalendarFeed(user.id).split("/").pop()!.replace(".ics", "");
    expect(calendarFeed(old)).not.toBeNull();
    issueCalendarFeed(user.id);
    expect(calendarFeed(old)).toBeNull();
    for (const t of ["", "x", "a".repeat(32), "../../etc/passwd"]) expect(calendarFeed(t)).toBeNull();
  });

  it("gives a samling's .ics only to participants of its cohort", async () => {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    const other = makeCohort({ startDate: "2026-06-29" });
    const user = await makeUser();
    addMember(cohort.id, user.id, "participant");
    const theirs = db
      .insert(schema.gatherings)
      .values({
        cohortId: other.id,
        title: "Deres",
        startsAt: zonedInstant("2027-03-03", "09:00"),
        endsAt: zonedInstant("2027-03-03", "15:00"),
      })
      .returning()
      .get();
    const mine = db
      .insert(schema.gatherings)
      .values({
        cohortId: cohort.id,
        title: "Vår",
        startsAt: zonedInstant("2027-03-03", "09:00"),
        endsAt: zonedInstant("2027-03-03", "15:00"),
      })
      .returning()
      .get();
    expect(gatheringIcs(user.id, theirs.id)).toBeNull();
    expect(events(gatheringIcs(user.id, mine.id)!).map((e) => e.summary)).toEqual(["Vår"]);
  });
});

describe("planned partner conversations in the feed", () => {
  it("come only from published pairings: an owner's unpublished proposal shows nowhere", async () => {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    const [me, partner] = [await makeUser({ calendarKinds: EVERYTHING }), await makeUser()];
    for (const u of [me, partner]) addMember(cohort.id, u.id, "participant");
    const pairing = (fromWeek: number, toWeek: number, publishedAt: Date | null) => {
      const p = db.insert(schema.partnerships).values({ cohortId: cohort.id, fromWeek, toWeek, publishedAt }).returning().get();
      for (const u of [me, partner]) db.insert(schema.partnershipMembers).values({ partnershipId: p.id, userId: u.id }).run();
    };
    pairing(14, 26, new Date("2026-09-28T06:00:00Z"));
    pairing(27, 39, null);
    const token = issueCalendarFeed(me.id).split("/").pop()!.replace(".ics", "");
    const weeks = events(calendarFeed(token)!)
      .map((e) => /^checkin-\d+-(\d+)-/.exec(e.uid)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(weeks.length).toBeGreaterThan(0);
    expect(weeks.every((w) => w >= 14 && w <= 26)).toBe(true);
  });
});

describe("what the feed holds is the person's choice", () => {
  async function world() {
    const cohort = makeCohort({ startDate: "2026-06-29" });
    const user = await makeUser();
    addMember(cohort.id, user.id, "participant");
    const g = db
      .insert(schema.gatherings)
      .values({
        cohortId: cohort.id,
        title: "Samling 3",
        startsAt: zonedInstant("2027-03-10", "09:00"),
        endsAt: zonedInstant("2027-03-10", "15:00"),
      })
      .returning()
      .get();
    return { cohort, user, g, token: tokenOf(issueCalendarFeed(user.id)) };
  }
  const kindsIn = (ics: string) => [...new Set(events(ics).map((e) => e.uid.split("-")[0]))].sort();

  it("a new feed holds samlinger (and an agreed talk), not an all-day event every week", async () => {
    const { user, token } = await world();
    expect(feedKinds(user.id)).toEqual(["samling", "talk"]);
    expect(kindsIn(calendarFeed(token)!)).toEqual(["samling"]);
  });

  it("ticking the weekly challenge adds it; unticking everything empties the feed, with the same link", async () => {
    const { user, token } = await world();
    setFeedKinds(user.id, ["challenge", "samling"]);
    expect(feedKinds(user.id)).toEqual(["samling", "challenge"]);
    expect(kindsIn(calendarFeed(token)!)).toEqual(["challenge", "samling"]);
    setFeedKinds(user.id, []);
    expect(events(calendarFeed(token)!)).toEqual([]);
  });

  it("a samling the person declined stays, marked as declined and as free time", async () => {
    const { user, g, token } = await world();
    const now = new Date("2026-11-22T12:00:00+01:00");
    answerGathering(user.id, getParticipation(user.id, now)!, g.id, false, "Kurs", now);
    const ics = calendarFeed(token)!;
    const [e] = events(ics);
    expect(e!.summary).toBe("Meldt forfall: Samling 3");
    expect(ics).toContain("TRANSP:TRANSPARENT");
  });
});
