// `npm run bench:profile [-- --page=minUke,module,journal] [--duration=10] [--port=3320] [--skip-build] [--keep=DIR]`:
// runs one server process under `node --cpu-prof`, loads each page with autocannon at 10
// connections, stops the server (the profile is written as it exits) and prints the ten frames
// with the most self time. `--keep` copies each profile to DIR, to open in Chrome's DevTools. Reproducible: same database, same pages as `npm run bench`.
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { BENCH_DB, generate } from "./generate";
import { load } from "./load";
import { flag, PAGES, signInAll } from "./pages";
import { startServer } from "./server";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** Self time per function (name, file, line), summed over the whole profile, largest first. */
export function topFrames(profile: Profile, n = 10) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id)!.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const file = f.url
      .replace(/^file:\/\//, "")
      .replace(`${process.cwd()}/`, "")
      .replace(/.*node_modules\//, "");
    const key = `${f.functionName || "(anonymous)"} · ${file || "(native)"}${file ? `:${f.lineNumber + 1}` : ""}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { totalMs: total / 1000, rows: rows.map(([frame, us]) => ({ frame, ms: us / 1000, share: us / Math.max(1, total) })) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const duration = flag(args, "duration", 10);
  const port = flag(args, "port", 3320);
  const keep = args.find((a) => a.startsWith("--keep="))?.split("=")[1];
  const wanted = (args.find((a) => a.startsWith("--page="))?.split("=")[1] ?? "minUke,module,journal").split(",");
  if (!fs.existsSync(BENCH_DB)) await generate();
  if (!args.includes("--skip-build")) execSync("npm run build", { stdio: "inherit" });

  for (const key of wanted) {
    const page = PAGES.find((p) => p.key === key);
    if (!page) throw new Error(`Unknown page «${key}» (known: ${PAGES.map((p) => p.key).join(", ")})`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-profile-"));
    // One process, so the profile holds every request it served.
    const server = await startServer({
      port,
      database: BENCH_DB,
      nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
      env: { WEB_CONCURRENCY: "1" },
    });
    const cookies = await signInAll(server.base);
    const cookie = cookies[page.as];
    await (await fetch(`${server.base}${page.url}`, { headers: cookie ? { cookie } : {} })).arrayBuffer();
    const r = await load(`${server.base}${page.url}`, cookie, 10, duration);
    await server.stop();
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error(`No CPU profile was written in ${dir}`);
    const { totalMs, rows } = topFrames(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Profile);
    console.log(
      `\n${page.label} (${page.url}): ${r.rps} req/s, ${r.requests} requests, ${(totalMs / Math.max(1, r.requests)).toFixed(2)} ms profiled per request`,
    );
    console.log("| # | self ms | share | frame |\n|---|---|---|---|");
    rows.forEach((row, i) => console.log(`| ${i + 1} | ${row.ms.toFixed(0)} | ${(row.share * 100).toFixed(1)} % | ${row.frame} |`));
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      fs.copyFileSync(path.join(dir, file), path.join(keep, `${key}.cpuprofile`));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}
