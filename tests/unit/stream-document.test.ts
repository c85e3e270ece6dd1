// The document stream: a finished page leaves nothing running that would keep its render in memory,
// and a page still waiting for data after the delay is cut off instead of hanging.
import { createElement, Suspense } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { streamDocument } from "~/utils/stream-document.server";

const never = new Promise<never>(() => {});
function Waiting(): never {
  // The Suspense contract of React 18: throwing a promise means "not ready yet".
  throw never;
}
function Broken(): never {
  throw new Error("the shell cannot render");
}

const page = (child: ReturnType<typeof createElement>) => createElement("main", null, createElement("h1", null, "Min uke"), child);
const options = (waitForAll = false) => ({ status: 200, headers: new Headers(), waitForAll, abortDelay: 5_000 });

describe("streaming a document", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends the page and leaves no timer behind once it is done", async () => {
    const res = await streamDocument(page(createElement("p", null, "Denne ukas utfordring")), options());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toContain("Denne ukas utfordring");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("gives a crawler the whole page at once, and also clears the timer", async () => {
    const res = await streamDocument(page(createElement("p", null, "Alt på én gang")), options(true));
    expect(await res.text()).toContain("Alt på én gang");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("sends the shell of a page still waiting, and cuts the rest off after the delay", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await streamDocument(
      page(createElement(Suspense, { fallback: createElement("p", null, "Laster …") }, createElement(Waiting))),
      options(),
    );
    const text = res.text();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    const html = await text;
    expect(html).toContain("Min uke");
    expect(html).toContain("Laster …");
    expect(vi.getTimerCount()).toBe(0);
    // The cut-off is logged: a page that never finished is something to look into.
    expect(logged).toHaveBeenCalledOnce();
  });

  it("refuses a page whose shell cannot render, and clears the timer", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(streamDocument(page(createElement(Broken)), options())).rejects.toThrow("the shell cannot render");
    expect(vi.getTimerCount()).toBe(0);
  });
});
