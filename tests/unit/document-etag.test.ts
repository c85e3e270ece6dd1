// ADR 026: the module page's ETag follows everything the HTML is made from — build, every route's
// loader data (root included) — and only pages that opt in get one.
import type { EntryContext } from "@remix-run/node";

import { documentEtag, matchesIfNoneMatch } from "~/utils/document-etag.server";

function context(over: { version?: string; root?: unknown; page?: unknown; handle?: unknown; errors?: unknown } = {}): EntryContext {
  return {
    manifest: { version: over.version ?? "build-1" },
    routeModules: { root: {}, "routes/modules.$slug": { handle: "handle" in over ? over.handle : { documentEtag: true } } },
    staticHandlerContext: {
      errors: over.errors ?? null,
      matches: [{ route: { id: "root" } }, { route: { id: "routes/modules.$slug" } }],
      loaderData: {
        root: over.root ?? { locale: "nb", user: { name: "Kari", unread: 0 } },
        "routes/modules.$slug": over.page ?? { answers: {}, state: "started" },
      },
    },
  } as unknown as EntryContext;
}

describe("the document ETag", () => {
  it("is the same for the same build and data, and changes with the build, the reader's state, root data or language", () => {
    const base = documentEtag(context());
    expect(base).toMatch(/^W\/"[\w-]{27}"$/);
    expect(documentEtag(context())).toBe(base);
    expect(documentEtag(context({ version: "build-2" }))).not.toBe(base);
    expect(documentEtag(context({ page: { answers: { a: { body: "x" } }, state: "started" } }))).not.toBe(base);
    expect(documentEtag(context({ root: { locale: "nb", user: { name: "Kari", unread: 1 } } }))).not.toBe(base);
    expect(documentEtag(context({ root: { locale: "en", user: { name: "Kari", unread: 0 } } }))).not.toBe(base);
  });

  it("is not given to pages that do not opt in, nor to error pages", () => {
    expect(documentEtag(context({ handle: undefined }))).toBeNull();
    expect(documentEtag(context({ errors: { root: new Error("x") } }))).toBeNull();
  });

  it("matches If-None-Match weakly, in a list, and *", () => {
    const tag = 'W/"abc"';
    const req = (h?: string) => new Request("http://localhost/", { headers: h ? { "if-none-match": h } : {} });
    expect(matchesIfNoneMatch(req(tag), tag)).toBe(true);
    expect(matchesIfNoneMatch(req('"abc"'), tag)).toBe(true);
    expect(matchesIfNoneMatch(req('W/"x", W/"abc"'), tag)).toBe(true);
    expect(matchesIfNoneMatch(req("*"), tag)).toBe(true);
    expect(matchesIfNoneMatch(req('W/"abd"'), tag)).toBe(false);
    expect(matchesIfNoneMatch(req(), tag)).toBe(false);
  });
});
