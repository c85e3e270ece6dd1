import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { EntryOrigin } from "~/models/journal-origin.server";

/** "Lederutfordring, uke 12: Tål stillheten" or "Refleksjon i modulen: Motiverende intervju", linked to where it came from. */
export function EntryOriginLine({ origin, link = true }: { origin?: EntryOrigin; link?: boolean }) {
  const { t } = useTranslation();
  if (!origin) return null;
  const label =
    origin.kind === "challenge"
      ? origin.week
        ? t("journalOrigin.challengeWeek", { week: origin.week })
        : t("journalOrigin.challenge")
      : t("journalOrigin.module");
  return (
    <>
      {label}: {link ? <Link to={origin.to}>{origin.title}</Link> : origin.title}
    </>
  );
}

/** The words of a search, marked where they occur in a text (React text nodes: nothing is parsed as HTML). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const words = query.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (!words.length) return <>{text}</>;
  // From the start of a word, as the search matches (prefixes), to the end of that word.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})[\\p{L}\\p{N}]*`,
    "giu",
  );
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    parts.push(text.slice(last, m.index), <mark key={m.index}>{m[0]}</mark>);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
