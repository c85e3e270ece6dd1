// Request bodies are read and bounded here, before Remix sees them: Remix would otherwise buffer a
// form of any size in memory (request.formData()), so six 50 MB posts cost 300 MB. The limit is
// counted on the bytes actually received, chunked or not; a Content-Length above it is refused
// before anything is read. See docs/decisions/013-bounded-request-bodies.md.
import type { IncomingMessage } from "node:http";

/**
 * Ordinary forms. The largest is a journal entry: 20,000 characters of body, 200 of title and 300
 * of tags. URL-encoded, a 4-byte UTF-8 character (🙂) is 12 bytes ("%F0%9F%99%82"), so the worst
 * case is 20,500 × 12 = 246,000 bytes: 256 KiB fits it with room for the other fields.
 */
export const FORM_LIMIT_BYTES = 256 * 1024;
/**
 * The roster upload (/admin/cohorts/:id/people): a CSV file of up to 1,000,000 bytes, or a pasted
 * list, or the confirmed preview sent back (up to 300,000 characters of JSON, URL-encoded).
 */
export const ROSTER_LIMIT_BYTES = 4 * 1024 * 1024;

/**
 * The public answer page of a team measurement (/p/<token>): at most twenty statements with one
 * digit each, so anything past 4 KiB is not a person answering.
 */
export const PUBLIC_ANSWER_LIMIT_BYTES = 4 * 1024;

const ROSTER_PATH = /^\/admin\/cohorts\/[^/]+\/people\/?$/;
const PUBLIC_ANSWER_PATH = /^\/p\/[^/]+\/?$/;

export function bodyLimitFor(pathname: string): number {
  if (PUBLIC_ANSWER_PATH.test(pathname)) return PUBLIC_ANSWER_LIMIT_BYTES;
  return ROSTER_PATH.test(pathname) ? ROSTER_LIMIT_BYTES : FORM_LIMIT_BYTES;
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

/**
 * Reads the whole body if it stays within `limit` bytes. Past the limit it stops keeping what
 * arrives (memory stays at `limit`), and the caller answers 413 and closes the connection.
 */
export function readBodyWithin(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ ok: false, reason: "too-large" });
      } else chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => settle({ ok: true, body: Buffer.concat(chunks, size) }));
    req.once("error", () => settle({ ok: false, reason: "aborted" }));
    req.once("close", () => settle({ ok: false, reason: "aborted" }));
  });
}

export function tooLargePage(title: string, text: string): string {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="/">Lederprogrammet</a></p></main></body></html>`;
}
