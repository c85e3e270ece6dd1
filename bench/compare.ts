// `npm run bench:compare -- <rev> [--duration=5] [--port=3330] [--pages=minUke,module,journal]`:
// the same load against <rev> and against this checkout, one after the other on the same cores,
// each on its own copy of the same benchmark database. <rev> is checked out into a temporary git
// worktree that borrows this checkout's node_modules (no `npm ci`), and both are built first.
// Prints before / after / ratio per page; the worktree and database copies are removed afterwards.
import { execFileSync, execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { BENCH_DB, generate } from "./generate";
import { load, type LoadResult } from "./load";
import { flag, PAGES, signInAll } from "./pages";
import { largestProcessMb } from "./processes";
import { startServer } from "./server";

const args = process.argv.slice(2);
const rev = args.find((a) => !a.startsWith("--"));
if (!rev) {
  console.error("Bruk: npm run bench:compare -- <rev> [--duration=5] [--port=3330]");
  process.exit(2);
}
const duration = flag(args, "duration", 5);
const port = flag(args, "port", 3330);
const wanted = (args.find((a) => a.startsWith("--pages="))?.split("=")[1] ?? "trivial,minUke,module,journal,search,dashboard").split(",");
const here = process.cwd();
const sha = execFileSync("git", ["rev-parse", "--verify", `${rev}^{commit}`], { encoding: "utf8" }).trim();

if (!fs.existsSync(BENCH_DB)) await generate();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-compare-"));
const before = path.join(tmp, "before");
execFileSync("git", ["worktree", "add", "--detach", before, sha], { stdio: "ignore" });
fs.symlinkSync(path.join(here, "node_modules"), path.join(before, "node_modules"));
const cleanUp = () => {
  execFileSync("git", ["worktree", "remove", "--force", before], { stdio: "ignore" });
  fs.rmSync(tmp, { recursive: true, force: true });
};

type Side = { label: string; cwd: string; results: Record<string, LoadResult | null>; rssMb: number };
const sides: Side[] = [
  { label: `before (${sha.slice(0, 8)})`, cwd: before, results: {}, rssMb: 0 },
  { label: "after (this checkout)", cwd: here, results: {}, rssMb: 0 },
];
try {
  for (const side of sides) {
    console.log(`Bygger ${side.label} …`);
    execSync("npm run build", { cwd: side.cwd, stdio: ["ignore", "ignore", "inherit"] });
  }
  for (const side of sides) {
    // A fresh copy for each side: the older code sees exactly the database the newer one does.
    const database = path.join(tmp, `${side === sides[0] ? "before" : "after"}.db`);
    fs.copyFileSync(BENCH_DB, database);
    const server = await startServer({ port, database, cwd: side.cwd });
    try {
      const cookies = await signInAll(server.base);
      for (const key of wanted) {
        const page = PAGES.find((p) => p.key === key);
        if (!page) throw new Error(`Unknown page «${key}»`);
        const cookie = cookies[page.as];
        const warm = await fetch(`${server.base}${page.url}`, { headers: cookie ? { cookie } : {} });
        await warm.arrayBuffer();
        // A page the older code does not have (the page ceiling) is left out rather than measured as a 404.
        side.results[key] = warm.ok ? await load(`${server.base}${page.url}`, cookie, 10, duration) : null;
        console.log(`  ${side.label} ${page.label}: ${side.results[key]?.rps ?? "—"} req/s`);
      }
      side.rssMb = Math.round(largestProcessMb(server.process.pid!, "VmHWM") ?? 0);
    } finally {
      await server.stop();
    }
  }
} finally {
  cleanUp();
}

const loadAverage = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const [a, b] = sides as [Side, Side];
console.log(`\n10 connections, ${duration} s per page; load average at the end: ${loadAverage}\n`);
console.log(row(["page", `${a.label} req/s`, "p95 ms", `${b.label} req/s`, "p95 ms", "ratio"]));
console.log(row(["---", "---", "---", "---", "---", "---"]));
for (const key of wanted) {
  const x = a.results[key];
  const y = b.results[key];
  const label = PAGES.find((p) => p.key === key)!.label;
  console.log(
    row([label, x?.rps ?? "—", x?.p95 ?? "—", y?.rps ?? "—", y?.p95 ?? "—", x && y ? `${(y.rps / Math.max(1, x.rps)).toFixed(2)}×` : "—"]),
  );
}
console.log(row(["Peak RSS, largest process (MB)", a.rssMb, "", b.rssMb, "", ""]));
process.exit(0);
