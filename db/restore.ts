// `npm run restore <file>`: puts a backup back in place. Refuses while the server is running.
import { restoreDatabase } from "../app/utils/backup.server";

const backup = process.argv[2];
if (!backup) {
  console.error("Bruk: npm run restore -- data/backups/<fil>.db");
  process.exit(2);
}
try {
  restoreDatabase(backup, process.env.DATABASE_PATH ?? "data/app.db");
  console.log(`Gjenopprettet fra ${backup}.`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
