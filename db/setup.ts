// `npm start` runs this before serving: apply migrations, and seed the demo when the database is
// empty. `npm run db:reset` (--reset) deletes the database file first and rebuilds the demo.
import fs from "node:fs";
import path from "node:path";

import { sql } from "drizzle-orm";

const reset = process.argv.includes("--reset");
const file = path.resolve(process.env.DATABASE_PATH ?? "data/app.db");

if (reset) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  console.log(`Slettet ${path.relative(process.cwd(), file)}.`);
}

// Imported after the reset so the handle opens the fresh file (and runs the migrations).
const { db, closeDatabase, schema } = await import("../app/utils/db.server");
const users =
  db
    .select({ n: sql<number>`count(*)` })
    .from(schema.users)
    .get()?.n ?? 0;

if (users === 0) {
  const { seedDemo, DEMO_PASSWORD } = await import("./seed");
  const started = Date.now();
  const { startDate } = await seedDemo(db);
  console.log(`Demodata lagt inn på ${Date.now() - started} ms (kohorten startet ${startDate}).`);
  console.log("Demobrukere (passord for alle: %s):", DEMO_PASSWORD);
  console.log("  programdeltaker:  deltaker01@demo.example");
  console.log("  treningspartner:  deltaker02@demo.example (treningspartneren til deltaker01)");
  console.log("  flere deltakere:  deltaker03@demo.example … deltaker12@demo.example");
  console.log("  programeier:      programeier@demo.example");
  console.log("  administrator:    admin@demo.example");
} else {
  console.log(`Databasen ${path.relative(process.cwd(), file)} er klar (${users} brukere). Demopassordet er ${"demopassord123"}.`);
}
closeDatabase();
