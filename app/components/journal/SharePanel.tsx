import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import type { ActionResult } from "~/utils/forms.types";
import { formatDate, type Locale } from "~/utils/programme-time";

type Person = { id: number; name: string };
type Grant = { userId: number; name: string; grantedAt: string | Date; revokedAt: string | Date | null };

/**
 * Who can read this entry, and sharing with a named person of one's current partnership. Sharing
 * is a grant to that person (docs/decisions/014-sharing-is-a-grant.md), so the panel names people,
 * never "my partner".
 */
export function SharePanel({ partners, grants, error }: { partners: Person[]; grants: Grant[]; error?: ActionResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const active = grants.filter((g) => !g.revokedAt);
  const revoked = grants.filter((g) => g.revokedAt);
  const canShareWith = partners.filter((p) => !active.some((g) => g.userId === p.id));
  const recipientErrors = error?.result?.error?.recipient ?? undefined;
  return (
    <section className="panel" aria-labelledby="share-title">
      <h2 id="share-title">{t("journal.shareTitle")}</h2>
      {active.length ? (
        <ul className="share-list">
          {active.map((g) => (
            <li key={g.userId}>
              <span>{t("journal.sharedWithOn", { name: g.name, date: formatDate(new Date(g.grantedAt), locale) })}</span>{" "}
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="recipient" value={g.userId} />
                <button type="submit" className="button button--secondary button--small">
                  {t("journal.unshareWith", { name: g.name })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("journal.onlyYou")}</p>
      )}
      {revoked.length ? (
        <p className="muted">
          {t("journal.revokedFrom", {
            names: revoked.map((g) => `${g.name} (${formatDate(new Date(g.revokedAt!), locale)})`).join(", "),
          })}
        </p>
      ) : null}

      {partners.length === 0 ? (
        <p className="muted">{t("journal.noPartnerNow")}</p>
      ) : canShareWith.length === 0 ? null : canShareWith.length === 1 && partners.length === 1 ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="share" />
          <input type="hidden" name="recipient" value={canShareWith[0]!.id} />
          <button type="submit" className="button button--secondary" aria-describedby={recipientErrors ? "recipient-error" : undefined}>
            {t("journal.shareWith", { name: canShareWith[0]!.name })}
          </button>
          <FieldError id="recipient-error" errors={recipientErrors} />
        </Form>
      ) : (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="share" />
          <fieldset aria-describedby={recipientErrors ? "recipient-error" : undefined}>
            <legend>{t("journal.shareWithWho")}</legend>
            {canShareWith.map((p) => (
              <div className="choice" key={p.id}>
                <input type="checkbox" id={`recipient-${p.id}`} name="recipient" value={p.id} defaultChecked />
                <label htmlFor={`recipient-${p.id}`}>{p.name}</label>
              </div>
            ))}
          </fieldset>
          <FieldError id="recipient-error" errors={recipientErrors} />
          <button type="submit" className="button button--secondary">
            {t("journal.shareChosen")}
          </button>
        </Form>
      )}
      <p className="field-hint">{t("journal.shareExplained")}</p>
    </section>
  );
}
