// Starting the built production server for a benchmark: on its own port, on the benchmark
// database, without background jobs, from any checkout (bench/compare.ts runs two side by side).
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

import { waitForServer } from "./http";

export type StartedServer = { base: string; process: ChildProcess; stop: () => Promise<void> };

export async function startServer(opts: {
  port: number;
  database: string;
  cwd?: string;
  nodeArgs?: string[];
  env?: Record<string, string>;
}): Promise<StartedServer> {
  const cwd = opts.cwd ?? process.cwd();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), path.join(cwd, "build/server/server.js")], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: "production",
      BACKGROUND_JOBS: "off",
      DATABASE_PATH: opts.database,
      PORT: String(opts.port),
      HOST: "127.0.0.1",
      ...opts.env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const base = `http://127.0.0.1:${opts.port}`;
  await waitForServer(base, () => exited);
  return {
    base,
    process: child,
    // Resolves when the process has exited: a CPU profile is written on the way out.
    stop: async () => {
      if (!exited) child.kill("SIGTERM");
      await gone;
    },
  };
}
