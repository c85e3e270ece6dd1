import en from "./locales/en/common.json";
import nb from "./locales/nb/common.json";

export const supportedLngs = ["nb", "en"] as const;
export type Lng = (typeof supportedLngs)[number];

// Both languages are bundled: the strings are small, and no request waits for a backend to load them.
export const resources = { nb: { common: nb }, en: { common: en } } as const;

export default {
  supportedLngs: [...supportedLngs],
  fallbackLng: "nb",
  defaultNS: "common",
  resources,
  interpolation: { escapeValue: false },
};
