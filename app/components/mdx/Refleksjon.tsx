import { useContentContext } from "./context";

/**
 * A reflection prompt. The answer form is filled into the slot per reader and per request
 * (reflection-form.ts), so the content itself can be rendered once and cached.
 */
export function Refleksjon({ id, children }: { id: string; children?: React.ReactNode }) {
  const { t } = useContentContext();
  return (
    <section className="reflection" id={id} aria-labelledby={`${id}-question`}>
      <p className="reflection__kind">{t("content.reflection.kind")}</p>
      <div id={`${id}-question`} className="reflection__question">
        {children}
      </div>
      <div data-reflection-slot={id} />
    </section>
  );
}
