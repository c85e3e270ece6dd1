// `npm run build` step: compile all programme content into .cache/content so the first visitor
// does not wait, and fail the build on a bad file (named with its line).
import { compileAll } from "../app/utils/content.server";

const started = Date.now();
try {
  const files = await compileAll();
  console.log(`Innhold kompilert: ${files.length} filer på ${Date.now() - started} ms.`);
} catch (e) {
  console.error(`Innholdet har feil:\n${(e as Error).message}`);
  process.exit(1);
}
