import en from "~/locales/en/common.json";
import nb from "~/locales/nb/common.json";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("locale files", () => {
  it("English has every key bokmål has, and no extra ones", () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it("no string is left empty", () => {
    const values = (o: unknown): unknown[] => (typeof o === "object" && o ? Object.values(o).flatMap(values) : [o]);
    for (const v of [...values(nb), ...values(en)]) expect(String(v).trim()).not.toBe("");
  });

  it("every interpolation in bokmål exists in English too", () => {
    const get = (o: Record<string, unknown>, path: string) =>
      path.split(".").reduce<unknown>((a, k) => (a as Record<string, unknown>)[k], o);
    for (const k of keys(nb)) {
      const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(get(en, k)), k).toEqual(vars(get(nb, k)));
    }
  });
});
