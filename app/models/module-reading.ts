// Where to pick a module up again. A module is a long page read over several sittings, and the
// reflections a person has answered are the one mark of how far they got that needs no tracking
// of scrolling: the section after the last answered reflection is where they stopped.

export type Section = { id: string; text: string };

/** The section after the last answered reflection, or null before the first answer and after the last section. */
export function continueReading(html: string, toc: Section[], answered: string[]): Section | null {
  const at = (marker: string) => html.indexOf(marker);
  const lastAnswer = Math.max(-1, ...answered.map((id) => at(`data-reflection-slot="${id}"`)));
  if (lastAnswer < 0) return null;
  return toc.find((s) => at(`id="${s.id}"`) > lastAnswer) ?? null;
}
