import type { TFunction } from "i18next";
import { createContext, useContext } from "react";

import type { Source } from "~/utils/content-schema";

/** The module's sources, resolved from content/sources.yaml in the order the frontmatter lists them. */
export type ContentSource = Source;
export type ContentContextValue = { sources: ContentSource[]; t: TFunction };

// Content is rendered to HTML on the server (no eval in the browser, see docs/decisions/006),
// so components get translations and sources from this context rather than from hooks.
export const ContentContext = createContext<ContentContextValue | null>(null);

export function useContentContext(): ContentContextValue {
  const value = useContext(ContentContext);
  if (!value) throw new Error("Content components must be rendered inside ContentContext");
  return value;
}
