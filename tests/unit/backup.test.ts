import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { backupDatabase, pidFile, restoreDatabase } from "~/utils/backup.server";
import { openDatabase, schema } from "~/utils/db.server";

describe("backup and restore", () => {
  it("backs up while open, and restores exactly what was backed up", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-"));
    const file = path.join(dir, "app.db");
    const db = openDatabase(file);
    db.insert(schema.organisations).values({ name: "Før" }).run();
    const backup = await backupDatabase(file); // while the handle is open and in WAL mode
    expect(path.dirname(backup)).toBe(path.join(dir, "backups"));
    db.insert(schema.organisations).values({ name: "Etter" }).run();
    db.$client.close();

    fs.writeFileSync(pidFile(file), String(process.pid)); // "a server is running"
    expect(() => restoreDatabase(backup, file)).toThrow(/Serveren kjører/);
    fs.rmSync(pidFile(file));

    restoreDatabase(backup, file);
    const again = openDatabase(file);
    expect(
      again
        .select()
        .from(schema.organisations)
        .all()
        .map((o) => o.name),
    ).toEqual(["Før"]);
    expect(again.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    again.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
