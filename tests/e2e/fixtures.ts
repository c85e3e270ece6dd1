// Every Playwright worker gets its own server on its own freshly seeded database, at the test
// clock (docs/decisions/010-one-clock.md): no test can use up what a test in another worker or
// project expects, and the demo looks the same whatever day the suite runs. The "today" project
// runs at the real time, to prove the product on the day CI runs.
import { expect, test as base } from "@playwright/test";

import { resolveInstant } from "../support/instants";
import { seedDatabase, startServer } from "./server";

export type E2EServer = { url: string; databasePath: string; appNow: string | null };

export const test = base.extend<object, { server: E2EServer }>({
  server: [
    async ({}, use, workerInfo) => {
      const project = workerInfo.project.name;
      const port = Number(process.env.E2E_BASE_PORT ?? 3200) + workerInfo.workerIndex;
      const databasePath = `tests/.tmp/e2e-${project}-${workerInfo.workerIndex}.db`;
      const appNow = project === "today" ? null : resolveInstant(process.env.APP_NOW);
      const settings = { databasePath, port, appNow, backgroundJobs: true };
      seedDatabase(settings);
      const server = await startServer(settings);
      await use({ url: server.url, databasePath, appNow });
      await server.stop();
    },
    { scope: "worker", auto: true, timeout: 90_000 },
  ],
  baseURL: async ({ server }, use) => use(server.url),
});

export { expect };
