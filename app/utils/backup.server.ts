// Consistent online backups with SQLite's backup API (safe while the server writes), and restore
// of a backup, refused while a server is running on the database.
import fs from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

import * as clock from "~/utils/clock.server";
import { restrictToOwner } from "~/utils/private-file.server";

export function pidFile(databaseFile: string) {
  return path.join(path.dirname(path.resolve(databaseFile)), "server.pid");
}

/** True when a server process registered for this database is still alive. */
export function serverRunning(databaseFile: string): boolean {
  const file = pidFile(databaseFile);
  if (!fs.existsSync(file)) return false;
  const pid = Number(fs.readFileSync(file, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function stamp(d = clock.now()) {
  return d.toISOString().replace(/[-:]/g, "").replace(/\..+/, "").replace("T", "-");
}

export async function backupDatabase(
  databaseFile: string,
  dir = path.join(path.dirname(path.resolve(databaseFile)), "backups"),
): Promise<string> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = path.join(dir, `${path.basename(databaseFile, ".db")}-${stamp()}.db`);
  // A backup is as private as the database: created 0600 before SQLite writes into it.
  fs.closeSync(fs.openSync(target, "wx", 0o600));
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  restrictToOwner(target);
  return target;
}

export function restoreDatabase(backupFile: string, databaseFile: string) {
  if (serverRunning(databaseFile)) throw new Error("Serveren kjører på denne databasen. Stopp den før du gjenoppretter.");
  const check = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const ok = check.pragma("integrity_check", { simple: true });
    if (ok !== "ok") throw new Error(`Sikkerhetskopien er skadet: ${String(ok)}`);
  } finally {
    check.close();
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
  fs.copyFileSync(backupFile, databaseFile);
  restrictToOwner(databaseFile);
}
