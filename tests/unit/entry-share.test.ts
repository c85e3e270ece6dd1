// Sharing follows the person, not the partner role: a grant to a named person, revoked per person;
// a later partner — including one an owner made up and paired on purpose — sees nothing that was
// not granted to them.
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";
import { eq } from "drizzle-orm";

import { getParticipation } from "~/models/cohort.server";
import { activeGrantsOf, entryShares, listSharedWithMe, revokeShare, shareEntry } from "~/models/entry-share.server";
import { acceptInvitation, createInvitation } from "~/models/invitation.server";
import { createEntry, getEntry } from "~/models/journal.server";
import { adjustProposal, proposePairing, publishProposal } from "~/models/pairing.server";
import { loader as journalIndexLoader } from "~/routes/journal._index";
import { loader as partnerLoader } from "~/routes/partner";
import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";
import { createSession } from "~/utils/session.server";

import { addMember, cohortWithPairs, makeUser, requestAs } from "../support/factories";
import { resolveInstant } from "../support/instants";

const ctx = { journalIndex: journalIndexLoader };

const WEEK_21 = new Date("2026-11-22T12:00:00+01:00"); // pairs of weeks 14–26 (cohortWithPairs)
const WEEK_28 = new Date("2027-01-10T12:00:00+01:00"); // the next period, weeks 27–39
const part = (id: number, at = WEEK_21) => getParticipation(id, at)!;
const titlesFor = (id: number) => listSharedWithMe(id).map((e) => e.title);

describe("sharing a journal entry with a person", () => {
  it("grants the entry to the named partner, says who and when, and takes it back per person", async () => {
    const { cohort, people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c] = people;
    const shared = createEntry(a!.id, cohort.id, { title: "Delt", body: "Til deg", tags: [] }, WEEK_21);
    createEntry(a!.id, cohort.id, { title: "Privat", body: "Ikke til deg", tags: [] }, WEEK_21);

    expect(shareEntry(a!.id, part(a!.id), shared, [b!.id], WEEK_21)).toEqual({ ok: true, names: [b!.name] });
    expect(titlesFor(b!.id)).toEqual(["Delt"]);
    expect(titlesFor(c!.id)).toEqual([]);
    expect(entryShares(a!.id, shared)).toEqual([{ userId: b!.id, name: b!.name, grantedAt: WEEK_21, revokedAt: null }]);
    expect(getEntry(a!.id, shared)?.sharedWith).toEqual([b!.name]);
    // Only the author sees who an entry is shared with.
    expect(entryShares(b!.id, shared)).toBeNull();

    const later = new Date(WEEK_21.getTime() + 86_400_000);
    expect(revokeShare(a!.id, shared, b!.id, later)).toBe(true);
    expect(titlesFor(b!.id)).toEqual([]);
    expect(entryShares(a!.id, shared)).toEqual([{ userId: b!.id, name: b!.name, grantedAt: WEEK_21, revokedAt: later }]);
    expect(revokeShare(a!.id, shared, b!.id, later)).toBe(false);

    // Sharing again re-opens the grant with a new date.
    expect(shareEntry(a!.id, part(a!.id), shared, [b!.id], later).ok).toBe(true);
    expect(entryShares(a!.id, shared)).toEqual([{ userId: b!.id, name: b!.name, grantedAt: later, revokedAt: null }]);
  });

  it("in a trio, shares with the chosen member only", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2, 3]]);
    const [a, b, c] = people;
    const id = createEntry(a!.id, cohort.id, { title: "Til B", body: "Bare til B", tags: [] }, WEEK_21);
    expect(shareEntry(a!.id, part(a!.id), id, [b!.id], WEEK_21).ok).toBe(true);
    expect(titlesFor(b!.id)).toEqual(["Til B"]);
    expect(titlesFor(c!.id)).toEqual([]);
    expect(shareEntry(a!.id, part(a!.id), id, [b!.id, c!.id], WEEK_21).ok).toBe(true);
    expect(titlesFor(c!.id)).toEqual(["Til B"]);
    expect(revokeShare(a!.id, id, b!.id, WEEK_21)).toBe(true);
    expect([titlesFor(b!.id), titlesFor(c!.id)]).toEqual([[], ["Til B"]]);
  });

  it("refuses anyone outside the author's current partnership and writes nothing", async () => {
    const { cohort, people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c] = people;
    const stranger = await makeUser();
    const id = createEntry(a!.id, cohort.id, { title: "Mitt", body: "Mitt", tags: [] }, WEEK_21);
    for (const recipients of [[c!.id], [stranger.id], [b!.id, c!.id], [a!.id], [], [999_999]]) {
      expect(shareEntry(a!.id, part(a!.id), id, recipients, WEEK_21)).toEqual({ ok: false, reason: "not-a-partner" });
    }
    // Someone else's entry cannot be shared or revoked by its id.
    expect(shareEntry(b!.id, part(b!.id), id, [a!.id], WEEK_21)).toEqual({ ok: false, reason: "not-found" });
    expect(revokeShare(b!.id, id, b!.id, WEEK_21)).toBe(false);
    expect(db.select().from(schema.entryShares).where(eq(schema.entryShares.entryId, id)).all()).toEqual([]);
  });

  it("after rotation, the new partner sees nothing that was shared with the earlier one", async () => {
    const { cohort, people } = await cohortWithPairs([
      [1, 2],
      [3, 4],
    ]);
    const [a, b, c, d] = people;
    const early = createEntry(a!.id, cohort.id, { title: "Til B i høst", body: "…", tags: [] }, WEEK_21);
    shareEntry(a!.id, part(a!.id), early, [b!.id], WEEK_21);
    // Weeks 27–39: A with C, B with D.
    for (const group of [
      [a!, c!],
      [b!, d!],
    ]) {
      const p = db
        .insert(schema.partnerships)
        .values({ cohortId: cohort.id, fromWeek: 27, toWeek: 39, publishedAt: WEEK_21 })
        .returning()
        .get();
      for (const u of group) db.insert(schema.partnershipMembers).values({ partnershipId: p.id, userId: u.id }).run();
    }
    expect(titlesFor(c!.id)).toEqual([]);
    // What A granted B stays B's to read until A takes it back; B cannot pass it on.
    expect(titlesFor(b!.id)).toEqual(["Til B i høst"]);
    expect(shareEntry(b!.id, part(b!.id, WEEK_28), early, [d!.id], WEEK_28).ok).toBe(false);

    const fresh = createEntry(a!.id, cohort.id, { title: "Til C", body: "…", tags: [] }, WEEK_28);
    expect(shareEntry(a!.id, part(a!.id, WEEK_28), fresh, [b!.id], WEEK_28).ok).toBe(false);
    expect(shareEntry(a!.id, part(a!.id, WEEK_28), fresh, [c!.id], WEEK_28).ok).toBe(true);
    expect(titlesFor(c!.id)).toEqual(["Til C"]);
    expect(activeGrantsOf([early, fresh])).toEqual(
      new Map([
        [early, [{ userId: b!.id, name: b!.name, grantedAt: WEEK_21 }]],
        [fresh, [{ userId: c!.id, name: c!.name, grantedAt: WEEK_28 }]],
      ]),
    );
  });

  it("an owner who invents a participant and pairs it with someone reads nothing of what they shared before", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2, 3]]);
    const [a, b, c] = people;
    const owner = await makeUser({ name: "Olav Eier" });
    addMember(cohort.id, owner.id, "owner");
    for (const title of ["Om teamet mitt", "Om sjefen min"]) {
      const id = createEntry(a!.id, cohort.id, { title, body: "Fortrolig", tags: [] }, WEEK_21);
      expect(shareEntry(a!.id, part(a!.id), id, [b!.id, c!.id], WEEK_21).ok).toBe(true);
    }

    // The owner invites a made-up person, accepts the invitation themselves, and pairs it with A next period.
    const { token } = createInvitation(
      owner,
      { email: "oppdiktet@test.example", cohortId: cohort.id, role: "participant", name: "Oppdiktet" },
      WEEK_21,
    );
    const invented = await acceptInvitation(token, { name: "Oppdiktet Person", password: "et langt passord her" }, WEEK_21);
    if (!invented.ok) throw new Error(invented.state);
    expect(proposePairing(owner, cohort.id, 27, 39, () => 0.5).ok).toBe(true);
    const groups = new Map([
      [a!.id, 1],
      [invented.userId, 1],
      [b!.id, 2],
      [c!.id, 2],
    ]);
    expect(adjustProposal(owner, cohort.id, groups).ok).toBe(true);
    // B and C were together before: the owner has to say they know.
    expect(publishProposal(owner, cohort.id, WEEK_21)).toEqual({ ok: false, reason: "repeats" });
    expect(publishProposal(owner, cohort.id, WEEK_21, { confirmRepeats: true }).ok).toBe(true);

    expect(getParticipation(invented.userId, WEEK_28)?.clock.currentWeek).toBe(28);
    expect(titlesFor(invented.userId)).toEqual([]);
    expect(titlesFor(b!.id)).toEqual(["Om sjefen min", "Om teamet mitt"]);

    // The same through the pages the invented person can open, in week 28 when the pairing is in force.
    clock.setClockForTests(WEEK_28);
    try {
      const { token: session } = createSession(invented.userId, WEEK_28);
      const partnerPage = (await partnerLoader({
        request: await requestAs(session, "http://localhost/partner"),
        params: {},
        context: {},
      })) as {
        partnership: { partners: { userId: number }[] } | null;
        shared: unknown[];
      };
      expect(partnerPage.partnership?.partners.map((p) => p.userId)).toEqual([a!.id]);
      expect(partnerPage.shared).toEqual([]);
      expect(JSON.stringify(partnerPage)).not.toMatch(/Om teamet mitt|Om sjefen min|Fortrolig/);
      const journal = await ctx.journalIndex({ request: await requestAs(session, "http://localhost/journal"), params: {}, context: {} });
      expect(journal.data.entries).toEqual([]);
    } finally {
      clock.setClockForTests(resolveInstant(process.env.APP_NOW), { frozen: false });
    }
  });
});

describe("the migration from a yes/no flag to grants", () => {
  it("grants each flagged entry to the partner(s) of the partnership in force when it was written, and nobody else", () => {
    const file = path.resolve(`tests/.tmp/migration-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
    const sqlite = new Database(file);
    try {
      const dir = path.resolve("db/migrations");
      const run = (name: string) => {
        for (const statement of fs.readFileSync(path.join(dir, name), "utf8").split("--> statement-breakpoint")) {
          if (statement.trim()) sqlite.exec(statement);
        }
      };
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".sql"))
        .sort();
      const index = files.findIndex((f) => f.startsWith("0004_"));
      files.slice(0, index).forEach(run);

      const ins = (sql: string, ...args: unknown[]) => Number(sqlite.prepare(sql).run(...args).lastInsertRowid);
      const org = ins("insert into organisations (name) values ('Org')");
      const prog = ins("insert into programmes (slug, name) values ('p', 'P')");
      const cohort = ins(
        "insert into cohorts (organisation_id, programme_id, name, start_date) values (?, ?, 'K', '2026-06-29')",
        org,
        prog,
      );
      const user = (n: string) => ins("insert into users (email, name, password_hash) values (?, ?, 'x')", `${n}@t.example`, n);
      const [a, b, c, d] = ["a", "b", "c", "d"].map(user) as [number, number, number, number];
      const pair = (from: number, to: number, ids: number[]) => {
        const p = ins("insert into partnerships (cohort_id, from_week, to_week, published_at) values (?, ?, ?, 1)", cohort, from, to);
        for (const id of ids) ins("insert into partnership_members (partnership_id, user_id) values (?, ?)", p, id);
      };
      pair(1, 13, [a, b]);
      pair(1, 13, [c, d]);
      pair(14, 26, [a, c]);
      const entry = (title: string, at: string, shared: boolean, author = a) =>
        ins(
          "insert into journal_entries (user_id, cohort_id, title, body, shared_with_partner, created_at, updated_at) values (?, ?, ?, 'x', ?, ?, ?)",
          author,
          cohort,
          title,
          shared ? 1 : 0,
          new Date(at).getTime(),
          new Date(at).getTime(),
        );
      const inWeek5 = entry("uke 5, delt", "2026-07-28T10:00:00+02:00", true);
      const lastMinuteOfWeek13 = entry("søndag kveld uke 13", "2026-09-27T23:30:00+02:00", true); // 21:30 UTC: still week 13 in Oslo
      const firstMinuteOfWeek14 = entry("mandag natt uke 14", "2026-09-28T00:30:00+02:00", true); // 22:30 UTC Sunday: week 14 in Oslo
      entry("uke 5, privat", "2026-07-28T10:00:00+02:00", false);
      entry("uke 30, ingen partner", "2027-01-18T10:00:00+01:00", true);
      const ds = entry("Ds deling", "2026-08-04T10:00:00+02:00", true, d);

      run(files[index]!);
      const grants = sqlite.prepare("select entry_id as entryId, user_id as userId from entry_shares order by entry_id, user_id").all();
      expect(grants).toEqual([
        { entryId: inWeek5, userId: b },
        { entryId: lastMinuteOfWeek13, userId: b },
        { entryId: firstMinuteOfWeek14, userId: c },
        { entryId: ds, userId: c },
      ]);
      const columns = (sqlite.prepare("pragma table_info(journal_entries)").all() as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain("shared_with_partner");
    } finally {
      sqlite.close();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    }
  });
});
