// The production server on every core (docs/decisions/022-compiled-server-on-every-core.md), as an
// operator meets it: `node build/server/server.js` with two workers answers, runs the background
// jobs in one process only, replaces a worker that dies, and stops cleanly on SIGTERM.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { resolveInstant } from "../support/instants";

const PORT = Number(process.env.E2E_BASE_PORT ?? 3200) + 90;
const url = `http://127.0.0.1:${PORT}`;
// A folder of its own: the server writes its pid file next to the database, and the other
// workers' servers write theirs in tests/.tmp.
const databasePath = path.resolve(`tests/.tmp/cluster-${process.pid}/e2e.db`);
const pidFile = path.join(path.dirname(databasePath), "server.pid");

function workerPids(primary: number): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(primary)], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean)
      .map(Number)
      .sort();
  } catch {
    return [];
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const answers = async () => {
  try {
    return (await fetch(`${url}/healthz`)).ok || undefined;
  } catch {
    return undefined;
  }
};

let server: ChildProcess;
let output = "";

test.beforeAll(() => {
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_PATH: databasePath,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    NODE_ENV: "test",
    APP_NOW: resolveInstant(process.env.APP_NOW),
    BACKGROUND_JOBS: "on",
    WEB_CONCURRENCY: "2",
  };
  execFileSync(process.execPath, ["build/server/setup.js", "--reset"], { env, stdio: "ignore" });
  server = spawn(process.execPath, ["build/server/server.js"], { env, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  server.stderr!.on("data", (c: Buffer) => (output += c.toString()));
});

test.afterAll(() => {
  if (server.exitCode === null) server.kill("SIGKILL");
  fs.rmSync(path.dirname(databasePath), { recursive: true, force: true });
});

test("two workers answer, one runs the jobs, a dead worker is replaced, SIGTERM stops them all", async () => {
  await until("the server to answer", answers);
  const first = await until("two workers", () => (workerPids(server.pid!).length === 2 ? workerPids(server.pid!) : undefined));
  expect(fs.readFileSync(pidFile, "utf8")).toBe(String(server.pid));
  // Every worker would say this when it starts the scheduler; exactly one may.
  await until("the scheduler to start", () => (output.includes("[jobs]") ? true : undefined));
  expect(output.match(/\[jobs\] SMTP_URL er ikke satt/g)).toHaveLength(1);

  // Twenty requests in parallel all get an answer from the pair.
  const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/login`).then((r) => r.status)));
  expect(new Set(statuses)).toEqual(new Set([200]));

  process.kill(first[0]!, "SIGKILL");
  const replaced = await until("a replacement worker", () => {
    const now = workerPids(server.pid!);
    return now.length === 2 && !now.includes(first[0]!) ? now : undefined;
  });
  expect(replaced).toContain(first[1]);
  await until("the server to answer again", answers);

  const exited = new Promise<number | null>((r) => server.once("exit", (code) => r(code)));
  server.kill("SIGTERM");
  expect(await exited).toBe(0);
  expect(fs.existsSync(pidFile)).toBe(false);
  expect(workerPids(server.pid!)).toEqual([]);
});
