// Issue 19: the participant's week, polished. Each bug here failed before its fix.
import { createInstance } from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";

import { WeekHeading } from "~/components/WeekHeading";
import i18nConfig from "~/i18n";
import { formatReflection, listChallengeWeeks, reopenChallenge, setAsideEarlierWeeks } from "~/models/challenge.server";
import { getParticipation } from "~/models/cohort.server";
import { createGathering, gatheringsAhead } from "~/models/gathering.server";
import { entriesAsMarkdown, entryForExport, exportEntries } from "~/models/journal.server";
import { continueReading } from "~/models/module-reading";
import { listNotices } from "~/models/notice.server";
import { setLocale } from "~/models/user.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import { db, schema } from "~/utils/db.server";
import { translator } from "~/utils/i18n.server";
import { challengeOptions } from "~/utils/programme.server";
import type { ProgrammeClock } from "~/utils/programme-time";

import { cohortWithPairs, makeUser } from "../support/factories";

const samling = {
  title: "Samling 2",
  date: "2027-01-13",
  startTime: "09:00",
  endDate: "2027-01-13",
  endTime: "15:00",
  place: "Oslo",
  agenda: "",
};

describe("notices are told in the language their reader reads now", () => {
  it("a samling notice written while the participant read bokmål reads in English once they switch", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2]]);
    const owner = await makeUser();
    createGathering(owner, cohort, samling);
    const [me] = people;
    expect(listNotices(me!.id, "nb").map((n) => n.title)).toEqual(["Ny samling: Samling 2, 13. jan. 2027 kl. 09:00"]);
    setLocale(me!.id, "en");
    expect(listNotices(me!.id, "en").map((n) => n.title)).toEqual(["New samling: Samling 2, 13 Jan 2027 at 09:00"]);
  });

  it("a notice stored before notices had keys still shows the text it was written with", async () => {
    const me = await makeUser();
    db.insert(schema.notices)
      .values({ userId: me.id, dedupeKey: `old:${me.id}`, kind: "samling_added", title: "Ny samling: Samling 1", link: "/gatherings" })
      .run();
    expect(listNotices(me.id, "en").map((n) => n.title)).toEqual(["Ny samling: Samling 1"]);
  });
});

describe("a challenge reflection", () => {
  const t = translator("nb");
  it("is Markdown with a heading for each question answered, and leaves out what was not", () => {
    expect(formatReflection(t, { did: "Jeg spurte teamet.\n\n- Først én\n- Så to", happened: "", next: "Vente lenger." })).toBe(
      "## Hva gjorde jeg?\n\nJeg spurte teamet.\n\n- Først én\n- Så to\n\n## Hva gjør jeg neste gang?\n\nVente lenger.",
    );
  });
});

describe("continue reading a module", () => {
  const toc = [
    { id: "forste", text: "Første del" },
    { id: "andre", text: "Andre del" },
    { id: "tredje", text: "Tredje del" },
  ];
  const html = [
    '<h2 id="forste">Første del</h2><div data-reflection-slot="a"></div>',
    '<h2 id="andre">Andre del</h2><div data-reflection-slot="b"></div>',
    '<h2 id="tredje">Tredje del</h2><div data-reflection-slot="c"></div>',
  ].join("");

  it("starts at the section after the last reflection answered, in reading order", () => {
    expect(continueReading(html, toc, ["a"])).toEqual(toc[1]);
    expect(continueReading(html, toc, ["b", "a"])).toEqual(toc[2]);
  });

  it("offers nothing before the first answer or after the last section", () => {
    expect(continueReading(html, toc, [])).toBeNull();
    expect(continueReading(html, toc, ["c"])).toBeNull();
  });
});

describe("the week heading before the start", () => {
  async function render(audience?: "participant" | "owner") {
    const i18n = createInstance();
    await i18n.use(initReactI18next).init({ ...i18nConfig, lng: "nb" });
    const clock = { phase: "before" } as ProgrammeClock;
    return renderToStaticMarkup(
      createElement(I18nextProvider, { i18n }, createElement(WeekHeading, { clock, startDate: "2027-01-04", audience })),
    );
  }
  it("tells a participant about their programme and a programme owner about the cohort", async () => {
    expect(await render()).toContain("Programmet ditt starter 4. jan. 2027");
    expect(await render("owner")).toContain("Kohorten starter 4. jan. 2027");
    expect(await render("owner")).not.toContain("ditt");
  });
});

describe("catching up without a backlog", () => {
  const NOW = new Date("2026-11-22T12:00:00+01:00"); // week 21 of a cohort that started 29 June
  it("sets every open earlier week aside at once, keeps this week open, and each week can be opened again", async () => {
    const { people } = await cohortWithPairs([[1, 2]]);
    const me = people[0]!;
    const part = getParticipation(me.id, NOW)!;
    const openEarlier = () => listChallengeWeeks(me.id, part).filter((w) => w.status === "open" && !w.isCurrent);
    const before = openEarlier().length;
    expect(before).toBeGreaterThan(5);
    expect(setAsideEarlierWeeks(me.id, part, NOW)).toBe(before);
    expect(openEarlier()).toEqual([]);
    expect(listChallengeWeeks(me.id, part).find((w) => w.isCurrent)?.status).toBe("open");
    expect(setAsideEarlierWeeks(me.id, part, NOW)).toBe(0);
    const week = listChallengeWeeks(me.id, part).find((w) => w.status === "skipped")!.week;
    expect(reopenChallenge(me.id, part, week)).toBe(true);
    expect(openEarlier().map((w) => w.week)).toEqual([week]);
  });
});

describe("the samlinger page looks ahead", () => {
  it("lists the coming samlinger soonest first, then those held, latest first", async () => {
    const { cohort, people } = await cohortWithPairs([[1, 2]]);
    const owner = await makeUser();
    for (const [title, date] of [
      ["Holdt først", "2026-08-12"],
      ["Kommer sist", "2027-03-10"],
      ["Holdt sist", "2026-10-14"],
      ["Kommer først", "2027-01-13"],
    ] as const)
      createGathering(owner, cohort, { ...samling, title, date, endDate: date });
    const now = new Date("2026-11-22T12:00:00+01:00");
    const me = people[0]!;
    expect(gatheringsAhead(me.id, getParticipation(me.id, now)!, now).map((g) => [g.title, g.held])).toEqual([
      ["Kommer først", false],
      ["Kommer sist", false],
      ["Holdt sist", true],
      ["Holdt først", true],
    ]);
  });
});

describe("journal exports in Norwegian local time", () => {
  it("say the time the author saw, in winter and in summer", async () => {
    const me = await makeUser();
    const { cohort } = await cohortWithPairs([[1]]);
    for (const [title, at] of [
      ["Vinter", "2026-11-22T11:00:00Z"],
      ["Sommer", "2027-06-16T07:30:00Z"],
    ] as const)
      db.insert(schema.journalEntries)
        .values({
          userId: me.id,
          cohortId: cohort.id,
          title,
          body: "## Hva gjorde jeg?\n\nTekst",
          source: "free",
          createdAt: new Date(at),
          updatedAt: new Date(at),
        })
        .run();
    const list = exportEntries(me.id);
    const md = entriesAsMarkdown(
      list,
      "Logg",
      { created: "Skrevet", tags: "Stikkord", shared: "Delt", at: (d, t) => `${d} kl. ${t}` },
      "nb",
    );
    expect(md).toContain("*Skrevet: 22. nov. 2026 kl. 12:00*");
    expect(md).toContain("*Skrevet: 16. juni 2027 kl. 09:30*");
    expect(md).toContain("### Hva gjorde jeg?");
    expect(md).not.toContain("UTC");
    expect(list.map(entryForExport).map((e) => e.createdAt)).toEqual(["2026-11-22T12:00:00.000+01:00", "2027-06-16T09:30:00.000+02:00"]);
  });
});

describe("linking a journal entry to a challenge", () => {
  it("lists each challenge with the weeks it falls in the person's own cohort plan, in the order of the year", async () => {
    const { cohort } = await cohortWithPairs([[1, 2]]);
    const plan = cohortWeekPlan(cohort);
    const groups = challengeOptions(plan);
    const first = plan.find((w) => w.challengeSlug)!;
    const firstGroup = groups.find((g) => g.items.some((c) => c.slug === first.challengeSlug))!;
    expect(firstGroup.items[0]).toMatchObject({ slug: first.challengeSlug, weeks: [first.week] });
    for (const group of groups) {
      const planned = group.items.filter((c) => c.weeks.length).map((c) => c.weeks[0]!);
      expect(planned).toEqual([...planned].sort((a, b) => a - b));
      // Challenges the plan does not reach come after those it does.
      const hasWeek = group.items.map((c) => c.weeks.length > 0);
      expect(hasWeek).toEqual([...hasWeek].sort((a, b) => Number(b) - Number(a)));
    }
    const repeated = groups.flatMap((g) => g.items).find((c) => c.weeks.length > 1);
    expect(repeated?.weeks).toEqual(plan.filter((w) => w.challengeSlug === repeated?.slug).map((w) => w.week));
  });

  it("reads «Uke 12: …» in the form", () => {
    const t = translator("nb");
    expect(t("journal.fields.challengeInWeeks", { count: 1, weeks: "12", title: "Skjermen av" })).toBe("Uke 12: Skjermen av");
    const en = translator("en");
    expect(en("journal.fields.challengeInWeeks", { count: 3, weeks: "16, 30, 43", title: "Review" })).toBe("Weeks 16, 30, 43: Review");
  });
});
