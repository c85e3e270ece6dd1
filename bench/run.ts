// `npm run bench [-- --strict] [-- --duration=5] [-- --port=3300] [-- --skip-build]`: builds, starts
// the production server on the benchmark database (made by bench/generate.ts if missing) and loads
// each page with autocannon on 127.0.0.1 at 10 and 50 connections, every run bounded in time.
// Writes bench/results.json and a table, checks bench/budget.json, and exits non-zero only with --strict.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { BENCH_DB, generate } from "./generate";
import { load, type LoadResult, serverTime } from "./load";
import { flag, PAGES, signInAll } from "./pages";
import { largestProcessMb } from "./processes";
import { startServer } from "./server";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const duration = flag(args, "duration", 5);
const port = flag(args, "port", 3300);

type Budget = {
  pageVsCeiling: Record<"minUke" | "module" | "journal", number>;
  minUkeP95Ms: number;
  dashboardServerMs: number;
  dashboardRps: number;
  dashboardHtmlKb: number;
  journalSearchServerMs: number;
  rssMb: number;
};
const budget = JSON.parse(fs.readFileSync(path.resolve("bench/budget.json"), "utf8")) as Budget;

if (!fs.existsSync(BENCH_DB)) {
  console.log("Lager benchmarkdatabasen …");
  const r = await generate();
  console.log(`  ${r.participants} deltakere, ${r.entries} innlegg, ${(r.bytes / 1048576).toFixed(0)} MB på ${r.seconds.toFixed(1)} s`);
}
if (!args.includes("--skip-build")) execSync("npm run build", { stdio: "inherit" });

const server = await startServer({ port, database: BENCH_DB });
process.on("exit", () => server.process.kill("SIGTERM"));
const cookies = await signInAll(server.base);

const results: Record<string, { label: string; c10: LoadResult; c50: LoadResult }> = {};
for (const p of PAGES) {
  const cookie = cookies[p.as];
  const warm = await fetch(`${server.base}${p.url}`, { headers: cookie ? { cookie } : {} });
  if (!warm.ok) throw new Error(`${p.url} answered ${warm.status}`);
  await warm.arrayBuffer();
  results[p.key] = {
    label: p.label,
    c10: await load(`${server.base}${p.url}`, cookie, 10, duration),
    c50: await load(`${server.base}${p.url}`, cookie, 50, duration),
  };
  console.log(`  ${p.label}: ${results[p.key]!.c10.rps} req/s at 10, ${results[p.key]!.c50.rps} req/s at 50`);
}
const dashboardServer = await serverTime(`${server.base}/admin/cohorts/1`, cookies.owner);
const searchServer = await serverTime(`${server.base}/journal?q=fagm%C3%B8tet`, cookies.participant);
const rssMb = Math.round(largestProcessMb(server.process.pid!, "VmHWM") ?? 0);
const loadAverage = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

const ratio = (k: string) => results[k]!.c10.rps / Math.max(1, results.trivial!.c10.rps);
const checks = [
  ...(["minUke", "module", "journal"] as const).map((k) => ({
    what: `${results[k]!.label} ≥ ${budget.pageVsCeiling[k] * 100} % of the page ceiling's req/s at 10`,
    value: `${Math.round(ratio(k) * 100)} %`,
    ok: ratio(k) >= budget.pageVsCeiling[k],
  })),
  {
    what: `Min uke p95 ≤ ${budget.minUkeP95Ms} ms at 10`,
    value: `${results.minUke!.c10.p95} ms`,
    ok: results.minUke!.c10.p95 <= budget.minUkeP95Ms,
  },
  {
    // The whole response, not only the loader's Server-Timing: the figures are cached (ADR 027), rendering is not.
    what: `Owner dashboard server time p50 ≤ ${budget.dashboardServerMs} ms (whole response, sequential)`,
    value: `${dashboardServer.wallP50} ms (p95 ${dashboardServer.wallP95}; loader ${dashboardServer.p50})`,
    ok: dashboardServer.wallP50 <= budget.dashboardServerMs,
  },
  {
    what: `Owner dashboard ≥ ${budget.dashboardRps} req/s at 10`,
    value: `${results.dashboard!.c10.rps} req/s`,
    ok: results.dashboard!.c10.rps >= budget.dashboardRps,
  },
  {
    what: `Owner dashboard HTML ≤ ${budget.dashboardHtmlKb} KB`,
    value: `${Math.round(dashboardServer.bytes / 1024)} KB`,
    ok: dashboardServer.bytes <= budget.dashboardHtmlKb * 1024,
  },
  {
    what: `Journal search server time p50 ≤ ${budget.journalSearchServerMs} ms`,
    value: `${searchServer.p50} ms (p95 ${searchServer.p95})`,
    ok: searchServer.p50 <= budget.journalSearchServerMs,
  },
  { what: `Peak RSS of the largest process ≤ ${budget.rssMb} MB`, value: `${rssMb} MB`, ok: rssMb <= budget.rssMb },
];

fs.writeFileSync(
  path.resolve("bench/results.json"),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      durationSeconds: duration,
      loadAverage,
      database: path.relative(process.cwd(), BENCH_DB),
      results,
      dashboardServer,
      searchServer,
      rssMb,
      checks,
    },
    null,
    2,
  ),
);

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
console.log(`\nLoad average at the end: ${loadAverage}`);
console.log(`\n${row(["page", "conns", "req/s", "vs ceiling", "p50 ms", "p95 ms", "p99 ms", "bytes", "errors"])}`);
console.log(row(["---", "---", "---", "---", "---", "---", "---", "---", "---"]));
for (const [key, r] of Object.entries(results))
  for (const [c, v] of [
    ["10", r.c10],
    ["50", r.c50],
  ] as const)
    console.log(row([r.label, c, v.rps, c === "10" ? `${Math.round(ratio(key) * 100)} %` : "", v.p50, v.p95, v.p99, v.bytes, v.errors]));
console.log(`\n${row(["budget", "measured", "verdict"])}`);
console.log(row(["---", "---", "---"]));
for (const c of checks) console.log(row([c.what, c.value, c.ok ? "ok" : "OVER BUDGET"]));
await server.stop();
process.exit(strict && checks.some((c) => !c.ok) ? 1 : 0);
