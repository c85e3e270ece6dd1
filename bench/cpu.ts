// `npm run bench:cpu [-- trivial,minUke,module,journal] [rounds]`: the server's own CPU time per request
// (utime + stime from /proc/<pid>/stat), one process, sequential requests, pages taken in turn for
// several rounds, each page's median against the page ceiling's in the same rounds. On a shared
// machine whose speed drifts within minutes this compares two builds more steadily than req/s
// (ADR 028). Linux only; the clock ticks are 10 ms, so each round makes 80 requests per page.
import fs from "node:fs";

import { BENCH_DB } from "./generate";
import { PAGES, signInAll } from "./pages";
import { startServer } from "./server";
/** CPU milliseconds the process has used so far. */
const cpu = (pid: number) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
const wanted = (process.argv[2] ?? "trivial,minUke,module,journal").split(",");
const rounds = Number(process.argv[3] ?? 12);
const per = 80;
const server = await startServer({ port: 3399, database: BENCH_DB, env: { WEB_CONCURRENCY: "1" } });
const cookies = await signInAll(server.base);
const pid = server.process.pid!;
const res: Record<string, number[]> = {};
// Round 0 warms every page up and is not counted.
for (let r = 0; r < rounds + 1; r++) {
  for (const key of wanted) {
    const page = PAGES.find((p) => p.key === key)!;
    const cookie = cookies[page.as];
    const headers: Record<string, string> = cookie ? { cookie } : {};
    const c0 = cpu(pid);
    for (let i = 0; i < per; i++) await (await fetch(`${server.base}${page.url}`, { headers })).arrayBuffer();
    if (r > 0) (res[key] ??= []).push((cpu(pid) - c0) / per);
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const base = res.trivial;
for (const key of wanted) {
  const ratios = base ? res[key]!.map((v, i) => base[i]! / v) : [];
  console.log(
    `${key.padEnd(8)} cpu median ${med(res[key]!).toFixed(2)} ms/req` + (base ? `  ratio median ${(med(ratios) * 100).toFixed(0)} %` : ""),
  );
}
await server.stop();
process.exit(0);
