// Child process for tests/unit/crash.test.ts: saves journal entries through the app's own write
// path as fast as it can until the test kills it with SIGKILL.
//
//   node --import tsx tests/support/crash-writer.ts <userId> <round>
//
// After each createEntry() returns it writes "ack <id> <round> <n>" to stdout. That line is the
// app's promise to the person ("your entry is saved"), so the test treats every complete ack line
// as an entry that must survive the crash.
import fs from "node:fs";
import { pathToFileURL } from "node:url";

/** The entry number n of a round; the test rebuilds the same text to check what was stored. */
export function entryFor(round: number, n: number) {
  const tag = `r${round}n${n}`;
  // Mostly short entries, with an occasional long one so some rows spill onto overflow pages and
  // the WAL grows past the auto-checkpoint threshold while we are being killed.
  const repeat = n % 97 === 0 ? 400 : (n % 13) + 1;
  return {
    title: `Krasjtest ${tag}`,
    body: `Hva lærte jeg i dag (${tag})? Øvelse på å lytte før jeg svarer, også når det haster. `.repeat(repeat).trimEnd(),
    tags: ["krasjtest", `runde-${round}`],
  };
}

async function main() {
  const [userId, round] = process.argv.slice(2).map(Number);
  if (!userId || !round) throw new Error("usage: crash-writer.ts <userId> <round>");
  // Dynamic so that importing entryFor() from the test does not open a database.
  const { createEntry } = await import("~/models/journal.server");
  // A safety net if the parent never kills us: the test expects SIGKILL, so a normal exit fails it.
  const stopAt = Date.now() + 30_000;
  for (let n = 1; Date.now() < stopAt; n++) {
    const id = createEntry(userId, null, { ...entryFor(round, n), challenge: null });
    // Unbuffered on purpose: an ack must not be claimed before the write returned, nor lost in a
    // stream buffer. If the parent has gone away this throws EPIPE and we stop.
    fs.writeSync(1, `ack ${id} ${round} ${n}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    fs.writeSync(2, `${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
