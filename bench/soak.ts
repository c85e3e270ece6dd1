// `npm run soak [-- --duration=600 --connections=200 --warmup=20 --rate=0 --port=3310 --skip-build]`:
// a soak test, separate from `npm test` and from `npm run bench`. Builds, makes a fresh demo
// database in a temp directory (db/setup.ts --reset, so data/ and the benchmark database are never
// touched), starts the production server on 127.0.0.1 and keeps it under a mixed, constant load for
// --duration seconds (warm-up included; default 10 minutes at 200 connections):
//   60 % of the connections read Min uke (GET /) as participants,
//   25 % write journal entries (POST /journal/new, a 302 is a success) as participants,
//   15 % load the owner dashboard (GET /admin/cohorts/<id>) as the programme owner,
// every participant connection signed in as one of deltaker01…12, spread evenly. --rate caps the
// total requests per second (default: none, each connection sends again as soon as it is answered).
// Reports per traffic kind requests, errors and latency p50/p95/p99/max, and the server's resident
// memory (VmRSS, sampled every 2 s) after the warm-up, at the end and at its peak. Writes bench/soak-results.json and
// a table, and exits non-zero on any error, on a server crash, or on memory growth ≥ 10 %.
import { execFileSync, execSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import autocannon from "autocannon";
import Database from "better-sqlite3";

import { signIn, waitForServer } from "./http";
import { largestProcessMb } from "./processes";

const args = process.argv.slice(2);
function numberFlag(name: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0, got ${raw}`);
  return n;
}
const duration = numberFlag("duration", 600);
const connections = numberFlag("connections", 200);
// V8 grows its heap lazily: the first seconds under load fill the young and old generations,
// compile code and fill caches (Remix build, programme content, SQLite page cache) before RSS
// settles. Measuring growth from a cold process would report that as a "leak", so the memory
// baseline is taken after this warm-up at full load. Its requests still count in the table.
const warmup = numberFlag("warmup", Math.min(20, Math.floor(duration / 2)));
// Optional cap on the total request rate (req/s, split over the traffic kinds by their share of
// the connections). Without it every connection sends its next request as soon as the previous
// one is answered, i.e. the server runs saturated for the whole soak. NB: a saturated Node server
// accepts one new connection per event-loop turn (libuv ≥ 1.45, libuv/libuv#3696), and a turn
// then takes ~200 ms, so connections that arrive while it is saturated (autocannon reconnects
// after each 10 s timeout) may wait long enough to time out again: they show up as timeouts.
// autocannon releases each second's quota of a capped rate at once, so latencies then still
// include a small burst queue.
const rate = numberFlag("rate", 0);
// How long a request may wait for its answer (s). autocannon's default of 10 s is shorter than a
// browser waits; a saturated server queues, and the soak asks whether it answers, not how fast.
const timeout = numberFlag("timeout", 30);
const skipBuild = args.includes("--skip-build");
if (duration < 1 || connections < 3) throw new Error("Need --duration ≥ 1 and --connections ≥ 3");
if (warmup >= duration) throw new Error("--warmup must be shorter than --duration");

const PORT = numberFlag("port", 3310);
const base = `http://127.0.0.1:${PORT}`;
const SAMPLE_EVERY_MS = 2000;
const MAX_GROWTH = 0.1;
const PASSWORD = "demopassord123";
const PARTICIPANTS = Array.from({ length: 12 }, (_, i) => `deltaker${String(i + 1).padStart(2, "0")}@demo.example`);
const OWNER = "programeier@demo.example";

type Kind = "reads" | "writes" | "dashboard";
const reads = Math.round(connections * 0.6);
const writes = Math.max(1, Math.round(connections * 0.25));
const split: Record<Kind, number> = { reads, writes, dashboard: connections - reads - writes };

// ---------------------------------------------------------------------------------------------
// Set-up: port check, build, fresh database, server.

const portTaken = await fetch(`${base}/healthz`).then(
  () => true,
  () => false,
);
if (portTaken) throw new Error(`Something already answers on ${base}; choose another --port`);

if (!skipBuild) execSync("npm run build", { stdio: "inherit" });

// Its own directory, because the server also writes server.pid next to the database.
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "lederprogram-soak-"));
const dbFile = path.join(tmpDir, "soak.db");
let cleaned = false;
function removeDatabase() {
  if (cleaned) return;
  cleaned = true;
  fs.rmSync(tmpDir, { recursive: true, force: true });
}
process.on("exit", removeDatabase);

console.log(`Lager en fersk demodatabase i ${dbFile} …`);
execFileSync("npx", ["tsx", "db/setup.ts", "--reset"], {
  env: { ...process.env, DATABASE_PATH: dbFile },
  stdio: ["ignore", "ignore", "inherit"],
});
const cohortId = (() => {
  const sqlite = new Database(dbFile, { readonly: true });
  try {
    const row = sqlite.prepare("select id from cohorts order by id limit 1").get() as { id: number } | undefined;
    if (!row) throw new Error("The demo database has no cohort");
    return row.id;
  } finally {
    sqlite.close();
  }
})();

const server = spawn(process.execPath, ["build/server/server.js"], {
  env: { ...process.env, NODE_ENV: "production", BACKGROUND_JOBS: "off", DATABASE_PATH: dbFile, PORT: String(PORT), HOST: "127.0.0.1" },
  // stdout is one morgan line per request: discarded. stderr is shown and kept for the report.
  stdio: ["ignore", "ignore", "pipe"],
});
const serverPid = server.pid!;
let serverExit: { code: number | null; signal: string | null } | null = null;
let stopping = false;
server.on("exit", (code, signal) => {
  serverExit = { code, signal };
  if (!stopping) console.error(`\nSERVEREN STOPPET under soak-testen (kode ${code}, signal ${signal})`);
});
const stderrTail: string[] = [];
let stderrLines = 0;
server.stderr!.setEncoding("utf8");
server.stderr!.on("data", (chunk: string) => {
  process.stderr.write(chunk);
  for (const line of chunk.split("\n").filter(Boolean)) {
    stderrLines++;
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
  }
});

async function stopServer() {
  if (serverExit) return;
  stopping = true;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (!serverExit) server.kill("SIGKILL");
}
process.on("exit", () => {
  if (!serverExit) server.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    console.error(`\n${signal}: avbryter soak-testen`);
    void stopServer().finally(() => process.exit(130));
  });

// ---------------------------------------------------------------------------------------------
// Traffic.

const writeHeaders = (cookie: string) => ({ cookie, origin: base, "content-type": "application/x-www-form-urlencoded" });
let written = 0;
function entryBody() {
  const n = ++written;
  return new URLSearchParams({
    intent: "save",
    title: `Soak ${n}: fagmøtet i dag`,
    body: `Innlegg nummer ${n} fra soak-testen. Jeg prøvde å stille åpne spørsmål på fagmøtet og la merke til at flere tok ordet enn vanlig. Neste gang vil jeg la pausen vare litt lenger før jeg svarer selv.`,
    tags: "soak, fagmøte",
  }).toString();
}

type Traffic = { kind: Kind; who: string; connections: number; opts: autocannon.Options };
/** This instance's share of --rate (autocannon's overallRate), or nothing when uncapped. */
const rateFor = (c: number) => (rate > 0 ? { overallRate: Math.max(1, Math.round((rate * c) / connections)) } : {});
function trafficFor(kind: Kind, cookies: Map<string, string>): Traffic[] {
  const n = split[kind];
  if (kind === "dashboard") {
    const cookie = cookies.get(OWNER)!;
    return [
      {
        kind,
        who: OWNER,
        connections: n,
        opts: { url: `${base}/admin/cohorts/${cohortId}`, connections: n, duration, timeout, headers: { cookie }, ...rateFor(n) },
      },
    ];
  }
  // n connections spread over the 12 participants; writers start from the other end so the
  // participants with an extra read connection are not also those with an extra write one.
  return PARTICIPANTS.map((who, i): Traffic | null => {
    const slot = kind === "reads" ? i : PARTICIPANTS.length - 1 - i;
    const c = Math.floor(n / PARTICIPANTS.length) + (slot < n % PARTICIPANTS.length ? 1 : 0);
    if (c === 0) return null;
    const cookie = cookies.get(who)!;
    const opts: autocannon.Options =
      kind === "reads"
        ? { url: `${base}/`, connections: c, duration, timeout, headers: { cookie }, ...rateFor(c) }
        : {
            url: base,
            connections: c,
            duration,
            timeout,
            ...rateFor(c),
            requests: [
              {
                method: "POST",
                path: "/journal/new",
                headers: writeHeaders(cookie),
                setupRequest: (req) => ({ ...req, body: entryBody() }),
              },
            ],
          };
    return { kind, who, connections: c, opts };
  }).filter((t): t is Traffic => t !== null);
}

// times[i] is a response time in ms, at[i] when it arrived (ms since the load started).
type Tally = { times: number[]; at: number[]; statuses: Record<string, number>; badStatus: number; errors: number; timeouts: number };
const newTally = (): Tally => ({ times: [], at: [], statuses: {}, badStatus: 0, errors: 0, timeouts: 0 });
const tallies: Record<Kind, Tally> = { reads: newTally(), writes: newTally(), dashboard: newTally() };
const isSuccess = (kind: Kind, status: number) => (kind === "writes" ? status === 302 : status >= 200 && status < 300);

function run(t: Traffic): Promise<void> {
  const tally = tallies[t.kind];
  return new Promise((resolve, reject) => {
    const instance = autocannon(t.opts, (err, result) => {
      if (err) return reject(err);
      // result.errors counts connection errors and timeouts (timeouts are also in result.timeouts).
      tally.errors += result.errors;
      tally.timeouts += result.timeouts;
      resolve();
    });
    instance.on("response", (_client, status, _bytes, responseTime) => {
      tally.times.push(responseTime);
      tally.at.push(Date.now() - loadStartedAt);
      tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
      if (!isSuccess(t.kind, status)) tally.badStatus++;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Memory: VmRSS of the server's largest process (the supervisor and each worker are measured apart).

type Sample = { atSeconds: number; rssMb: number };
const readStatusMb = (field: "VmRSS" | "VmHWM") => largestProcessMb(serverPid, field);
const samples: Sample[] = [];
let loadStartedAt = 0;
function sample(): Sample | null {
  const rssMb = readStatusMb("VmRSS");
  if (rssMb === null) return null;
  const s = { atSeconds: Math.round((Date.now() - loadStartedAt) / 100) / 10, rssMb };
  samples.push(s);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Go.

let failure: string | null = null;
try {
  await waitForServer(base, () => serverExit !== null);
  const cookies = new Map<string, string>();
  for (const who of [...PARTICIPANTS, OWNER]) cookies.set(who, await signIn(base, who, PASSWORD));

  // Preflight, so a broken page or form fails loudly instead of as thousands of errors.
  for (const [url, who] of [
    ["/", PARTICIPANTS[0]!],
    [`/admin/cohorts/${cohortId}`, OWNER],
  ] as const) {
    const res = await fetch(`${base}${url}`, { headers: { cookie: cookies.get(who)! } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`Preflight: GET ${url} as ${who} answered ${res.status}`);
  }
  const pre = await fetch(`${base}/journal/new`, {
    method: "POST",
    body: entryBody(),
    redirect: "manual",
    headers: writeHeaders(cookies.get(PARTICIPANTS[0]!)!),
  });
  await pre.arrayBuffer();
  if (pre.status !== 302) throw new Error(`Preflight: POST /journal/new answered ${pre.status}, expected 302`);

  // Interleaved (read, write, dashboard, read, …) so no kind is always the last to connect.
  const perKind = (["reads", "writes", "dashboard"] as const).map((k) => trafficFor(k, cookies));
  const traffic = Array.from({ length: Math.max(...perKind.map((l) => l.length)) }, (_, i) => perKind.map((l) => l[i]))
    .flat()
    .filter((t): t is Traffic => !!t);
  console.log(
    `Soak: ${connections} forbindelser i ${duration} s (oppvarming ${warmup} s) mot ${base}: ` +
      `${split.reads} leser Min uke, ${split.writes} skriver dagbok, ${split.dashboard} åpner eieroversikten (kohort ${cohortId}); ` +
      (rate ? `høyst ${rate} forespørsler/s.` : "uten fartsgrense."),
  );

  loadStartedAt = Date.now();
  sample();
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  const baseline: { sample: Sample | null } = { sample: null };
  const warmupTimer = setTimeout(() => {
    baseline.sample = sample();
    console.log(`  etter oppvarmingen: RSS ${baseline.sample?.rssMb ?? "?"} MB`);
  }, warmup * 1000);
  const progress = setInterval(() => {
    const s = samples.at(-1);
    const done = Object.values(tallies).reduce((n, t) => n + t.times.length, 0);
    console.log(`  ${Math.round((Date.now() - loadStartedAt) / 1000)} s: ${done} svar, RSS ${s?.rssMb ?? "?"} MB`);
  }, 30_000);

  await Promise.all(traffic.map(run));
  const endSample = sample();
  clearInterval(sampler);
  clearInterval(progress);
  clearTimeout(warmupTimer);
  const elapsed = (Date.now() - loadStartedAt) / 1000;
  const hwmMb = readStatusMb("VmHWM");

  // -------------------------------------------------------------------------------------------
  // Report.

  const pct = (sorted: number[], p: number) => {
    const v = sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
    return Math.round(v * 10) / 10;
  };
  const kinds = (["reads", "writes", "dashboard"] as const).map((kind) => {
    const t = tallies[kind];
    const sorted = Float64Array.from(t.times).sort();
    const times = Array.from(sorted);
    return {
      kind,
      label: {
        reads: "Min uke (GET /)",
        writes: "Journal write (POST /journal/new)",
        dashboard: `Owner dashboard (GET /admin/cohorts/${cohortId})`,
      }[kind],
      connections: split[kind],
      requests: t.times.length,
      rps: Math.round(t.times.length / elapsed),
      errors: t.badStatus + t.errors,
      badStatus: t.badStatus,
      connectionErrors: t.errors - t.timeouts,
      timeouts: t.timeouts,
      statuses: t.statuses,
      latencyMs: { p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), max: pct(times, 100) },
    };
  });
  const startSample = baseline.sample;
  // Latency over time, so a slow drift (a growing table, a filling cache) shows in the JSON.
  const windowSeconds = Math.max(5, Math.ceil(duration / 20));
  const windowCount = Math.ceil(duration / windowSeconds);
  const windows = Array.from({ length: windowCount }, (_, w) => {
    const from = w * windowSeconds * 1000;
    const to = w === windowCount - 1 ? Infinity : from + windowSeconds * 1000; // the last one takes the stragglers
    const perKind = Object.fromEntries(
      (["reads", "writes", "dashboard"] as const).map((kind) => {
        const t = tallies[kind];
        const inWindow = t.times.filter((_, i) => t.at[i]! >= from && t.at[i]! < to).sort((a, b) => a - b);
        return [kind, { requests: inWindow.length, p50: pct(inWindow, 50), p95: pct(inWindow, 95), max: pct(inWindow, 100) }];
      }),
    ) as Record<Kind, { requests: number; p50: number; p95: number; max: number }>;
    const rss = samples.filter((s) => s.atSeconds * 1000 >= from && s.atSeconds * 1000 < to).map((s) => s.rssMb);
    return { fromSeconds: from / 1000, ...perKind, rssMb: rss.length ? Math.max(...rss) : null };
  });
  // A single RSS sample swings by ±5 % with the garbage collector's rhythm, which is as much as the
  // limit; so start and end are each the mean of the samples in a short window (≤ 10 s): the
  // first one after the warm-up, and the last one before the load stopped.
  const measured = startSample ? samples.filter((s) => s.atSeconds >= startSample.atSeconds) : [];
  const edge = Math.min(10, (elapsed - warmup) / 2);
  const mean = (xs: Sample[]) => (xs.length ? Math.round((xs.reduce((n, s) => n + s.rssMb, 0) / xs.length) * 10) / 10 : null);
  const startWindow = measured.filter((s) => s.atSeconds < warmup + edge);
  const endWindow = endSample ? measured.filter((s) => s.atSeconds > endSample.atSeconds - edge) : [];
  const memory = {
    startMb: mean(startWindow),
    endMb: mean(endWindow),
    averagedOverSeconds: Math.round(edge * 10) / 10,
    peakMb: samples.length ? Math.max(...samples.map((s) => s.rssMb)) : null,
    peakAfterWarmupMb: measured.length ? Math.max(...measured.map((s) => s.rssMb)) : null,
    vmHwmMb: hwmMb,
    growthPercent: null as number | null,
    sampleEverySeconds: SAMPLE_EVERY_MS / 1000,
    samples,
  };
  if (memory.startMb && memory.endMb) memory.growthPercent = Math.round(((memory.endMb - memory.startMb) / memory.startMb) * 1000) / 10;

  const totalErrors = kinds.reduce((n, k) => n + k.errors, 0);
  const problems: string[] = [];
  if (totalErrors > 0) problems.push(`${totalErrors} errors`);
  if (memory.growthPercent === null) problems.push("memory could not be measured");
  else if (memory.growthPercent >= MAX_GROWTH * 100) problems.push(`memory grew ${memory.growthPercent} % (limit ${MAX_GROWTH * 100} %)`);
  if (serverExit) problems.push(`the server exited during the soak (${JSON.stringify(serverExit)})`);
  if (stderrLines > 0) console.log(`\nNB: the server wrote ${stderrLines} line(s) to stderr (last ones in bench/soak-results.json).`);

  const out = {
    at: new Date().toISOString(),
    durationSeconds: duration,
    warmupSeconds: warmup,
    rateLimit: rate || null,
    elapsedSeconds: Math.round(elapsed * 10) / 10,
    connections,
    split,
    journalEntriesWritten: written,
    kinds,
    memory,
    windowSeconds,
    windows,
    server: { exitedDuringSoak: serverExit, stderrLines, stderrTail },
    ok: problems.length === 0,
    problems,
  };
  fs.writeFileSync(path.resolve("bench/soak-results.json"), JSON.stringify(out, null, 2));

  const row = (cells: (string | number | null)[]) => `| ${cells.map((c) => c ?? "–").join(" | ")} |`;
  console.log(`\n${row(["traffic", "conns", "requests", "req/s", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"])}`);
  console.log(row(Array(9).fill("---")));
  for (const k of kinds) {
    const errs = k.errors ? `${k.errors} (status ${k.badStatus}, conn ${k.connectionErrors}, timeouts ${k.timeouts})` : 0;
    console.log(row([k.label, k.connections, k.requests, k.rps, errs, k.latencyMs.p50, k.latencyMs.p95, k.latencyMs.p99, k.latencyMs.max]));
  }
  console.log(`\n${row(["from s", "Min uke p95 ms", "write p95 ms", "dashboard p95 ms", "req/s", "RSS MB (max)"])}`);
  console.log(row(Array(6).fill("---")));
  for (const w of windows)
    console.log(
      row([
        w.fromSeconds,
        w.reads.p95,
        w.writes.p95,
        w.dashboard.p95,
        Math.round((w.reads.requests + w.writes.requests + w.dashboard.requests) / windowSeconds),
        w.rssMb,
      ]),
    );
  console.log(`\n${row(["server RSS", "MB"])}`);
  console.log(row(["---", "---"]));
  console.log(row([`start (mean of ${memory.averagedOverSeconds} s after the ${warmup} s warm-up)`, memory.startMb]));
  console.log(row([`end (mean of the last ${memory.averagedOverSeconds} s)`, memory.endMb]));
  console.log(row([`peak (sampled every ${SAMPLE_EVERY_MS / 1000} s)`, memory.peakMb]));
  console.log(row(["peak (VmHWM)", memory.vmHwmMb]));
  console.log(row(["growth start → end", memory.growthPercent === null ? null : `${memory.growthPercent} %`]));
  console.log(problems.length ? `\nSOAK FAILED: ${problems.join("; ")}` : "\nSoak ok: no errors, memory growth under 10 %.");
  if (problems.length) failure = problems.join("; ");
} catch (e) {
  failure = e instanceof Error ? e.message : String(e);
  console.error(`\nSoak aborted: ${failure}`);
} finally {
  await stopServer();
  removeDatabase();
}
process.exit(failure ? 1 : 0);
