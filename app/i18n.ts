import en from "./locales/en/common.json";
import nb from "./locales/nb/common.json";
import nn from "./locales/nn/common.json";

// Bokmål first: it is the default, and the language of the programme's content.
export const supportedLngs = ["nb", "nn", "en"] as const;
export type Lng = (typeof supportedLngs)[number];

// All three languages are bundled: the strings are small, and no request waits for a backend to load them.
export const resources = { nb: { common: nb }, nn: { common: nn }, en: { common: en } } as const;

export default {
  supportedLngs: [...supportedLngs],
  fallbackLng: "nb",
  defaultNS: "common",
  resources,
  interpolation: { escapeValue: false },
};
