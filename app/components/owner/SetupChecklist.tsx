import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { ChecklistItem } from "~/models/setup-checklist.server";

/** Before the start: what is in place and what is not, each with the page that does it. */
export function SetupChecklist({ items }: { items: ChecklistItem[] }) {
  const { t } = useTranslation();
  const done = items.filter((i) => i.done).length;
  return (
    <section aria-labelledby="checklist-title" className="panel panel--attention">
      <h2 id="checklist-title">{t("setupChecklist.title")}</h2>
      <p>{t("setupChecklist.progress", { done, total: items.length })}</p>
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.key}>
            <span aria-hidden="true">{i.done ? "✓" : "○"}</span> <strong>{t(`setupChecklist.item.${i.key}`)}</strong>{" "}
            <span className="muted">({i.done ? t("setupChecklist.done") : t("setupChecklist.todo")})</span> –{" "}
            <Link to={i.link}>{t(`setupChecklist.link.${i.key}`)}</Link>
            {i.key === "plan" && !i.done ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="plan-checked" />{" "}
                <button type="submit" className="link-button link-button--dark">
                  {t("setupChecklist.confirmPlan")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
