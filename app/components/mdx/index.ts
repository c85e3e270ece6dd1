// The components programme content may use (docs/content-format.md). The names and props the
// content check accepts live in app/utils/content.server.ts (CONTENT_COMPONENTS).
import { Faktaboks, Modell, ProvDette } from "./Boxes";
import { Kilde, Kildeliste } from "./Kilde";
import { Refleksjon } from "./Refleksjon";
import { Skrivelinjer } from "./Skrivelinjer";

export const contentComponents = { Refleksjon, Faktaboks, Modell, ProvDette, Kilde, Kildeliste, Skrivelinjer };
export { ContentContext, type ContentContextValue, type ContentSource } from "./context";
