// The preview of a pasted list: rows that are ready show as text, rows with a problem can be
// fixed right here and checked again, without pasting the whole list anew.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { RosterRow } from "~/models/roster.server";

export function RosterPreviewTable({ preview, role, validUntil }: { preview: { rows: RosterRow[] }; role: string; validUntil?: string }) {
  const { t } = useTranslation();
  const ok = preview.rows.filter((r) => !r.problem).length;
  const problems = preview.rows.length - ok;
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value="recheck" />
      <input type="hidden" name="role" value={role} />
      <input type="hidden" name="count" value={preview.rows.length} />
      {validUntil ? <input type="hidden" name="validUntil" value={validUntil} /> : null}
      <div
        className="table-wrap"
        role="region"
        aria-label={t("owner.roster.previewTitle", { ok, total: preview.rows.length })}
        tabIndex={0}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{t("owner.roster.line")}</th>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.invitations.status")}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r, i) => (
              <tr key={`${r.line}-${i}`} className={r.problem ? "row--problem" : undefined}>
                <td>
                  {r.line}
                  <input type="hidden" name={`line-${i}`} value={r.line} />
                </td>
                {r.problem ? (
                  <>
                    <td>
                      <label className="visually-hidden" htmlFor={`fix-name-${i}`}>
                        {t("invitePaste.fixName", { line: r.line })}
                      </label>
                      <input id={`fix-name-${i}`} name={`name-${i}`} defaultValue={r.name || r.suggestion} maxLength={100} />
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`fix-email-${i}`}>
                        {t("invitePaste.fixEmail", { line: r.line })}
                      </label>
                      <input
                        id={`fix-email-${i}`}
                        name={`email-${i}`}
                        type="text"
                        inputMode="email"
                        defaultValue={r.email}
                        maxLength={254}
                      />
                    </td>
                  </>
                ) : (
                  <>
                    <td>
                      {r.name}
                      <input type="hidden" name={`name-${i}`} value={r.name} />
                    </td>
                    <td>
                      {r.email}
                      <input type="hidden" name={`email-${i}`} value={r.email} />
                    </td>
                  </>
                )}
                <td>
                  {r.problem ? `⚠ ${t(`owner.roster.problem.${r.problem}`)}` : `✓ ${t("owner.roster.ok")}`}
                  {r.problem === "missing-name" && r.suggestion ? <span className="muted"> {t("invitePaste.suggested")}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {problems ? (
        <>
          <p className="muted">{t("invitePaste.fixHint")}</p>
          <button type="submit" className="button button--secondary">
            {t("invitePaste.recheck")}
          </button>
        </>
      ) : null}
    </Form>
  );
}
