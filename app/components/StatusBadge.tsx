import { useTranslation } from "react-i18next";

const SYMBOL: Record<string, string> = { done: "✓", late: "✓", skipped: "↷", open: "○", coming: "·", pause: "–" };

/** A challenge status in words and a symbol, never by colour alone. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`}>
      <span aria-hidden="true">{SYMBOL[status] ?? ""} </span>
      {t(`challenges.status.${status}`)}
    </span>
  );
}
