// Page titles in the reader's language. Meta functions cannot use hooks, so they translate with a
// small synchronous i18next instance per language (the strings are bundled on both sides).
import { createInstance, type TFunction } from "i18next";

import i18nConfig, { type Lng } from "~/i18n";

const cache = new Map<Lng, TFunction>();

function tFor(locale: Lng): TFunction {
  let t = cache.get(locale);
  if (!t) {
    const instance = createInstance();
    void instance.init({ ...i18nConfig, lng: locale, initImmediate: false });
    t = instance.getFixedT(locale);
    cache.set(locale, t);
  }
  return t;
}

type Match = { id: string; data?: unknown };

/** "Refleksjonslogg · Lederprogrammet": a title key (or an already translated text) and the app name. */
export function pageTitle(matches: Match[], key: string, opts: { text?: string } = {}) {
  const locale = ((matches.find((m) => m.id === "root")?.data as { locale?: Lng } | undefined)?.locale ?? "nb") as Lng;
  const t = tFor(locale);
  return [{ title: `${opts.text ?? t(key)} · ${t("app.name")}` }];
}
