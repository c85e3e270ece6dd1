// What the server log and the admin's outbox may show of a link that carries a token.
import { maskSecretLinks } from "~/utils/secret-links";

const TOKEN = "abcdefghijklmnopqrstuvwxyz234567";

describe("secret links are masked", () => {
  it.each([
    [`https://lp.example/invitation/${TOKEN}`, "https://lp.example/invitation/[token]"],
    [`/reset-password/${TOKEN}`, "/reset-password/[token]"],
    [`/calendar/${TOKEN}.ics`, "/calendar/[token]"],
    [`/login?redirectTo=%2Finvitation%2F${TOKEN}`, "/login?redirectTo=%2Finvitation%2F[token]"],
    [`/login?redirectTo=%2finvitation%2f${TOKEN}&x=1`, "/login?redirectTo=%2finvitation%2f[token]&x=1"],
    [`Åpne lenken:\n/invitation/${TOKEN}\n\nHilsen`, "Åpne lenken:\n/invitation/[token]\n\nHilsen"],
  ])("%j", (text, masked) => {
    expect(maskSecretLinks(text, "[token]")).toBe(masked);
  });

  it("leaves links without a token alone", () => {
    for (const text of ["/forgot-password", "/admin/outbox", "/settings#kalender", "/journal?q=invitation"]) {
      expect(maskSecretLinks(text)).toBe(text);
    }
  });
});
