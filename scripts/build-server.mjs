// Compiles the production server and the start-up step (migrate, seed the demo) to plain
// JavaScript, so `npm start` runs `node` without a TypeScript loader. Packages stay in
// node_modules (native better-sqlite3, and the Remix build imports the same copies).
// See docs/decisions/022-compiled-server-on-every-core.md.
import fs from "node:fs";

import * as esbuild from "esbuild";

await esbuild.build({
  entryPoints: { server: "server.ts", setup: "db/setup.ts" },
  outdir: "build/server",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  // Bundled ESM has no require(); a few CommonJS dependencies (express) call it.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// Written last: `npm start` compares it with the sources to decide whether to build again.
fs.writeFileSync("build/server/.built-at", new Date().toISOString() + "\n");
