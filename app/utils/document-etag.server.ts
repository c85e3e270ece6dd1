// ETag and 304 for documents that are a pure function of their loader data (ADR 026): module
// pages. The tag is taken over the build, the language and the loader data of every route on the
// page (root included: the header's name and unread count), never over the HTML, which carries a
// fresh CSP nonce per request. So a repeat visit with nothing changed skips the render, and any
// change — the reader's answers, progress, a new notice, a new build — gives a new tag.
import crypto from "node:crypto";

import type { EntryContext } from "@remix-run/node";

type Handle = { documentEtag?: boolean } | undefined;

/** The weak ETag of this document, or null when a route on the page does not opt in. */
export function documentEtag(context: EntryContext): string | null {
  const { matches, loaderData, errors } = context.staticHandlerContext;
  if (errors) return null;
  const leaf = matches.at(-1);
  if (!leaf || !(context.routeModules[leaf.route.id]?.handle as Handle)?.documentEtag) return null;
  const hash = crypto.createHash("sha256").update(context.manifest.version).update("\0");
  for (const m of matches)
    hash
      .update(m.route.id)
      .update("\0")
      .update(JSON.stringify(loaderData[m.route.id] ?? null))
      .update("\0");
  return `W/"${hash.digest("base64url").slice(0, 27)}"`;
}

/** True when the request's If-None-Match names this tag (weak comparison, as RFC 9110 says for GET). */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}
