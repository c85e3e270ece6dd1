import { createCookie } from "@remix-run/node";
import { createInstance, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";

import i18nConfig, { type Lng } from "~/i18n";

import { cookiesSecure } from "./env.server";

/** The chosen language for anonymous pages; signed-in users' choice is also stored on their account. */
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: cookiesSecure(),
  maxAge: 365 * 24 * 3600,
});

export const i18next = new RemixI18Next({
  detection: {
    supportedLanguages: i18nConfig.supportedLngs,
    fallbackLanguage: i18nConfig.fallbackLng,
    cookie: localeCookie,
    // Norwegian first: the browser's Accept-Language does not override bokmål.
    order: ["cookie"],
  },
  i18next: { ...i18nConfig },
});

const translators = new Map<Lng, TFunction>();

/** A synchronous translator for code that runs outside a request (e-mails, the scheduler). */
export function translator(locale: Lng): TFunction {
  let t = translators.get(locale);
  if (!t) {
    const instance = createInstance();
    void instance.init({ ...i18nConfig, lng: locale, initImmediate: false });
    t = instance.getFixedT(locale);
    translators.set(locale, t);
  }
  return t;
}
