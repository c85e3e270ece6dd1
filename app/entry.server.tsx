import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createInstance, type i18n } from "i18next";
import { isbot } from "isbot";
import { I18nextProvider, initReactI18next } from "react-i18next";

import { NonceContext } from "./components/nonce";
import i18nConfig, { type Lng, supportedLngs } from "./i18n";
import { documentEtag, matchesIfNoneMatch } from "./utils/document-etag.server";
import { i18next } from "./utils/i18n.server";
import { startBackgroundJobs } from "./utils/jobs.server";
import { streamDocument } from "./utils/stream-document.server";

startBackgroundJobs();

const ABORT_DELAY = 5_000;

// One ready instance per language, made on first use. Making and initialising one per request cost
// every page about 4 % of its time (issue 18's profile); rendering only reads from it.
const instances = new Map<Lng, Promise<i18n>>();
function i18nFor(lng: string): Promise<i18n> {
  const language: Lng = (supportedLngs as readonly string[]).includes(lng) ? (lng as Lng) : "nb";
  let ready = instances.get(language);
  if (!ready) {
    const instance = createInstance();
    ready = instance
      .use(initReactI18next)
      .init({ ...i18nConfig, lng: language })
      .then(() => instance);
    instances.set(language, ready);
  }
  return ready;
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const etag = request.method === "GET" && responseStatusCode === 200 ? documentEtag(remixContext) : null;
  if (etag) {
    responseHeaders.set("ETag", etag);
    // Per person and always revalidated: a shared cache must not keep it, a browser must ask first.
    responseHeaders.set("Cache-Control", "private, no-cache");
    responseHeaders.append("Vary", "Cookie");
    // No body and no render; server.ts drops the new CSP header so the cached page keeps its own nonce.
    if (matchesIfNoneMatch(request, etag)) return new Response(null, { status: 304, headers: responseHeaders });
  }
  // The root loader decides the language (a signed-in person's account first, then the cookie);
  // rendering in any other language makes the browser hydrate different text (two browsers, one account).
  const rootData = remixContext.staticHandlerContext.loaderData.root as { locale?: string } | undefined;
  const instance = await i18nFor(rootData?.locale ?? (await i18next.getLocale(request)));
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  // A crawler gets the whole page at once; a person gets the shell first and the rest as it comes.
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");

  return streamDocument(
    <NonceContext.Provider value={nonce}>
      <I18nextProvider i18n={instance}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </I18nextProvider>
    </NonceContext.Provider>,
    { status: responseStatusCode, headers: responseHeaders, nonce, waitForAll, abortDelay: ABORT_DELAY },
  );
}
