// Streaming a document to the browser with React: the shell first (or, for a crawler, the whole
// page at once), and a cut-off for a render that is still streaming after `abortDelay`.
import { PassThrough } from "node:stream";

import { createReadableStreamFromReadable } from "@remix-run/node";
import type { ReactElement } from "react";
import { renderToPipeableStream } from "react-dom/server";

type Options = { status: number; headers: Headers; nonce?: string; waitForAll: boolean; abortDelay: number };

export function streamDocument(element: ReactElement, { status, headers, nonce, waitForAll, abortDelay }: Options): Promise<Response> {
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // Cleared as soon as the render is done. Left running, the timer kept that request's whole render,
    // loader data included, in memory for the rest of the delay: about 500 renders at 100 pages a
    // second (ADR 029).
    const timer = setTimeout(() => abort(), abortDelay);
    const send = () => {
      shellRendered = true;
      const body = new PassThrough();
      headers.set("Content-Type", "text/html; charset=utf-8");
      resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(element, {
      nonce,
      onShellReady() {
        if (!waitForAll) send();
      },
      onAllReady() {
        clearTimeout(timer);
        if (waitForAll) send();
      },
      onShellError(error: unknown) {
        clearTimeout(timer);
        reject(error);
      },
      onError(error: unknown) {
        // Before the shell is out the status can still change; after it, the error is only logged.
        status = 500;
        if (shellRendered) console.error(error);
      },
    });
  });
}
