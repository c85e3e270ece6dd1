import { useTranslation } from "react-i18next";

import type { PlanChange } from "~/models/year-plan.server";

/** What a change to the calendar moves, adds and leaves out, in words. */
export function PlanChangeList({ change }: { change: PlanChange }) {
  const { t } = useTranslation();
  const nothing = !change.moved.length && !change.added.length && !change.dropped.length && !change.samlinger.length;
  if (nothing) return <p>{t("plan.preview.nothing")}</p>;
  return (
    <ul className="plan-change">
      {change.samlinger.map((s) => (
        <li key={s.key}>{t("plan.preview.samling", s)}</li>
      ))}
      {change.moved.map((m) => (
        <li key={`${m.slug}-${m.from}`}>{t("plan.preview.moved", m)}</li>
      ))}
      {change.added.map((m) => (
        <li key={`${m.slug}-${m.week}`}>{t("plan.preview.added", m)}</li>
      ))}
      {change.dropped.map((m) => (
        <li key={`${m.slug}-${m.week}`}>{t("plan.preview.dropped", m)}</li>
      ))}
    </ul>
  );
}
