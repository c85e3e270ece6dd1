// `npm start`: build only when the build is missing or older than its sources, migrate (and seed
// the demo on an empty database), then serve with plain node. A restart with nothing changed
// takes seconds instead of a full build.
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const STAMP = "build/server/.built-at";
// Everything the three build steps read (Remix, the content check and compiler, esbuild).
const SOURCES = ["app", "content", "db", "public", "scripts", "server.ts", "remix.config.js", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["build", "node_modules", ".cache"]);

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (SKIP.has(name)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function buildIsCurrent() {
  if (!fs.existsSync(STAMP) || !fs.existsSync("build/index.js")) return false;
  const builtAt = fs.statSync(STAMP).mtimeMs;
  return SOURCES.every((s) => newestMtime(s) <= builtAt);
}

if (process.env.FORCE_BUILD === "1" || !buildIsCurrent()) {
  console.log("Bygger appen (kildene er nyere enn bygget) …");
  execSync("npm run build", { stdio: "inherit" });
} else {
  console.log("Bygget er oppdatert: starter uten å bygge på nytt (FORCE_BUILD=1 bygger likevel).");
}
execSync(`"${process.execPath}" build/server/setup.js`, { stdio: "inherit" });

const server = spawn(process.execPath, ["--enable-source-maps", "build/server/server.js"], { stdio: "inherit" });
// npm forwards Ctrl-C and SIGTERM to this process; pass them on so the server shuts down cleanly.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
