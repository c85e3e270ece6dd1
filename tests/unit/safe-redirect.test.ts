// After signing in or switching language the app sends the person back where they were: only ever
// to a page of this site, and never with a 500 for a crafted redirectTo.
import { safeRedirect } from "~/forms/fields";
import { action as languageAction } from "~/routes/language";
import { action as loginAction } from "~/routes/login";

import { makeUser, TEST_PASSWORD } from "../support/factories";

const HOSTILE = [
  "/%2F..%2F%5Cevil.example",
  "/\t/evil.example",
  "/./\\evil.example",
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " /journal",
  "evil.example",
  "",
  // percent-encoded and double-encoded
  "/%2Fevil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%252F%252Fevil.example",
  "/%25252F%25252Fevil.example",
  "/%255Cevil.example",
  "/%09/evil.example",
  "/%0D%0ALocation:%20https://evil.example",
  "/%2509/evil.example",
  "/%E2%80%AEmoc.elpmaxe",
  "/%C2%85x",
  "/%ZZ",
  // raw characters a header cannot carry or a browser strips
  "/journal\r\nSet-Cookie: sid=x",
  "/journal\nx",
  "/journal\u000bx",
  "/journal\u000cx",
  "/journal\u0000x",
  "/journal\u007fx",
  "/journal\u0085x",
  "/journal\u202ex",
  "/journal\u2066x",
  "/journal\u061cx",
  "/journal/🙂",
  "/journal/\u0100",
  "/" + "a".repeat(600),
];

const GOOD = [
  "/",
  "/journal?q=a",
  "/modules/psykologisk-trygghet#del-2",
  "/journal?q=%C3%B8",
  "/journal?q=%F0%9F%99%82",
  "/admin/cohorts/1/people?saved=invited&count=3",
  "/invitation/abcdefghijklmnopqrstuvwxyz234567",
];

describe("safeRedirect", () => {
  it.each(HOSTILE)("sends %j to the front page instead", (to) => {
    expect(safeRedirect(to)).toBe("/");
  });
  it.each(GOOD)("keeps the in-app path %j", (to) => {
    expect(safeRedirect(to)).toBe(to);
  });
  it("falls back for anything that is not a string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined, "/settings")).toBe("/settings");
    expect(safeRedirect(new File(["/"], "x"))).toBe("/");
  });
});

const CRAFTED = ["/x\r\nSet-Cookie: a=b", "/x\u000bx", "/x\u000cx", "/x\u0000x", "/\u0100", "/🙂", "//evil.example", "/%0d%0a"];

async function answer(run: () => Promise<unknown>): Promise<Response> {
  try {
    const r = await run();
    return r instanceof Response ? r : new Response(null, { status: 200 });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

const post = (url: string, form: Record<string, string>) =>
  new Request(url, { method: "POST", body: new URLSearchParams(form), headers: { "Content-Type": "application/x-www-form-urlencoded" } });

describe("a crafted redirectTo never makes a 500", () => {
  it.each(CRAFTED)("on /language: %j goes to the front page", async (redirectTo) => {
    const res = await answer(() =>
      languageAction({ request: post("http://localhost/language", { locale: "en", redirectTo }), params: {}, context: {} }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
  });

  it.each(CRAFTED)("on /login: %j goes to the front page", async (redirectTo) => {
    const user = await makeUser();
    const res = await answer(() =>
      loginAction({
        request: post("http://localhost/login", { email: user.email, password: TEST_PASSWORD, redirectTo }),
        params: {},
        context: { clientIp: "203.0.113.7" },
      }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
  });
});
