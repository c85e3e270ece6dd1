// `npm run bench:cpu [-- trivial,minUke,module,journal] [rounds]`: the server's own CPU time per request
// (utime + stime from /proc), one process, sequential requests, pages taken in turn for several
// rounds, each page's median against the page ceiling's in the same rounds. On a shared machine
// whose speed drifts within minutes this compares two builds more steadily than req/s (ADR 028).
// The time is split into the JavaScript thread and the process's other threads (V8's garbage
// collector helpers, libuv's pool): a page that allocates more pays on both. Linux only; the clock
// ticks are 10 ms, so each round makes 80 requests per page.
import fs from "node:fs";

import { BENCH_DB } from "./generate";
import { PAGES, signInAll } from "./pages";
import { startServer } from "./server";

type Cpu = { main: number; other: number };
const ticks = (stat: string) => {
  const f = stat.split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
/** CPU milliseconds the process has used so far: its JavaScript thread, and all its other threads. */
const cpu = (pid: number): Cpu => {
  const total = ticks(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  const main = ticks(fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8"));
  return { main, other: total - main };
};
const wanted = (process.argv[2] ?? "trivial,minUke,module,journal").split(",");
const rounds = Number(process.argv[3] ?? 12);
const per = 80;
const server = await startServer({ port: 3399, database: BENCH_DB, env: { WEB_CONCURRENCY: "1" } });
const cookies = await signInAll(server.base);
const pid = server.process.pid!;
const res: Record<string, Cpu[]> = {};
// Round 0 warms every page up and is not counted.
for (let r = 0; r < rounds + 1; r++) {
  for (const key of wanted) {
    const page = PAGES.find((p) => p.key === key)!;
    const cookie = cookies[page.as];
    // autocannon asks for no compression, and neither do we: gzip would be most of a large page's cost.
    const headers: Record<string, string> = { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) };
    const c0 = cpu(pid);
    for (let i = 0; i < per; i++) await (await fetch(`${server.base}${page.url}`, { headers })).arrayBuffer();
    const c1 = cpu(pid);
    if (r > 0) (res[key] ??= []).push({ main: (c1.main - c0.main) / per, other: (c1.other - c0.other) / per });
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const total = (c: Cpu) => c.main + c.other;
const base = res.trivial;
console.log("| page | CPU ms/request | JavaScript thread | other threads | vs ceiling |\n|---|---|---|---|---|");
for (const key of wanted) {
  const runs = res[key]!;
  const ratio = base ? `${(med(runs.map((v, i) => total(base[i]!) / total(v))) * 100).toFixed(0)} %` : "";
  const ms = (xs: number[]) => med(xs).toFixed(2);
  console.log(`| ${key} | ${ms(runs.map(total))} | ${ms(runs.map((c) => c.main))} | ${ms(runs.map((c) => c.other))} | ${ratio} |`);
}
await server.stop();
process.exit(0);
