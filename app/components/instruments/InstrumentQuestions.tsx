import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { answerField, noteField } from "~/forms/instruments";

/** What the component needs of an instrument (content/instruments): serialisable, from a loader. */
export type InstrumentShape = {
  slug: string;
  title: string;
  audience: "self" | "team";
  scale: { min: number; max: number; minLabel: string; maxLabel: string };
  items: { id: string; label: string; text: string; anchors?: Record<string, string>; ams?: string; reverse: boolean }[];
  notePrompt?: string;
};

type Props = {
  instrument: InstrumentShape;
  /** Answers and notes to start from (changing an earlier answer). */
  defaults?: { answers?: Record<string, number> | null; notes?: Record<string, string> };
  errors?: Record<string, string[] | undefined>;
  /** "paper": the printable slip, with values to circle and no inputs. */
  mode?: "form" | "paper";
  idPrefix?: string;
};

/**
 * The one way an instrument is shown: each statement as a group of choices on the scale, with its
 * behavioural anchors where the instrument has them, and the private note where it asks for one.
 */
export function InstrumentQuestions({ instrument, defaults, errors = {}, mode = "form", idPrefix = "" }: Props) {
  const { t } = useTranslation();
  const values = Array.from({ length: instrument.scale.max - instrument.scale.min + 1 }, (_, i) => instrument.scale.min + i);
  const valueLabel = (v: number) =>
    v === instrument.scale.min
      ? `${v} – ${instrument.scale.minLabel}`
      : v === instrument.scale.max
        ? `${v} – ${instrument.scale.maxLabel}`
        : String(v);

  if (mode === "paper")
    return (
      <ol className="instrument instrument--paper">
        {instrument.items.map((item) => (
          <li key={item.id} className="instrument__item">
            <p className="instrument__text">{item.text}</p>
            <p className="instrument__circle" aria-label={t("instruments.paper.circleOne")}>
              {values.map((v) => (
                <span key={v} className="instrument__box">
                  {v}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
    );

  return (
    <ol className="instrument">
      {instrument.items.map((item, index) => {
        const name = answerField(item.id);
        const errorId = `${idPrefix}${name}-error`;
        const invalid = !!errors[name]?.length;
        return (
          <li key={item.id} className="instrument__item">
            <fieldset aria-describedby={invalid ? errorId : undefined} aria-invalid={invalid || undefined}>
              <legend>
                <span className="instrument__number">{t("instruments.statement", { n: index + 1, of: instrument.items.length })}</span>{" "}
                {instrument.audience === "self" ? <strong>{item.label}: </strong> : null}
                {item.text}
              </legend>
              {item.ams ? <p className="field-hint">{item.ams}</p> : null}
              <FieldError id={errorId} errors={errors[name]} />
              <div className={item.anchors ? "instrument__scale instrument__scale--anchored" : "instrument__scale"}>
                {values.map((v) => {
                  const id = `${idPrefix}${name}-${v}`;
                  return (
                    <div className="choice" key={v}>
                      <input type="radio" id={id} name={name} value={v} defaultChecked={defaults?.answers?.[item.id] === v} required />
                      <label htmlFor={id}>
                        {item.anchors?.[String(v)] ? (
                          <>
                            <strong>{v}</strong> {item.anchors[String(v)]}
                          </>
                        ) : (
                          valueLabel(v)
                        )}
                      </label>
                    </div>
                  );
                })}
              </div>
              {instrument.notePrompt ? (
                <div className="field">
                  <label htmlFor={`${idPrefix}${noteField(item.id)}`}>
                    {instrument.notePrompt} <span className="muted">({t("instruments.privateNote")})</span>
                  </label>
                  <textarea
                    id={`${idPrefix}${noteField(item.id)}`}
                    name={noteField(item.id)}
                    rows={2}
                    maxLength={1000}
                    defaultValue={defaults?.notes?.[item.id] ?? ""}
                    aria-describedby={errors[noteField(item.id)]?.length ? `${idPrefix}${noteField(item.id)}-error` : undefined}
                  />
                  <FieldError id={`${idPrefix}${noteField(item.id)}-error`} errors={errors[noteField(item.id)]} />
                </div>
              ) : null}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}

/** A profile over time: one bar per occasion for each statement, with the same numbers as a table beside it. */
export function ProfileChart({
  instrument,
  columns,
}: {
  instrument: InstrumentShape;
  columns: { key: string; label: string; answers: Record<string, number> }[];
}) {
  const { t } = useTranslation();
  const max = instrument.scale.max;
  return (
    <figure className="profile">
      <figcaption>{t("instruments.self.chartCaption", { title: instrument.title })}</figcaption>
      <div className="profile__chart" aria-hidden="true">
        {instrument.items.map((item) => (
          <div key={item.id} className="profile__row">
            <span className="profile__label">{item.label}</span>
            <span className="profile__bars">
              {columns.map((c, i) => (
                <span
                  key={c.key}
                  className={`profile__bar profile__bar--${i % 3}`}
                  style={{ width: `${((c.answers[item.id] ?? 0) / max) * 100}%` }}
                >
                  {c.label} {c.answers[item.id]}
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
      <div className="table-wrap" role="region" tabIndex={0} aria-label={t("instruments.self.tableCaption", { title: instrument.title })}>
        <table>
          <caption className="visually-hidden">{t("instruments.self.tableCaption", { title: instrument.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("instruments.self.statement")}</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {instrument.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label}</th>
                {columns.map((c) => (
                  <td key={c.key}>{c.answers[item.id] ?? "–"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
