// `npm run backup`: a consistent copy of the database in data/backups/, safe while the server runs.
import { backupDatabase } from "../app/utils/backup.server";

const file = process.env.DATABASE_PATH ?? "data/app.db";
const target = await backupDatabase(file);
console.log(`Sikkerhetskopi lagret: ${target}`);
