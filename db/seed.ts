// The living demo: one organisation, the programme, and a cohort that started on the Monday 20
// weeks before today, with 20 weeks of plausible history. Deterministic (seeded random), so the
// demo looks the same on every machine for the same day.
//
// Who is who:
//   deltaker01 and deltaker02 are training partners now (weeks 14–26) and keep the loop going.
//   deltaker04 stopped doing leader challenges after week 14 (but still talks to the partner).
//   deltaker07 and deltaker08: deltaker07 went quiet on the partnership, no check-in since
//     week 13 and missed the last samling.
//   deltaker11 has not signed in since week 6 and did almost nothing after week 5.
import { eq } from "drizzle-orm";

import { hashPassword } from "../app/models/password.server";
import * as clock from "../app/utils/clock.server";
import { compileFile, reflectionTitle } from "../app/utils/content.server";
import type { DB } from "../app/utils/db.server";
import { schema } from "../app/utils/db.server";
import { getInstrument, occasionOfDate } from "../app/utils/instruments.server";
import { getProgramme, type Programme, weekPlan } from "../app/utils/programme.server";
import { addDays, calendarDate, mondayOf, zonedInstant } from "../app/utils/programme-time";
import { challengeReflections, checkInNotes, freeEntries, partnerReflections, promptAnswers, skipReasons } from "./demo-texts";
import { seededRandom } from "./random";

export const DEMO_PASSWORD = "demopassord123";
export const DEMO_DOMAIN = "demo.example";
export const DEMO_COHORT_WEEKS_AGO = 20;

const PARTICIPANT_NAMES = [
  "Silje Hansen",
  "Mats Johansen",
  "Nina Larsen",
  "Espen Andersen",
  "Tone Pedersen",
  "Kjetil Olsen",
  "Mona Karlsen",
  "Henrik Solberg",
  "Aisha Rahman",
  "Jørgen Eide",
  "Randi Haugen",
  "Thomas Moen",
];

type Persona = { doesChallenge: (week: number) => number; lastActiveWeek: number; checksIn: boolean };

function persona(n: number): Persona {
  switch (n) {
    case 4:
      return { doesChallenge: (w) => (w <= 14 ? 0.85 : 0), lastActiveWeek: 21, checksIn: true };
    case 7:
      return { doesChallenge: () => 0.6, lastActiveWeek: 20, checksIn: false };
    case 11:
      return { doesChallenge: (w) => (w <= 5 ? 0.7 : 0), lastActiveWeek: 6, checksIn: false };
    default:
      return { doesChallenge: () => (n <= 2 ? 0.95 : 0.8), lastActiveWeek: 21, checksIn: true };
  }
}

const email = (local: string) => `${local}@${DEMO_DOMAIN}`;
const pad = (n: number) => String(n).padStart(2, "0");

export async function seedDemo(db: DB, now = clock.now(), programme: Programme = getProgramme()) {
  const rnd = seededRandom(20_26);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = calendarDate(now);
  const startDate = addDays(mondayOf(today), -7 * DEMO_COHORT_WEEKS_AGO);
  const plan = weekPlan(programme, startDate);
  const currentWeek = DEMO_COHORT_WEEKS_AGO + 1;
  // A moment on a given weekday (0 = Monday) of a programme week, at a time of day, Oslo time.
  const at = (week: number, weekday: number, time = "10:00") => zonedInstant(addDays(plan[week - 1]!.monday, weekday), time);
  const notFuture = (d: Date) => (d.getTime() > now.getTime() ? new Date(now.getTime() - 60_000) : d);

  // Reflections answered in a module are titled by their question, as the app titles them.
  const promptTitles = new Map<string, string>();
  for (const m of programme.modules) {
    if (!Object.keys(promptAnswers).some((key) => key.startsWith(`${m.slug}#`))) continue;
    for (const p of (await compileFile(m.file)).prompts) promptTitles.set(`${m.slug}#${p.id}`, reflectionTitle(p.text));
  }
  const promptTitle = (key: string) => {
    const title = promptTitles.get(key);
    if (!title) throw new Error(`db/demo-texts.ts: promptAnswers has «${key}», which no module asks`);
    return title;
  };

  db.transaction((tx) => {
    const org = tx.insert(schema.organisations).values({ name: "Nav Demo fylke" }).returning().get();
    const prog = tx.insert(schema.programmes).values({ slug: programme.arc.slug, name: programme.arc.title }).returning().get();
    const cohort = tx
      .insert(schema.cohorts)
      .values({ organisationId: org.id, programmeId: prog.id, name: "Demokohort 2026", startDate })
      .returning()
      .get();

    const admin = tx
      .insert(schema.users)
      .values({ email: email("admin"), name: "Ida Admin", passwordHash, isAdmin: true, lastLoginAt: at(19, 1) })
      .returning()
      .get();
    void admin;
    const owner = tx
      .insert(schema.users)
      .values({ email: email("programeier"), name: "Hilde Aasen", passwordHash, lastLoginAt: at(21, 0, "08:30") })
      .returning()
      .get();
    tx.insert(schema.memberships).values({ cohortId: cohort.id, userId: owner.id, role: "owner" }).run();

    const people = PARTICIPANT_NAMES.map((name, i) => {
      const n = i + 1;
      const p = persona(n);
      const user = tx
        .insert(schema.users)
        .values({
          email: email(`deltaker${pad(n)}`),
          name,
          passwordHash,
          lastLoginAt: notFuture(at(p.lastActiveWeek, Math.min(4, n % 5), "07:45")),
          createdAt: at(1, 0, "09:00"),
        })
        .returning()
        .get();
      tx.insert(schema.memberships)
        .values({ cohortId: cohort.id, userId: user.id, role: "participant", createdAt: at(1, 0, "09:00") })
        .run();
      return { n, user, persona: p };
    });
    const byN = (n: number) => people[n - 1]!;

    // Training partners: two periods of 13 weeks; the second is the current one.
    const periods: { from: number; to: number; pairs: [number, number][] }[] = [
      {
        from: 1,
        to: 13,
        pairs: [
          [1, 3],
          [2, 4],
          [5, 7],
          [6, 8],
          [9, 11],
          [10, 12],
        ],
      },
      {
        from: 14,
        to: 26,
        pairs: [
          [1, 2],
          [3, 4],
          [5, 6],
          [7, 8],
          [9, 10],
          [11, 12],
        ],
      },
    ];
    // Sharing is a grant to the partner of the moment the entry was written (entry_shares).
    const partnerAt = (n: number, week: number) => {
      const pair = periods.find((p) => p.from <= week && week <= p.to)?.pairs.find((pr) => pr.includes(n));
      return pair ? byN(pair[0] === n ? pair[1] : pair[0]).user.id : null;
    };
    const grant = (entryId: number, n: number, week: number, at: Date) => {
      const partnerId = partnerAt(n, week);
      if (partnerId) tx.insert(schema.entryShares).values({ entryId, userId: partnerId, grantedAt: at }).run();
    };
    for (const period of periods) {
      for (const [a, b] of period.pairs) {
        const ps = tx
          .insert(schema.partnerships)
          .values({
            cohortId: cohort.id,
            fromWeek: period.from,
            toWeek: period.to,
            publishedAt: at(period.from, 0, "08:00"),
            createdAt: at(period.from, 0, "08:00"),
          })
          .returning()
          .get();
        tx.insert(schema.partnershipMembers)
          .values([
            { partnershipId: ps.id, userId: byN(a).user.id },
            { partnershipId: ps.id, userId: byN(b).user.id },
          ])
          .run();
        const pa = byN(a).persona;
        const pb = byN(b).persona;
        const keen = a === 1 && b === 2; // the demo's own training pair never misses a conversation
        for (let week = period.from + 1; week <= Math.min(period.to, currentWeek); week += 2) {
          if (!pa.checksIn && !pb.checksIn) continue;
          // deltaker07 still talked in the first period; went quiet later.
          if ((!pa.checksIn || !pb.checksIn) && week > 12) continue;
          if (!keen && rnd() < 0.12) continue; // a missed conversation now and then
          const author = rnd() < 0.5 ? byN(a) : byN(b);
          const other = author === byN(a) ? byN(b) : byN(a);
          const note = pick(checkInNotes);
          const planned = addDays(plan[week - 1]!.monday, 1 + Math.floor(rnd() * 3));
          const heldOn = planned > today ? today : planned;
          const checkIn = tx
            .insert(schema.checkIns)
            .values({
              partnershipId: ps.id,
              authorId: author.user.id,
              heldOn,
              minutes: pick([25, 30, 30, 35, 40, 45]),
              format: pick(["video", "video", "phone", "in_person"] as const),
              topics: JSON.stringify([
                `module:${plan[week - 1]!.moduleSlug}`,
                ...(plan[week - 1]!.challengeSlug ? [`challenge:${plan[week - 1]!.challengeSlug}`] : []),
              ]),
              notes: note.notes,
              nextSteps: note.nextSteps,
              createdAt: zonedInstant(heldOn, "15:00"),
            })
            .returning()
            .get();
          if (rnd() < 0.75)
            tx.insert(schema.checkInResponses)
              .values({
                checkInId: checkIn.id,
                userId: other.user.id,
                confirmedAt: notFuture(zonedInstant(addDays(heldOn, 1), "08:15")),
                reflection: rnd() < 0.6 ? pick(partnerReflections) : "",
              })
              .run();
        }
      }
    }

    // Leader challenges, with the reflection as a journal entry.
    for (const { user, persona: p, n } of people) {
      for (const pw of plan.slice(0, currentWeek)) {
        if (!pw.challengeSlug) continue;
        const isCurrent = pw.week === currentWeek;
        const chance = p.doesChallenge(pw.week) * (isCurrent ? 0.5 : 1);
        const roll = rnd();
        if (roll >= chance) {
          // Some weeks are skipped on purpose, with a reason; the rest are simply missed.
          if (!isCurrent && p.doesChallenge(pw.week) > 0 && rnd() < 0.5) {
            tx.insert(schema.challengeCompletions)
              .values({
                userId: user.id,
                cohortId: cohort.id,
                challengeSlug: pw.challengeSlug,
                programmeWeek: pw.week,
                status: "skipped",
                skipReason: pick(skipReasons),
                completedWeek: pw.week,
                completedAt: at(pw.week, 4, "14:00"),
              })
              .run();
          }
          continue;
        }
        const late = !isCurrent && rnd() < 0.15;
        const doneWeek = late ? pw.week + 1 : pw.week;
        const doneAt = notFuture(at(doneWeek, late ? 1 : 2 + Math.floor(rnd() * 3), `${12 + (n % 6)}:${pad((n * 7) % 60)}`));
        const texts = challengeReflections[pw.challengeSlug];
        const meta = programme.challenges.get(pw.challengeSlug)!;
        const entry = tx
          .insert(schema.journalEntries)
          .values({
            userId: user.id,
            cohortId: cohort.id,
            title: meta.title,
            body: texts ? pick(texts) : pick(freeEntries).body,
            source: "challenge",
            sourceRef: pw.challengeSlug,
            createdAt: doneAt,
            updatedAt: doneAt,
          })
          .returning()
          .get();
        if (rnd() < 0.15) grant(entry.id, n, doneWeek, doneAt);
        tx.insert(schema.challengeCompletions)
          .values({
            userId: user.id,
            cohortId: cohort.id,
            challengeSlug: pw.challengeSlug,
            programmeWeek: pw.week,
            status: "done",
            completedWeek: doneWeek,
            completedAt: doneAt,
            journalEntryId: entry.id,
          })
          .run();
      }
    }

    // Modules: started in their month, mostly completed a few weeks later.
    const monthWeek = (month: number) => plan.find((w) => w.month === month)!.week;
    for (const { user, persona: p, n } of people) {
      for (const m of programme.modules) {
        const opens = monthWeek(m.month);
        if (opens > p.lastActiveWeek || opens > currentWeek) continue;
        const startedWeek = Math.min(opens + (n % 2), currentWeek);
        const finishedWeek = opens + 2 + (n % 3);
        const completes = finishedWeek < Math.min(p.lastActiveWeek, currentWeek) && !(n === 4 && opens > 14);
        tx.insert(schema.moduleProgress)
          .values({
            userId: user.id,
            cohortId: cohort.id,
            moduleSlug: m.slug,
            startedAt: notFuture(at(startedWeek, 0, "07:30")),
            completedAt: completes ? notFuture(at(finishedWeek, 3, "20:10")) : null,
          })
          .run();
        for (const [key, answers] of Object.entries(promptAnswers)) {
          if (!key.startsWith(`${m.slug}#`) || rnd() < 0.45 || !completes) continue;
          const when = notFuture(at(startedWeek, 2, "21:00"));
          tx.insert(schema.journalEntries)
            .values({
              userId: user.id,
              cohortId: cohort.id,
              title: promptTitle(key),
              body: pick(answers),
              source: "module_prompt",
              sourceRef: key,
              createdAt: when,
              updatedAt: when,
            })
            .run();
        }
      }
    }

    // Free entries now and then, with tags.
    for (const { n, user, persona: p } of people) {
      const count = p.lastActiveWeek < 10 ? 1 : 2 + Math.floor(rnd() * 3);
      for (let i = 0; i < count; i++) {
        const e = pick(freeEntries);
        const week = 1 + Math.floor(rnd() * Math.min(p.lastActiveWeek, currentWeek));
        const when = notFuture(at(week, Math.floor(rnd() * 5), "19:30"));
        const entry = tx
          .insert(schema.journalEntries)
          .values({
            userId: user.id,
            cohortId: cohort.id,
            title: e.title,
            body: e.body,
            source: "free",
            createdAt: when,
            updatedAt: when,
          })
          .returning()
          .get();
        if (rnd() < 0.25) grant(entry.id, n, week, when);
        for (const tag of e.tags) tx.insert(schema.journalTags).values({ entryId: entry.id, tag }).onConflictDoNothing().run();
      }
    }

    // Samlinger: the six planned ones; the three before today have attendance.
    // Each in its week of the cohort's plan: the preferred week, or the nearest one outside the holidays.
    const samlingWeek = (key: string) => plan.find((w) => w.pause?.kind === "samling" && w.pause.key === key)!.week;
    for (const s of programme.arc.samlinger) {
      const day = addDays(plan[samlingWeek(s.key) - 1]!.monday, 2); // Wednesday
      const startsAt = zonedInstant(day, "09:00");
      const endsAt = zonedInstant(addDays(day, s.days - 1), "16:00");
      const g = tx
        .insert(schema.gatherings)
        .values({
          cohortId: cohort.id,
          plannedKey: s.key,
          title: s.title,
          startsAt,
          endsAt,
          place: s.days > 1 ? "Scandic Oslo Airport, Gardermoen" : "Nav-huset, Fyrstikkalléen 1, Oslo",
          agenda: s.purpose,
        })
        .returning()
        .get();
      const held = endsAt.getTime() < now.getTime();
      const lastHeld =
        samlingWeek(s.key) === Math.max(...programme.arc.samlinger.map((x) => samlingWeek(x.key)).filter((w) => w < currentWeek));
      for (const { user, n, persona: p } of people) {
        const apologised = held ? rnd() < 0.08 : false;
        const missed = (n === 7 && lastHeld) || (n === 11 && samlingWeek(s.key) > 6);
        if (!held && rnd() < 0.5) continue; // not everyone has answered the next invitation yet
        tx.insert(schema.attendance)
          .values({
            gatheringId: g.id,
            userId: user.id,
            rsvp: missed && n === 11 ? null : apologised ? "not_attending" : "attending",
            apology: apologised ? "Kollisjon med ansettelsesintervjuer i teamet." : null,
            status: held ? (apologised ? "excused" : missed ? "absent" : "attended") : null,
            updatedAt: held ? endsAt : at(Math.min(p.lastActiveWeek, currentWeek), 1),
          })
          .run();
      }
    }

    // Instruments: the start and halfway self-assessment of K1–K5, and two team measurements
    // (start and after Samling 2) for most leaders. A random of its own, so the history above
    // stays as it was.
    const r = seededRandom(17);
    const selfInstrument = getInstrument("egenvurdering-metodeveilederrollen");
    const teamInstrument = getInstrument("teamets-psykologiske-trygghet");
    const clamp = (v: number, max: number) => Math.min(max, Math.max(1, Math.round(v)));
    const notes = [
      "Avtale fast tid med teameier om hva jeg ikke skal gjøre.",
      "Sette av to feltdager i måneden i kalenderen.",
      "Be om en fast plass på behandlingsteamets møte.",
    ];
    if (selfInstrument)
      for (const { user, n } of people) {
        const base = selfInstrument.items.map(() => 2 + r() * 1.6);
        const rounds: [number, number][] = [[1, 0]];
        // Halfway opens in week 21: those still active have answered it this week.
        if (![4, 7, 11].includes(n)) rounds.push([currentWeek, 0.4 + r() * 0.9]);
        for (const [week, gain] of rounds) {
          const when = notFuture(at(week, 0, "08:00"));
          const occasion = occasionOfDate(selfInstrument, startDate, calendarDate(when)).key;
          tx.insert(schema.selfAssessments)
            .values({
              userId: user.id,
              cohortId: cohort.id,
              instrument: selfInstrument.slug,
              occasion,
              answers: Object.fromEntries(selfInstrument.items.map((item, i) => [item.id, clamp(base[i]! + gain, 5)])),
              notes: r() < 0.5 ? { [selfInstrument.items[Math.floor(r() * 5)]!.id]: notes[Math.floor(r() * notes.length)]! } : {},
              createdAt: when,
              updatedAt: when,
            })
            .run();
        }
      }
    if (teamInstrument)
      for (const { user, n } of people) {
        if (n === 11) continue;
        const level = 4 + r() * 1.5;
        for (const [week, gain] of [
          [6, 0],
          [11, 0.3 + r() * 0.6],
        ] as const) {
          if (n === 7 && week === 11) continue;
          const opened = at(week, 0, "09:00");
          const occasion = occasionOfDate(teamInstrument, startDate, calendarDate(opened)).key;
          const pulse = tx
            .insert(schema.pulses)
            .values({
              cohortId: cohort.id,
              leaderId: user.id,
              instrument: teamInstrument.slug,
              occasion,
              mode: n === 9 ? "paper" : "link",
              token: Array.from({ length: 32 }, () => "abcdefghijklmnopqrstuvwxyz234567"[Math.floor(r() * 32)]).join(""),
              closesOn: addDays(plan[week - 1]!.monday, 4),
              createdAt: opened,
            })
            .returning()
            .get();
          const answers = Array.from({ length: 5 + Math.floor(r() * 4) }, () =>
            teamInstrument.items.map((item) => {
              const v = clamp(level + gain + (r() - 0.5) * 2.5, 7);
              return item.reverse ? 8 - v : v;
            }),
          );
          if (pulse.mode === "paper") {
            const counts = teamInstrument.items.map((_, i) =>
              Array.from({ length: 7 }, (__, j) => answers.filter((a) => a[i] === j + 1).length),
            );
            tx.update(schema.pulses)
              .set({ paperCounts: counts, closedAt: at(week, 4, "15:00") })
              .where(eq(schema.pulses.id, pulse.id))
              .run();
          } else
            for (const values of answers)
              tx.insert(schema.pulseAnswers)
                .values({ id: 1 + Math.floor(r() * 2 ** 47), pulseId: pulse.id, values })
                .run();
        }
      }
  });
  return { startDate };
}
