import { useTranslation } from "react-i18next";

import { formatScore, type Summary } from "~/models/instrument-scoring";
import { formatDate, type Locale } from "~/utils/programme-time";

type Shown = Extract<Summary, { shown: true }>;

/** A team measurement's result: the floor's message below five answers, else mean, spread and item means. */
export function PulseResult({
  result,
  earlier,
  compact = false,
}: {
  result: Summary;
  earlier: { closesOn: string; occasionLabel: string; result: Shown } | null;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const f = (v: number) => formatScore(v, locale);
  if (!result.shown)
    return <p className="notice notice--info">{t("instruments.pulse.belowFloor", { n: result.n, needed: result.needed })}</p>;
  return (
    <div className="stack">
      <dl className="pulse-result">
        <div>
          <dt>{t("instruments.pulse.mean")}</dt>
          <dd>{f(result.mean)}</dd>
        </div>
        <div>
          <dt>{t("instruments.pulse.spread")}</dt>
          <dd>{f(result.spread)}</dd>
        </div>
        <div>
          <dt>{t("instruments.pulse.lowest")}</dt>
          <dd>
            {result.lowest.label} ({f(result.lowest.mean)})
          </dd>
        </div>
        <div>
          <dt>{t("instruments.pulse.highest")}</dt>
          <dd>
            {result.highest.label} ({f(result.highest.mean)})
          </dd>
        </div>
      </dl>
      {earlier ? (
        <p>
          {t("instruments.pulse.comparedWith", {
            occasion: earlier.occasionLabel,
            date: formatDate(earlier.closesOn, locale),
            before: f(earlier.result.mean),
            now: f(result.mean),
          })}
        </p>
      ) : null}
      {compact ? null : (
        <div className="table-wrap" role="region" tabIndex={0} aria-label={t("instruments.pulse.itemTable")}>
          <table>
            <caption>{t("instruments.pulse.itemTable")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("instruments.pulse.item")}</th>
                <th scope="col">{t("instruments.pulse.mean")}</th>
                {earlier ? <th scope="col">{t("instruments.pulse.earlierMean", { occasion: earlier.occasionLabel })}</th> : null}
              </tr>
            </thead>
            <tbody>
              {result.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.label}</th>
                  <td>{f(item.mean)}</td>
                  {earlier ? <td>{f(earlier.result.items.find((i) => i.id === item.id)?.mean ?? 0)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">{t("instruments.pulse.howComputed")}</p>
    </div>
  );
}
