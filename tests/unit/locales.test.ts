import en from "~/locales/en/common.json";
import nb from "~/locales/nb/common.json";
import nn from "~/locales/nn/common.json";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const get = (o: unknown, path: string) => path.split(".").reduce<unknown>((a, k) => (a as Record<string, unknown>)[k], o);
const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("locale files", () => {
  for (const [name, other] of [
    ["English", en],
    ["Nynorsk", nn],
  ] as const) {
    it(`${name} has every key bokmål has, and no extra ones`, () => {
      expect(keys(other).sort()).toEqual(keys(nb).sort());
    });

    it(`every interpolation in bokmål exists in ${name} too`, () => {
      for (const k of keys(nb)) expect(vars(get(other, k)), k).toEqual(vars(get(nb, k)));
    });
  }

  it("no string is left empty", () => {
    const values = (o: unknown): unknown[] => (typeof o === "object" && o ? Object.values(o).flatMap(values) : [o]);
    for (const v of [...values(nb), ...values(nn), ...values(en)]) expect(String(v).trim()).not.toBe("");
  });

  it("nynorsk is translated, not bokmål copied: common bokmål-only words do not occur", () => {
    // Words that exist in bokmål but not in nynorsk. Quoted text («…», e.g. Outlook's own menu
    // labels, a column header the import expects) and template tokens ({navn}) are left as they are.
    const bokmalOnly =
      /(?<!\p{L})(ikke|hva|hvordan|hvem|uke|uka|ukens|hjem|nå|fra|deltaker|deltakere|programeier|innstillinger|lagret|velg|navn)(?!\p{L})/iu;
    const unquoted = (s: string) => s.replace(/«[^»]*»/g, "").replace(/\{\w+\}/g, "");
    const offenders = keys(nn).filter((k) => bokmalOnly.test(unquoted(String(get(nn, k)))));
    expect(offenders).toEqual([]);
  });
});
