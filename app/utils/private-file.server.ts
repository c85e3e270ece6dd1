// The database and its backups hold everyone's journal: only the server's own user may read them.
import fs from "node:fs";

/** Makes a SQLite file and its -wal/-shm (where they exist) readable and writable by the owner only. */
export function restrictToOwner(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
}
