// The database, its WAL files and its backups hold everyone's journal: nobody but the server's
// user may read them. And under an https address no cookie is ever sent in clear text.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { backupDatabase } from "~/utils/backup.server";
import { openDatabase, schema } from "~/utils/db.server";

const mode = (f: string) => fs.statSync(f).mode & 0o777;

describe("private files", () => {
  it("creates the database, -wal and -shm as 0600, even under a permissive umask, and tightens an existing file", async () => {
    const old = process.umask(0o000);
    try {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "private-"));
      const file = path.join(dir, "data", "app.db");
      const db = openDatabase(file);
      db.insert(schema.organisations).values({ name: "Privat" }).run();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
      expect(mode(path.dirname(file))).toBe(0o700);

      const backup = await backupDatabase(file);
      expect(mode(backup)).toBe(0o600);
      expect(mode(path.dirname(backup))).toBe(0o700);
      db.$client.close();

      const loose = path.join(dir, "loose.db");
      fs.writeFileSync(loose, "");
      fs.chmodSync(loose, 0o644);
      openDatabase(loose).$client.close();
      expect(mode(loose)).toBe(0o600);
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      process.umask(old);
    }
  });
});

describe("cookies under an https APP_URL", () => {
  // Cookies are configured when their modules load, so this runs in a fresh process with that address.
  const serialized = (appUrl: string, nodeEnv: "production" | "test") =>
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `const { sessionCookie } = await import("./app/utils/session.server.ts");
         const { localeCookie } = await import("./app/utils/i18n.server.ts");
         console.log(JSON.stringify([await sessionCookie.serialize("x"), await localeCookie.serialize("nb")]));`,
      ],
      { env: { ...process.env, APP_URL: appUrl, NODE_ENV: nodeEnv, DATABASE_PATH: process.env.DATABASE_PATH }, encoding: "utf8" },
    );

  it("marks the session and the language cookie Secure, in production and in tests alike", () => {
    for (const nodeEnv of ["production", "test"] as const) {
      const [sid, lng] = JSON.parse(serialized("https://lederprogram.example", nodeEnv)) as string[];
      expect(sid).toMatch(/; Secure/);
      expect(lng).toMatch(/; Secure/);
    }
  });

  it("leaves them usable over plain http on a developer's machine", () => {
    const [sid, lng] = JSON.parse(serialized("http://localhost:3000", "test")) as string[];
    expect(sid).not.toMatch(/Secure/);
    expect(lng).not.toMatch(/Secure/);
  });
});
