// Every Playwright worker gets its own server on its own freshly seeded database, at the test
// clock (docs/decisions/010-one-clock.md): no test can use up what a test in another worker or
// project expects, and the demo looks the same whatever day the suite runs. The "today" project
// runs at the real time, to prove the product on the day CI runs.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";

import { expect, test as base } from "@playwright/test";

import { resolveInstant } from "../support/instants";

export type E2EServer = { url: string; databasePath: string; appNow: string | null };

export async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
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

export const test = base.extend<object, { server: E2EServer }>({
  server: [
    async ({}, use, workerInfo) => {
      const project = workerInfo.project.name;
      const port = Number(process.env.E2E_BASE_PORT ?? 3200) + workerInfo.workerIndex;
      const databasePath = `tests/.tmp/e2e-${project}-${workerInfo.workerIndex}.db`;
      const appNow = project === "today" ? null : resolveInstant(process.env.APP_NOW);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_PATH: databasePath,
        PORT: String(port),
        HOST: "127.0.0.1",
        // "test" lets the clock be pinned; the server still runs the production build.
        NODE_ENV: "test",
        BACKGROUND_JOBS: "on",
        // A test-only key, so the SSO spec can store a client secret sealed as production does (ADR 023).
        OIDC_SECRET_KEY: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      };
      delete env.APP_NOW;
      if (appNow) env.APP_NOW = appNow;
      fs.mkdirSync("tests/.tmp", { recursive: true });
      execFileSync(process.execPath, ["build/server/setup.js", "--reset"], { env, stdio: "ignore" });
      let output = "";
      // The compiled server `npm start` runs, in one process: two suites' workers already share two cores.
      const child = spawn(process.execPath, ["build/server/server.js"], {
        env: { ...env, WEB_CONCURRENCY: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-20_000);
      };
      child.stdout!.on("data", keep);
      child.stderr!.on("data", keep);
      const url = `http://127.0.0.1:${port}`;
      await waitForHealth(url, child, () => output);
      await use({ url, databasePath, appNow });
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
    { scope: "worker", auto: true, timeout: 90_000 },
  ],
  baseURL: async ({ server }, use) => use(server.url),
});

export { expect };
