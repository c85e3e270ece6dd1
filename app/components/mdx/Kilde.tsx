import { useContentContext } from "./context";

/**
 * An in-text citation: (Edmondson 1999, s. 354), linked to the reference list. A page number
 * taken from a secondary source says so: (Tveiten 2013, s. 116, gjengitt etter Vigsø 2023).
 */
export function Kilde({ id, side, gjengittEtter }: { id: string; side?: string; gjengittEtter?: string }) {
  const { t, sources } = useContentContext();
  const source = sources.find((s) => s.key === id);
  const via = gjengittEtter ? sources.find((s) => s.key === gjengittEtter) : undefined;
  return (
    <span className="citation">
      (<a href={`#kilde-${id}`}>{source?.short ?? id}</a>
      {side ? `, ${t("content.page", { page: side })}` : null}
      {gjengittEtter ? (
        <>
          , {t("contentSources.via")} <a href={`#kilde-${gjengittEtter}`}>{via?.short ?? gjengittEtter}</a>
        </>
      ) : null}
      )
    </span>
  );
}

/** The module's sources from the programme's shared list (content/sources.yaml), web addresses as links. */
export function Kildeliste() {
  const { t, sources } = useContentContext();
  return (
    <ol className="source-list">
      {sources.map((s) => (
        <li key={s.key} id={`kilde-${s.key}`}>
          {s.full}
          {s.url ? (
            <>
              {" "}
              <a href={s.url}>{s.url}</a>
            </>
          ) : null}
          {s.note ? (
            <span className="source-list__note">
              {" "}
              {t("contentSources.note")}: {s.note}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
