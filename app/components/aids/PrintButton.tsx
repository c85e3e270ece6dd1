import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Skriv ut / lagre som PDF" (or the page's own label). Printing needs the browser's print dialog, so the button appears
 * once JavaScript runs; the hint under it says how to do the same without it.
 */
export function PrintButton({ label = "aids.print" }: { label?: string }) {
  const { t } = useTranslation();
  // False on the server and during hydration, true once the page runs in a browser.
  const canPrint = useSyncExternalStore(
    noSubscription,
    () => typeof window.print === "function",
    () => false,
  );
  return (
    <div className="aid-actions">
      {canPrint ? (
        <button type="button" className="button" onClick={() => window.print()}>
          {t(label)}
        </button>
      ) : null}
      <p className="field-hint">{t("aids.printHint")}</p>
    </div>
  );
}

const noSubscription = () => () => {};
