// The next conversation, agreed and in both calendars; a word back on a shared entry; and the
// notices (and mails, where wanted) that tell the other person — never with the text itself.
import { eq } from "drizzle-orm";
import ICAL from "ical.js";

import { calendarFeed, issueCalendarFeed, nextTalkIcs } from "~/models/calendar.server";
import { getParticipation } from "~/models/cohort.server";
import { addComment, deleteComment, listComments } from "~/models/entry-comment.server";
import { shareEntry } from "~/models/entry-share.server";
import { createGathering, updateGathering } from "~/models/gathering.server";
import { createEntry } from "~/models/journal.server";
import { cancelNextTalk, getNextTalk, planNextTalk } from "~/models/next-talk.server";
import { adjustProposal, getProposal, proposePairing, publishProposal } from "~/models/pairing.server";
import { nextPartnership } from "~/models/partnership.server";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

import { addMember, cohortWithPairs, makeUser } from "../support/factories";
import { resolveInstant } from "../support/instants";

const NOW = new Date("2026-11-22T12:00:00+01:00"); // a Sunday in week 21 of a cohort that started 29 June 2026
const part = (id: number) => getParticipation(id, NOW)!;
const noticesOf = (userId: number) => db.select().from(schema.notices).where(eq(schema.notices.userId, userId)).all();
const mailsTo = (email: string) => db.select().from(schema.emailOutbox).where(eq(schema.emailOutbox.toAddress, email)).all();

describe("the next conversation", () => {
  afterEach(() => clock.setClockForTests(resolveInstant(process.env.APP_NOW), { frozen: false }));

  it("either partner proposes it; both see it, in the feed and as .ics, and the other is told", async () => {
    const { people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c] = people;
    expect(planNextTalk(a!.id, part(a!.id), { date: "2026-11-20", time: "09:00", minutes: 45, place: "" }, NOW)).toEqual({
      ok: false,
      reason: "past",
    });
    expect(planNextTalk(a!.id, part(a!.id), { date: "2027-06-01", time: "09:00", minutes: 45, place: "" }, NOW)).toEqual({
      ok: false,
      reason: "too-far",
    });
    expect(planNextTalk(a!.id, part(a!.id), { date: "2026-11-25", time: "09:30", minutes: 45, place: "Teams" }, NOW)).toEqual({ ok: true });
    const seenByB = getNextTalk(b!.id, part(b!.id), NOW);
    expect(seenByB).toMatchObject({ minutes: 45, place: "Teams", proposedBy: a!.name, sequence: 0 });
    expect(seenByB!.startsAt.toISOString()).toBe("2026-11-25T08:30:00.000Z");
    expect(getNextTalk(c!.id, part(c!.id), NOW)).toBeNull();
    expect(noticesOf(b!.id).map((n) => n.kind)).toContain("next_talk");
    expect(mailsTo(b!.email).map((m) => m.kind)).toContain("next_talk");

    // Moving it keeps one event (same UID) with a higher SEQUENCE, in both feeds and the .ics.
    expect(planNextTalk(b!.id, part(b!.id), { date: "2026-11-26", time: "14:00", minutes: 30, place: "" }, NOW).ok).toBe(true);
    clock.setClockForTests(NOW);
    for (const who of [a!, b!]) {
      const token = issueCalendarFeed(who.id).split("/").pop()!.replace(".ics", "");
      const events = new ICAL.Component(ICAL.parse(calendarFeed(token)!))
        .getAllSubcomponents("vevent")
        .filter((v) => String(v.getFirstPropertyValue("uid")).startsWith("next-talk-"));
      expect(events).toHaveLength(1);
      expect(events[0]!.getFirstPropertyValue("sequence")).toBe(1);
    }
    const ics = nextTalkIcs(a!.id)!;
    expect(ics).toContain("DTSTART;TZID=Europe/Oslo:20261126T140000");
    expect(ics).toContain("SEQUENCE:1");
    expect(nextTalkIcs(c!.id)).toBeNull();
    expect(cancelNextTalk(b!.id, part(b!.id))).toBe(true);
    expect(getNextTalk(a!.id, part(a!.id), NOW)).toBeNull();
  });
});

describe("a word back on a shared entry", () => {
  it("only the author and the people it is shared with read and write comments; the author can delete any", async () => {
    const { cohort, people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c] = people;
    const id = createEntry(a!.id, cohort.id, { title: "Delt", body: "Om teamet", tags: [] }, NOW);
    expect(addComment(b!.id, id, "Før deling", NOW)).toBe(false);
    shareEntry(a!.id, part(a!.id), id, [b!.id], NOW);
    expect(addComment(b!.id, id, "Kjenner meg igjen.", NOW)).toBe(true);
    expect(addComment(c!.id, id, "Jeg er ikke invitert", NOW)).toBe(false);
    expect(listComments(c!.id, id)).toBeNull();
    expect(listComments(a!.id, id)!.map((x) => x.body)).toEqual(["Kjenner meg igjen."]);
    const notice = noticesOf(a!.id).find((n) => n.kind === "entry_comment")!;
    expect(notice.link).toBe(`/journal/${id}#comments`);
    expect(notice.title).not.toContain("Kjenner meg igjen");

    const [comment] = listComments(b!.id, id)!;
    expect(deleteComment(c!.id, comment!.id)).toBe(false);
    expect(deleteComment(a!.id, comment!.id)).toBe(true);
    expect(listComments(b!.id, id)).toEqual([]);
  });

  it("notices of a share name the person, never the entry's text", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2]]);
    const [a, b] = people;
    const id = createEntry(a!.id, cohort.id, { title: "Hemmelig tittel", body: "Hemmelig tekst", tags: [] }, NOW);
    shareEntry(a!.id, part(a!.id), id, [b!.id], NOW);
    const n = noticesOf(b!.id).find((x) => x.kind === "entry_shared")!;
    expect(n.title).toContain(a!.name);
    expect(JSON.stringify([n, ...mailsTo(b!.email)])).not.toMatch(/Hemmelig/);
  });
});

describe("publishing pairs", () => {
  it("flags a hand-made repeat of an earlier pair, needs a confirmation, shows earlier partners, and tells everyone who and from when", async () => {
    const { cohort, people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c, d] = people;
    const owner = await makeUser();
    addMember(cohort.id, owner.id, "owner");
    expect(proposePairing(owner, cohort.id, 27, 39, () => 0.3).ok).toBe(true);
    // Put A and B together again by hand.
    const groups = new Map([
      [a!.id, 1],
      [b!.id, 1],
      [c!.id, 2],
      [d!.id, 2],
    ]);
    expect(adjustProposal(owner, cohort.id, groups).ok).toBe(true);
    const proposal = getProposal(cohort.id)!;
    expect(proposal.groups.every((g) => g.repeat)).toBe(true);
    expect(proposal.groups.flatMap((g) => g.members).find((m) => m.userId === a!.id)?.earlierPartners).toEqual([b!.name]);
    expect(publishProposal(owner, cohort.id, NOW)).toEqual({ ok: false, reason: "repeats" });
    expect(publishProposal(owner, cohort.id, NOW, { confirmRepeats: true })).toEqual({ ok: true });
    const n = noticesOf(a!.id).find((x) => x.kind === "pairs_published")!;
    expect(n.title).toContain("27");
    expect(n.title).toContain(b!.name);
    // From now on /partner shows who comes next, before the period starts.
    expect(nextPartnership(c!.id, part(c!.id))).toMatchObject({ fromWeek: 27, partners: [d!.name], startsOn: "2026-12-28" });
  });
});

describe("samlinger added or moved", () => {
  it("tell every participant, by notice and (if they want samling mails) by e-mail; an agenda fix tells nobody", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2]]);
    const [a, b] = people;
    db.update(schema.users).set({ mailSamling: false }).where(eq(schema.users.id, b!.id)).run();
    const owner = await makeUser();
    addMember(cohort.id, owner.id, "owner");
    const input = {
      title: "Samling 4",
      date: "2027-01-13",
      startTime: "09:00",
      endDate: "2027-01-13",
      endTime: "16:00",
      place: "Oslo",
      agenda: "",
    };
    const created = createGathering(owner, cohort, input);
    if (!created.ok) throw new Error(created.reason);
    const kinds = (id: number) => noticesOf(id).map((n) => n.kind);
    expect(kinds(a!.id)).toContain("samling_added");
    expect(kinds(b!.id)).toContain("samling_added");
    expect(kinds(owner.id)).not.toContain("samling_added");
    expect(mailsTo(a!.email).map((m) => m.kind)).toContain("samling_added");
    expect(mailsTo(b!.email).map((m) => m.kind)).not.toContain("samling_added");

    expect(updateGathering(owner, cohort, created.id, { ...input, agenda: "Rettet program" }, NOW).ok).toBe(true);
    expect(kinds(a!.id)).not.toContain("samling_moved");
    expect(updateGathering(owner, cohort, created.id, { ...input, date: "2027-01-14", endDate: "2027-01-14" }, NOW).ok).toBe(true);
    const moved = noticesOf(a!.id).find((n) => n.kind === "samling_moved")!;
    expect(moved.title).toContain("14. jan. 2027");
    expect(moved.link).toBe(`/gatherings#samling-${created.id}`);
  });
});
