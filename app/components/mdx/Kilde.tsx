import { useContentContext } from "./context";

/** An in-text citation: (Edmondson 1999, s. 354), linked to the reference list. */
export function Kilde({ id, side }: { id: string; side?: string }) {
  const { t, sources } = useContentContext();
  const source = sources.find((s) => s.id === id);
  return (
    <span className="citation">
      (<a href={`#kilde-${id}`}>{source?.short ?? id}</a>
      {side ? `, ${t("content.page", { page: side })}` : null})
    </span>
  );
}

export function Kildeliste() {
  const { sources } = useContentContext();
  return (
    <ol className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`kilde-${s.id}`}>
          {s.full}
        </li>
      ))}
    </ol>
  );
}
