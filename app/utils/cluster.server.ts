// One server process per core (docs/decisions/022-compiled-server-on-every-core.md). The primary
// only supervises: it forks the workers, hands the background jobs to exactly one of them,
// replaces a worker that dies, and on SIGTERM/SIGINT stops them all before it exits. The workers
// share the listening socket through Node's cluster module and the database through SQLite's WAL.
import cluster, { type Worker } from "node:cluster";
import fs from "node:fs";
import os from "node:os";

import * as clock from "./clock.server";
import { KEY_WINDOW_MS, SEED_VARIABLE, WindowKeys } from "./window-keys.server";

/** WEB_CONCURRENCY, or one worker per core; 1 keeps a single process without a supervisor. */
export function workerCount(setting: string | undefined, cores = os.availableParallelism()): number {
  if (setting === undefined || setting.trim() === "") return Math.max(1, cores);
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`WEB_CONCURRENCY må være et heltall fra 1 til 64, ikke «${setting}».`);
  return n;
}

type Options = { count: number; pidFile: string; backgroundJobs: string | undefined; heapMb?: string | undefined };

/**
 * Each worker's V8 limits (ADR 027). Left alone, V8 sizes the old generation from the machine's
 * memory (about 4 GB here) and lets garbage pile up under load, so a worker reached 760 MB while its
 * live heap stayed under 100 MB. A limit makes it collect instead; WORKER_HEAP_MB changes it, and a
 * flag the operator passed to node wins.
 */
export function workerExecArgv(execArgv: string[], heapMb: string | undefined): string[] {
  const mb = heapMb === undefined || heapMb.trim() === "" ? DEFAULT_HEAP_MB : Number(heapMb);
  if (!Number.isInteger(mb) || mb < 64 || mb > 16384)
    throw new Error(`WORKER_HEAP_MB må være et heltall fra 64 til 16384, ikke «${heapMb}».`);
  const has = (flag: string) => execArgv.some((a) => a.startsWith(flag));
  return [
    ...execArgv,
    ...(has("--max-old-space-size") ? [] : [`--max-old-space-size=${mb}`]),
    ...(has("--max-semi-space-size") ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`]),
  ];
}
export const DEFAULT_HEAP_MB = 112;
const SEMI_SPACE_MB = 8;

export function superviseWorkers({ count, pidFile, backgroundJobs, heapMb }: Options) {
  let stopping = false;
  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, heapMb) });
  let jobsWorker: Worker | undefined;
  // Background jobs (reminders, the outbox, retention) must run in one process only, or a mail
  // would be sent twice. BACKGROUND_JOBS=off still turns them off everywhere.
  const jobsSetting = backgroundJobs === "off" ? "off" : (backgroundJobs ?? "auto");

  // Rate limits hash client addresses under keys that every worker must share (ADR 025); a worker
  // that replaces another later gets the chain from the window it starts in.
  const keys = WindowKeys.random(KEY_WINDOW_MS, clock.nowMs());

  const fork = (runsJobs: boolean) => {
    const worker = cluster.fork({
      BACKGROUND_JOBS: runsJobs ? jobsSetting : "off",
      SERVER_ROLE: "worker",
      [SEED_VARIABLE]: keys.seedFor(clock.nowMs()),
    });
    if (runsJobs) jobsWorker = worker;
    return worker;
  };

  fs.writeFileSync(pidFile, String(process.pid));
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === count) console.log(`${count} prosesser tar imot forespørsler (WEB_CONCURRENCY=${count}).`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    const hadJobs = worker === jobsWorker;
    console.error(`Prosess ${worker.process.pid} stoppet (${signal ?? code}); starter en ny.`);
    fork(hadJobs);
  });
  fork(true);
  for (let i = 1; i < count; i++) fork(false);

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopper ${Object.keys(cluster.workers ?? {}).length} prosesser …`);
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    let left = workers.length;
    const done = () => {
      fs.rmSync(pidFile, { force: true });
      process.exit(0);
    };
    if (!left) return done();
    for (const w of workers) {
      w.once("exit", () => --left === 0 && done());
      w.process.kill("SIGTERM");
    }
    // Each worker gives in-flight requests 10 s; after that the supervisor stops waiting.
    setTimeout(() => {
      for (const w of workers) w.process.kill("SIGKILL");
      fs.rmSync(pidFile, { force: true });
      process.exit(1);
    }, 12_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
