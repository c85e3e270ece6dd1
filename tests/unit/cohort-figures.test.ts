// The owners' figures cache (ADR 027) against a real database file: the dashboard's rows come from
// the cache while nothing changed, and are computed again after every kind of write a figure is
// computed from — also when another connection (another server process) made it.
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";

import { activityVersion } from "~/models/cohort-figures.server";
import { cohortSummary, participantRows } from "~/models/progress.server";
import { db, schema } from "~/utils/db.server";
import { zonedInstant } from "~/utils/programme-time";

import { addMember, makeCohort, makeUser } from "../support/factories";

const monday = zonedInstant("2027-02-01", "09:00");

async function cohortWithPeople() {
  const cohort = makeCohort({ startDate: "2027-01-04" });
  const anne = await makeUser({ name: "Anne Aas" });
  const bo = await makeUser({ name: "Bo Berg" });
  addMember(cohort.id, anne.id, "participant");
  addMember(cohort.id, bo.id, "participant");
  return { cohort, anne, bo };
}

/** Runs SQL on its own connection to the same file, as another server process would. */
function elsewhere(sql: string, ...params: unknown[]) {
  const other = new Database(db.$client.name);
  other.pragma("foreign_keys = ON");
  const result = other.prepare(sql).run(...params);
  other.close();
  return result;
}

describe("the owners' figures cache", () => {
  it("answers from the cache while nothing changed, and nobody may change a cached row", async () => {
    const { cohort } = await cohortWithPeople();
    const rows = participantRows(cohort, monday);
    expect(participantRows(cohort, monday)).toBe(rows);
    expect(cohortSummary(cohort, monday)).toBe(cohortSummary(cohort, monday));
    expect(() => {
      (rows[0] as { done: number }).done = 40;
    }).toThrow(TypeError);
  });

  it("shows a completion, a sign-in and a journal entry written by another process", async () => {
    const { cohort, anne } = await cohortWithPeople();
    const anneRow = () => participantRows(cohort, monday).find((r) => r.userId === anne.id)!;
    expect(anneRow()).toMatchObject({ done: 0, lastLoginAt: null });
    expect(cohortSummary(cohort, monday).activeThisWeek).toBe(0);

    elsewhere(
      `insert into challenge_completions (user_id, cohort_id, challenge_slug, programme_week, status, completed_week, completed_at)
       values (?, ?, 'x', 2, 'done', 2, ?)`,
      anne.id,
      cohort.id,
      monday.getTime() - 7 * 86_400_000,
    );
    expect(anneRow().done).toBe(1);

    elsewhere("update users set last_login_at = ? where id = ?", monday.getTime(), anne.id);
    expect(anneRow().lastLoginAt).toBe(monday.getTime());
    expect(cohortSummary(cohort, monday).activeThisWeek).toBe(1);

    const before = anneRow().lastActivityAt;
    elsewhere(
      "insert into journal_entries (user_id, cohort_id, title, body, source, created_at, updated_at) values (?, ?, 't', 'b', 'free', ?, ?)",
      anne.id,
      cohort.id,
      monday.getTime() + 1000,
      monday.getTime() + 1000,
    );
    expect(anneRow().lastActivityAt).toBeGreaterThan(before ?? 0);
  });

  it("raises the version on every kind of write the figures read, and only for that cohort", async () => {
    const { cohort, anne, bo } = await cohortWithPeople();
    const other = makeCohort({ startDate: "2027-01-04" });
    const at = monday.getTime();
    const steps: [string, () => unknown][] = [
      [
        "module started",
        () =>
          elsewhere(
            "insert into module_progress (user_id, cohort_id, module_slug, started_at) values (?, ?, 'm', ?)",
            anne.id,
            cohort.id,
            at,
          ),
      ],
      ["module finished", () => elsewhere("update module_progress set completed_at = ? where user_id = ?", at, anne.id)],
      [
        "pair made",
        () =>
          elsewhere(
            "insert into partnerships (id, cohort_id, from_week, to_week, published_at, created_at) values (9001, ?, 1, 52, ?, ?)",
            cohort.id,
            at,
            at,
          ),
      ],
      [
        "member added",
        () => elsewhere("insert into partnership_members (partnership_id, user_id) values (9001, ?), (9001, ?)", anne.id, bo.id),
      ],
      [
        "conversation logged",
        () =>
          elsewhere(
            "insert into check_ins (id, partnership_id, author_id, held_on, minutes, format, topics, notes, next_steps, created_at) values (9002, 9001, ?, '2027-02-01', 30, 'phone', '[]', '', '', ?)",
            anne.id,
            at,
          ),
      ],
      ["conversation moved", () => elsewhere("update check_ins set held_on = '2027-01-29' where id = 9002")],
      [
        "samling planned",
        () =>
          elsewhere(
            "insert into gatherings (id, cohort_id, title, starts_at, ends_at, place, agenda, created_at, practical, online_url, cancel_note, sequence) values (9003, ?, 'S', ?, ?, 'Oslo', '', ?, '', '', '', 0)",
            cohort.id,
            at,
            at + 3_600_000,
            at,
          ),
      ],
      [
        "attendance marked",
        () => elsewhere("insert into attendance (gathering_id, user_id, status, updated_at) values (9003, ?, 'absent', ?)", bo.id, at),
      ],
      [
        "leave registered",
        () =>
          elsewhere(
            "insert into participant_statuses (cohort_id, user_id, kind, from_date, created_at) values (?, ?, 'leave', '2027-02-01', ?)",
            cohort.id,
            bo.id,
            at,
          ),
      ],
      ["renamed", () => elsewhere("update users set name = 'Bo Berge' where id = ?", bo.id)],
      ["left the cohort", () => db.delete(schema.memberships).where(eq(schema.memberships.userId, bo.id)).run()],
    ];
    for (const [what, step] of steps) {
      const before = activityVersion(cohort.id);
      step();
      expect(activityVersion(cohort.id), what).toBeGreaterThan(before);
    }
    expect(activityVersion(other.id)).toBe(0);
  });

  it("leaves the version alone when a journal entry's text is edited", async () => {
    const { cohort, anne } = await cohortWithPeople();
    const at = monday.getTime();
    const { lastInsertRowid } = elsewhere(
      "insert into journal_entries (user_id, cohort_id, title, body, source, created_at, updated_at) values (?, ?, 't', 'b', 'free', ?, ?)",
      anne.id,
      cohort.id,
      at,
      at,
    );
    const before = activityVersion(cohort.id);
    elsewhere("update journal_entries set body = 'ny tekst', updated_at = ? where id = ?", at + 1, lastInsertRowid);
    expect(activityVersion(cohort.id)).toBe(before);
  });

  it("computes again when the owner changes a threshold and when the clock reaches the next minute", async () => {
    const { cohort } = await cohortWithPeople();
    const rows = participantRows(cohort, monday);
    expect(participantRows({ ...cohort, followUpChallengeWeeks: cohort.followUpChallengeWeeks + 1 }, monday)).not.toBe(rows);
    const sameMinute = new Date(monday.getTime() + 30_000);
    const nextMinute = new Date(monday.getTime() + 60_000);
    const again = participantRows(cohort, monday);
    expect(participantRows(cohort, sameMinute)).toBe(again);
    expect(participantRows(cohort, nextMinute)).not.toBe(again);
  });
});
