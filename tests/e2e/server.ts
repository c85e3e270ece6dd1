// The compiled server as `npm start` runs it, on a database of its own at a pinned instant
// (docs/decisions/010-one-clock.md). The worker fixture starts one per worker; a spec that needs the
// clock somewhere else starts its own with the same settings, so the two cannot drift apart.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type ServerSettings = {
  databasePath: string;
  port: number;
  /** Where the clock starts; null runs it at the real time. */
  appNow: string | null;
  /** The scheduler; off where a spec must see only what it did itself. */
  backgroundJobs: boolean;
};

export type RunningServer = { url: string; stop: () => Promise<void> };

function serverEnv({ databasePath, port, appNow, backgroundJobs }: ServerSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: databasePath,
    PORT: String(port),
    HOST: "127.0.0.1",
    // "test" lets the clock be pinned; the server still runs the production build.
    NODE_ENV: "test",
    BACKGROUND_JOBS: backgroundJobs ? "on" : "off",
    // One process: two suites' workers already share two cores.
    WEB_CONCURRENCY: "1",
    // A test-only key, so the SSO spec can store a client secret sealed as production does (ADR 023).
    OIDC_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
  };
  delete env.APP_NOW;
  if (appNow) env.APP_NOW = appNow;
  return env;
}

/** Replaces the database with the demo, seeded at the settings' instant (the seed reads the clock). */
export function seedDatabase(settings: ServerSettings) {
  fs.mkdirSync(path.dirname(settings.databasePath), { recursive: true });
  execFileSync(process.execPath, ["build/server/setup.js", "--reset"], { env: serverEnv(settings), stdio: "ignore" });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The e2e server stopped (exit ${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`The e2e server did not answer ${url}/healthz within 60 s:\n${log()}`);
}

/** Starts the server on an already seeded database and resolves once it answers /healthz. */
export async function startServer(settings: ServerSettings): Promise<RunningServer> {
  let output = "";
  const child = spawn(process.execPath, ["build/server/server.js"], { env: serverEnv(settings), stdio: ["ignore", "pipe", "pipe"] });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${settings.port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    if (child.exitCode === null) child.kill("SIGTERM");
    throw error;
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
