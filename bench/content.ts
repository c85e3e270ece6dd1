// Content benchmarks (not part of npm test): the cold compile time of the largest module, and the
// server time of a cached module page (the loader's work: read, render from cache, fill the
// reflection forms). Run with `npm run bench:content`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-content-"));
process.env.DATABASE_PATH = path.join(dir, "bench.db");

const { db } = await import("../app/utils/db.server");
const { seedDemo } = await import("../db/seed");
const { getProgramme, sourcesOf } = await import("../app/utils/programme.server");
const { compileFile, renderContentHtml } = await import("../app/utils/content.server");
const { getParticipation } = await import("../app/models/cohort.server");
const { readModule } = await import("../app/models/module.server");
const { fillReflectionSlots } = await import("../app/components/mdx/reflection-form");
const { translator } = await import("../app/utils/i18n.server");
const { eq } = await import("drizzle-orm");
const { schema } = await import("../app/utils/db.server");

await seedDemo(db);
const programme = getProgramme();
const largest = [...programme.modules].sort((a, b) => fs.statSync(b.file).size - fs.statSync(a.file).size)[0]!;

// Cold compile: a copy with a unique last line has a new hash, so nothing is cached.
const copy = path.join(dir, "largest.mdx");
fs.writeFileSync(copy, fs.readFileSync(largest.file, "utf8") + `\n\nBenchmark ${Date.now()}.\n`);
let t = performance.now();
const compiled = await compileFile(copy);
const coldMs = performance.now() - t;

const user = db.select().from(schema.users).where(eq(schema.users.email, "deltaker01@demo.example")).get()!;
const participation = getParticipation(user.id)!;
const open = programme.modules.find((m) => m.month <= 4)!;
const tr = translator("nb");
const page = async () => {
  const view = await readModule(user.id, participation, open.slug);
  if (view?.kind !== "open") throw new Error("module not open");
  const html = renderContentHtml(view.compiled, sourcesOf(view.meta), tr, "nb");
  return fillReflectionSlots(html, open.slug, {}, tr).length;
};
await page(); // warm: first render is cached
const runs = 300;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  await page();
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
console.log(`Largest module: ${path.relative(process.cwd(), largest.file)} (${compiled.words} words)`);
console.log(`Cold compile:   ${coldMs.toFixed(0)} ms`);
console.log(`Cached module page server time (${open.slug}, ${runs} runs): p50 ${pct(50)} ms · p95 ${pct(95)} ms · p99 ${pct(99)} ms`);
fs.rmSync(dir, { recursive: true, force: true });
