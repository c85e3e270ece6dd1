import { useTranslation } from "react-i18next";

/** One pair's last 13 weeks: a filled box with ✓ for a week with a conversation. Named in words for screen readers. */
export function CadenceStrip({ weeks, talked }: { weeks: number[]; talked: number[] }) {
  const { t } = useTranslation();
  const label = talked.length
    ? t("owner.pairs.cadenceLabel", { from: weeks[0], to: weeks.at(-1), weeks: [...talked].sort((a, b) => a - b).join(", ") })
    : t("owner.pairs.cadenceNone", { from: weeks[0], to: weeks.at(-1) });
  return (
    <span className="cadence" role="img" aria-label={label} title={label}>
      {weeks.map((w) => (
        <span key={w} className={talked.includes(w) ? "cadence__week cadence__week--yes" : "cadence__week"}>
          {talked.includes(w) ? "✓" : ""}
        </span>
      ))}
    </span>
  );
}
