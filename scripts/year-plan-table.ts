// Prints, for a few real start dates, what the year plan moves and leaves out (for the note):
// `npx tsx scripts/year-plan-table.ts [YYYY-MM-DD ...]`.
import { readProgramme } from "../app/utils/programme.server";
import { formatDate } from "../app/utils/programme-time";
import { planYear } from "../app/utils/year-plan";

const { arc } = readProgramme();
const starts = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["2027-01-04", "2027-02-01", "2026-04-06", "2027-04-05", "2026-08-17", "2027-08-16"];
console.log(
  "| cohort starts | holidays (programme weeks) | samlinger moved | challenges that move, vs. a year without holidays | optional items left out beyond those of a year without holidays |",
);
console.log("|---|---|---|---|---|");
for (const start of starts) {
  const { weeks, dropped } = planYear(arc, start);
  const holidays = weeks.filter((w) => w.kind === "holiday").map((w) => `${w.week} (${w.pause?.kind === "holiday" ? w.pause.name : ""})`);
  const samlinger = arc.samlinger
    .map((s) => ({ s, at: weeks.find((w) => w.pause?.kind === "samling" && w.pause.key === s.key)!.week }))
    .filter((x) => x.at !== x.s.week)
    .map((x) => `${x.s.key.replace("samling-", "S")}: ${x.s.week}→${x.at}`);
  const ideal = planYear(arc, start, undefined, "none");
  const idealWeek = new Map(ideal.weeks.filter((w) => w.challengeSlug).map((w) => [`${w.challengeSlug}@${w.placement}`, w.week]));
  const shifts = weeks.filter((w) => w.challengeSlug).map((w) => w.week - (idealWeek.get(`${w.challengeSlug}@${w.placement}`) ?? w.week));
  const later = shifts.filter((s) => s > 0).length;
  const maxShift = Math.max(0, ...shifts);
  const extra = dropped.filter((d) => !ideal.dropped.some((x) => x.slug === d.slug));
  console.log(
    `| ${formatDate(start)} | ${holidays.join(", ")} | ${samlinger.join(", ") || "none"} | ${later} (at most ${maxShift} weeks) | ${extra.length ? extra.map((d) => d.slug).join(", ") : "nothing more"} (${dropped.length} optional in all) |`,
  );
}
