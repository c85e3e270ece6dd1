// `npm run bench:data`: a separate database (never the demo's) at realistic and ten-times scale:
// 20 cohorts — one of 2,000 participants, nineteen of 90 — each with 52 weeks of history
// (challenge completions, module progress, check-ins every 2–3 weeks, attendance) and 100,000
// journal entries of realistic length in Norwegian. Seeded, so every run makes the same data.
import fs from "node:fs";
import path from "node:path";

import * as clock from "../app/utils/clock.server";
import { seededRandom } from "../db/random";

export const BENCH_DB = path.resolve(process.env.BENCH_DATABASE_PATH ?? "data/bench.db");
const BIG_COHORT = 2000;
const SMALL_COHORTS = 19;
const SMALL_SIZE = 90;
const JOURNAL_ENTRIES = 100_000;

export async function generate(file = BENCH_DB) {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  process.env.DATABASE_PATH = file;
  const { db, closeDatabase } = await import("../app/utils/db.server");
  const { hashPassword } = await import("../app/models/password.server");
  const { getProgramme, weekPlan } = await import("../app/utils/programme.server");
  const { addDays, calendarDate, mondayOf, zonedInstant } = await import("../app/utils/programme-time");
  const texts = await import("../db/demo-texts");
  const sqlite = db.$client;
  const rnd = seededRandom(4242);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const programme = getProgramme();
  const hash = await hashPassword("demopassord123");
  const now = clock.now();
  // Every cohort is in its last week, so each has 51 full weeks of history.
  const startDate = addDays(mondayOf(calendarDate(now)), -7 * 51);
  const plan = weekPlan(programme, startDate);
  const reflections = Object.values(texts.challengeReflections).flat();
  const bodies = [...reflections, ...texts.freeEntries.map((e) => e.body), ...Object.values(texts.promptAnswers).flat()];

  const ins = {
    org: sqlite.prepare("insert into organisations (name) values (?)"),
    prog: sqlite.prepare("insert into programmes (slug, name) values (?, ?)"),
    cohort: sqlite.prepare("insert into cohorts (organisation_id, programme_id, name, start_date) values (?, ?, ?, ?)"),
    user: sqlite.prepare("insert into users (email, name, password_hash, last_login_at) values (?, ?, ?, ?)"),
    member: sqlite.prepare("insert into memberships (cohort_id, user_id, role) values (?, ?, ?)"),
    completion: sqlite.prepare(
      "insert into challenge_completions (user_id, cohort_id, challenge_slug, programme_week, status, skip_reason, completed_week, completed_at, journal_entry_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    entry: sqlite.prepare(
      "insert into journal_entries (user_id, cohort_id, title, body, source, source_ref, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    progress: sqlite.prepare(
      "insert into module_progress (user_id, cohort_id, module_slug, started_at, completed_at) values (?, ?, ?, ?, ?)",
    ),
    partnership: sqlite.prepare("insert into partnerships (cohort_id, from_week, to_week, published_at) values (?, ?, ?, ?)"),
    pmember: sqlite.prepare("insert into partnership_members (partnership_id, user_id) values (?, ?)"),
    checkIn: sqlite.prepare(
      "insert into check_ins (partnership_id, author_id, held_on, minutes, format, topics, notes, next_steps, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    gathering: sqlite.prepare(
      "insert into gatherings (cohort_id, planned_key, title, starts_at, ends_at, place, agenda) values (?, ?, ?, ?, ?, ?, ?)",
    ),
    attendance: sqlite.prepare("insert into attendance (gathering_id, user_id, rsvp, status, updated_at) values (?, ?, ?, ?, ?)"),
  };
  const at = (week: number, weekday: number, time = "10:00") =>
    zonedInstant(addDays(plan[Math.min(51, week - 1)]!.monday, weekday), time).getTime();
  let entries = 0;
  const sizes = [BIG_COHORT, ...Array.from({ length: SMALL_COHORTS }, () => SMALL_SIZE)];
  const totalPeople = sizes.reduce((a, b) => a + b, 0);
  // Spread the journal budget over everyone: some entries come from challenges, the rest are free.
  const freePerPerson = Math.max(0, Math.round(JOURNAL_ENTRIES / totalPeople) - 20);

  sqlite.transaction(() => {
    const progId = Number(ins.prog.run(programme.arc.slug, programme.arc.title).lastInsertRowid);
    let personNo = 0;
    sizes.forEach((size, ci) => {
      const orgId = Number(ins.org.run(`Organisasjon ${ci + 1}`).lastInsertRowid);
      const cohortId = Number(ins.cohort.run(orgId, progId, ci === 0 ? "Stor kohort" : `Kohort ${ci + 1}`, startDate).lastInsertRowid);
      const ownerId = Number(ins.user.run(`eier${ci + 1}@bench.example`, `Eier ${ci + 1}`, hash, now.getTime()).lastInsertRowid);
      ins.member.run(cohortId, ownerId, "owner");
      const people: number[] = [];
      for (let i = 0; i < size; i++) {
        personNo++;
        const id = Number(
          ins.user.run(
            `deltaker${personNo}@bench.example`,
            `Deltaker ${personNo} Nordmann`,
            hash,
            rnd() < 0.03 ? null : at(40 + Math.floor(rnd() * 12), 1),
          ).lastInsertRowid,
        );
        ins.member.run(cohortId, id, "participant");
        people.push(id);
      }
      for (const userId of people) {
        const diligence = 0.5 + rnd() * 0.45;
        let written = 0;
        for (const w of plan) {
          if (!w.challengeSlug || rnd() > diligence) continue;
          const late = rnd() < 0.15;
          const when = at(w.week + (late ? 1 : 0), 2);
          if (rnd() < 0.1) {
            ins.completion.run(userId, cohortId, w.challengeSlug, w.week, "skipped", "Travel uke", w.week, when, null);
            continue;
          }
          let entryId: number | null = null;
          if (written < 20) {
            entryId = Number(
              ins.entry.run(
                userId,
                cohortId,
                programme.challenges.get(w.challengeSlug)!.title,
                pick(reflections),
                "challenge",
                w.challengeSlug,
                when,
                when,
              ).lastInsertRowid,
            );
            written++;
            entries++;
          }
          ins.completion.run(userId, cohortId, w.challengeSlug, w.week, "done", null, w.week + (late ? 1 : 0), when, entryId);
        }
        for (let i = 0; i < freePerPerson; i++) {
          const e = pick(texts.freeEntries);
          const when = at(1 + Math.floor(rnd() * 51), Math.floor(rnd() * 5), "20:00");
          ins.entry.run(userId, cohortId, e.title, `${pick(bodies)}\n\n${pick(bodies)}`, "free", null, when, when);
          entries++;
        }
        for (const m of programme.modules) {
          const week = plan.find((p) => p.month === m.month)!.week;
          ins.progress.run(userId, cohortId, m.slug, at(week, 1), rnd() < 0.8 ? at(week + 2, 3) : null);
        }
      }
      // Pairs per 13-week period, conversations every 2–3 weeks.
      for (const [from, to] of [
        [1, 13],
        [14, 26],
        [27, 39],
        [40, 52],
      ] as const) {
        const order = [...people].sort(() => rnd() - 0.5);
        for (let i = 0; i + 1 < order.length; i += 2) {
          const group = i + 3 === order.length ? order.slice(i, i + 3) : order.slice(i, i + 2);
          const pid = Number(ins.partnership.run(cohortId, from, to, at(from, 0)).lastInsertRowid);
          for (const u of group) ins.pmember.run(pid, u);
          for (let w = from + 1; w <= Math.min(to, 51); w += 2 + Math.floor(rnd() * 2)) {
            const note = pick(texts.checkInNotes);
            const day = addDays(plan[w - 1]!.monday, 1 + Math.floor(rnd() * 3));
            ins.checkIn.run(pid, pick(group), day, 30, "video", "[]", note.notes, note.nextSteps, at(w, 2));
          }
          if (group.length === 3) break;
        }
      }
      for (const s of programme.arc.samlinger) {
        const day = addDays(plan[s.week - 1]!.monday, 2);
        const start = zonedInstant(day, "09:00").getTime();
        const end = zonedInstant(addDays(day, s.days - 1), "16:00").getTime();
        const gid = Number(ins.gathering.run(cohortId, s.key, s.title, start, end, "Oslo", s.purpose).lastInsertRowid);
        const held = end < now.getTime();
        for (const u of people)
          ins.attendance.run(gid, u, "attending", held ? (rnd() < 0.85 ? "attended" : rnd() < 0.5 ? "excused" : "absent") : null, start);
      }
    });
  })();
  // Top up with free entries so the journal table holds at least the target number.
  sqlite.transaction(() => {
    const ids = sqlite.prepare("select m.user_id as u, m.cohort_id as c from memberships m where m.role = 'participant'").all() as {
      u: number;
      c: number;
    }[];
    while (entries < JOURNAL_ENTRIES) {
      const who = pick(ids);
      const e = pick(texts.freeEntries);
      const when = at(1 + Math.floor(rnd() * 51), 4, "21:00");
      ins.entry.run(who.u, who.c, e.title, pick(bodies), "free", null, when, when);
      entries++;
    }
  })();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("analyze");
  closeDatabase();
  const size = fs.statSync(file).size;
  return { seconds: (performance.now() - started) / 1000, bytes: size, participants: sizes.reduce((a, b) => a + b, 0), entries };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await generate();
  console.log(
    `Benchmark database ${path.relative(process.cwd(), BENCH_DB)}: ${r.participants} participants, ${r.entries} journal entries, ` +
      `${(r.bytes / 1024 / 1024).toFixed(0)} MB, made in ${r.seconds.toFixed(1)} s.`,
  );
}
