// Playwright drives Debian's Chromium (its own browser download cannot reach the internet here).
// Installs it when missing and we are root; otherwise says exactly what to run.
import { execSync } from "node:child_process";
import fs from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (fs.existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium mangler (${CHROMIUM}). Installer den slik, og kjør npm test igjen:\n  sudo apt-get update && sudo apt-get install -y chromium`,
  );
  process.exit(1);
}
console.log("Chromium mangler: installerer Debians chromium (apt-get) …");
execSync("apt-get update && apt-get install -y --no-install-recommends chromium", {
  stdio: "inherit",
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});
if (!fs.existsSync(CHROMIUM)) {
  console.error(`apt-get fullførte, men ${CHROMIUM} finnes ikke.`);
  process.exit(1);
}
