// `npm run bench [-- --strict] [-- --duration=5]`: builds, starts the production server on the
// benchmark database (made by bench/generate.ts if missing) and loads each page with autocannon on
// 127.0.0.1 at 10 and 50 connections, every run bounded in time. Writes bench/results.json and a
// table, compares with bench/budget.json, and exits non-zero only with --strict.
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import autocannon from "autocannon";

import { BENCH_DB, generate } from "./generate";
import { signIn, waitForServer } from "./http";
import { largestProcessMb } from "./processes";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const duration = Number(args.find((a) => a.startsWith("--duration="))?.split("=")[1] ?? 5);
const PORT = 3300;
const base = `http://127.0.0.1:${PORT}`;

type Budget = { minUkeVsTrivial: number; moduleVsTrivial: number; dashboardServerMs: number; journalSearchServerMs: number; rssMb: number };
const budget = JSON.parse(fs.readFileSync(path.resolve("bench/budget.json"), "utf8")) as Budget;

if (!fs.existsSync(BENCH_DB)) {
  console.log("Lager benchmarkdatabasen …");
  const r = await generate();
  console.log(`  ${r.participants} deltakere, ${r.entries} innlegg, ${(r.bytes / 1048576).toFixed(0)} MB på ${r.seconds.toFixed(1)} s`);
}
execSync("npm run build", { stdio: "inherit" });

const server = spawn(process.execPath, ["build/server/server.js"], {
  env: { ...process.env, NODE_ENV: "production", BACKGROUND_JOBS: "off", DATABASE_PATH: BENCH_DB, PORT: String(PORT), HOST: "127.0.0.1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

function percentile(sorted: number[], p: number) {
  const v = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
  return Math.round(v * 10) / 10;
}

async function load(url: string, cookie: string | null, connections: number) {
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${base}${url}`, connections, duration, headers: cookie ? { cookie } : {} }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status < 200 || status >= 300) non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + non2xx,
    requests: times.length,
  };
}

/** Server time measured inside the process, from the Server-Timing header, over sequential requests. */
async function serverTime(url: string, cookie: string, samples = 30) {
  const durs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const res = await fetch(`${base}${url}`, { headers: { cookie } });
    await res.arrayBuffer();
    const m = /dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "");
    if (m) durs.push(Number(m[1]));
  }
  durs.sort((a, b) => a - b);
  return { p50: percentile(durs, 50), p95: percentile(durs, 95), samples: durs.length };
}

const peakRssMb = (pid: number) => Math.round(largestProcessMb(pid, "VmHWM") ?? 0);

await waitForServer(base);
const participant = await signIn(base, "deltaker5@bench.example");
const owner = await signIn(base, "eier1@bench.example");
const pages: { key: string; label: string; url: string; cookie: string | null }[] = [
  { key: "trivial", label: "Trivial page (/healthz)", url: "/healthz", cookie: null },
  { key: "login", label: "Sign-in page", url: "/login", cookie: null },
  { key: "minUke", label: "Min uke", url: "/", cookie: participant },
  { key: "module", label: "Module page", url: "/modules/metodeveilederens-rolle", cookie: participant },
  { key: "journal", label: "Journal list", url: "/journal", cookie: participant },
  { key: "search", label: "Journal search", url: "/journal?q=fagm%C3%B8tet", cookie: participant },
  { key: "challenges", label: "Challenge list", url: "/challenges", cookie: participant },
  { key: "dashboard", label: "Owner dashboard (2,000)", url: "/admin/cohorts/1", cookie: owner },
  { key: "csv", label: "CSV report (2,000)", url: "/admin/cohorts/1/report.csv", cookie: owner },
];

const results: Record<string, { label: string; c10: Awaited<ReturnType<typeof load>>; c50: Awaited<ReturnType<typeof load>> }> = {};
for (const p of pages) {
  const warm = await fetch(`${base}${p.url}`, { headers: p.cookie ? { cookie: p.cookie } : {} });
  if (!warm.ok) throw new Error(`${p.url} answered ${warm.status}`);
  await warm.arrayBuffer();
  results[p.key] = { label: p.label, c10: await load(p.url, p.cookie, 10), c50: await load(p.url, p.cookie, 50) };
  console.log(`  ${p.label}: ${results[p.key]!.c10.rps} req/s at 10, ${results[p.key]!.c50.rps} req/s at 50`);
}
const dashboardServer = await serverTime("/admin/cohorts/1", owner);
const searchServer = await serverTime("/journal?q=fagm%C3%B8tet", participant);
const rssMb = peakRssMb(server.pid!);

const ratio = (k: string) => results[k]!.c10.rps / Math.max(1, results.trivial!.c10.rps);
const checks = [
  {
    what: "Min uke ≥ 70 % of trivial throughput",
    value: `${Math.round(ratio("minUke") * 100)} %`,
    ok: ratio("minUke") >= budget.minUkeVsTrivial,
  },
  {
    what: "Module page ≥ 70 % of trivial throughput",
    value: `${Math.round(ratio("module") * 100)} %`,
    ok: ratio("module") >= budget.moduleVsTrivial,
  },
  {
    what: `Owner dashboard server time p50 ≤ ${budget.dashboardServerMs} ms`,
    value: `${dashboardServer.p50} ms (p95 ${dashboardServer.p95})`,
    ok: dashboardServer.p50 <= budget.dashboardServerMs,
  },
  {
    what: `Journal search server time p50 ≤ ${budget.journalSearchServerMs} ms`,
    value: `${searchServer.p50} ms (p95 ${searchServer.p95})`,
    ok: searchServer.p50 <= budget.journalSearchServerMs,
  },
  { what: `Peak RSS ≤ ${budget.rssMb} MB`, value: `${rssMb} MB`, ok: rssMb <= budget.rssMb },
];

const out = {
  at: new Date().toISOString(),
  durationSeconds: duration,
  database: path.relative(process.cwd(), BENCH_DB),
  results,
  dashboardServer,
  searchServer,
  rssMb,
  checks,
};
fs.writeFileSync(path.resolve("bench/results.json"), JSON.stringify(out, null, 2));

const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
console.log(`\n${row(["page", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"])}`);
console.log(row(["---", "---", "---", "---", "---", "---", "---"]));
for (const r of Object.values(results))
  for (const [c, v] of [
    ["10", r.c10],
    ["50", r.c50],
  ] as const)
    console.log(row([r.label, c, v.rps, v.p50, v.p95, v.p99, v.errors]));
console.log(`\n${row(["budget", "measured", "verdict"])}`);
console.log(row(["---", "---", "---"]));
for (const c of checks) console.log(row([c.what, c.value, c.ok ? "ok" : "OVER BUDGET"]));
stop();
if (strict && checks.some((c) => !c.ok)) process.exit(1);
process.exit(0);
