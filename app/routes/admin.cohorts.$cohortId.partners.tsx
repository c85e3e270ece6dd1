import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { FieldError } from "~/components/form/Field";
import { FormMessage } from "~/components/form/FormMessage";
import { SavedNotice } from "~/components/SavedNotice";
import { periodSchema } from "~/forms/owner";
import { adjustProposal, getProposal, nextPeriod, pairingHistory, proposePairing, publishProposal } from "~/models/pairing.server";
import { requireCohortOwner } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "owner.tabs.partners")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohort } = await requireCohortOwner(request, params.cohortId);
  return { proposal: getProposal(cohort.id), history: pairingHistory(cohort.id), next: nextPeriod(cohort.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, cohort } = await requireCohortOwner(request, params.cohortId);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const back = `/admin/cohorts/${cohort.id}/partners`;
  const refused = (reason: string) => data<ActionResult>({ message: { key: `owner.pairing.refused.${reason}` } }, { status: 400 });
  if (intent === "propose") {
    const submission = parseWithZod(formData, { schema: periodSchema });
    if (submission.status !== "success") return refuse(submission.reply());
    const result = proposePairing(user, cohort.id, submission.value.fromWeek, submission.value.toWeek);
    if (!result.ok) return refused(result.reason);
    throw redirect(`${back}?saved=${result.repeats ? "proposedWithRepeats" : "proposed"}`);
  }
  if (intent === "adjust") {
    const assignment = new Map<number, number>();
    for (const [k, v] of formData) {
      const m = /^group-(\d+)$/.exec(k);
      const g = Number(v);
      if (m && Number.isInteger(g) && g >= 1 && g <= 2000) assignment.set(Number(m[1]), g);
    }
    const result = adjustProposal(user, cohort.id, assignment);
    if (!result.ok) return refused(result.reason);
    throw redirect(`${back}?saved=adjusted`);
  }
  if (intent === "publish") {
    const result = publishProposal(user, cohort.id, undefined, { confirmRepeats: formData.get("confirmRepeats") === "yes" });
    if (!result.ok) return refused(result.reason);
    throw redirect(`${back}?saved=published`);
  }
  return refused("unknown");
}

export default function Partners() {
  const { t } = useTranslation();
  const { proposal, history, next } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  const fieldErrors = (actionData?.result?.error ?? {}) as Record<string, string[] | undefined>;
  return (
    <>
      <h2>{t("owner.pairing.title")}</h2>
      <SavedNotice keys={["proposed", "proposedWithRepeats", "adjusted", "published"]} prefix="owner.pairing.saved" />
      <FormMessage message={actionData?.message} />
      <section className="panel" aria-labelledby="propose-title">
        <h3 id="propose-title">{t("owner.pairing.proposeTitle")}</h3>
        <p>{t("owner.pairing.proposeIntro")}</p>
        <Form method="post" className="field-row">
          <input type="hidden" name="intent" value="propose" />
          <div className="field">
            <label htmlFor="fromWeek">{t("owner.pairing.fromWeek")}</label>
            <input
              id="fromWeek"
              name="fromWeek"
              type="number"
              min={1}
              max={52}
              defaultValue={next.fromWeek}
              aria-invalid={fieldErrors.fromWeek ? true : undefined}
              aria-describedby="fromWeek-error"
            />
            <FieldError id="fromWeek-error" errors={fieldErrors.fromWeek} />
          </div>
          <div className="field">
            <label htmlFor="toWeek">{t("owner.pairing.toWeek")}</label>
            <input
              id="toWeek"
              name="toWeek"
              type="number"
              min={1}
              max={52}
              defaultValue={next.toWeek}
              aria-invalid={fieldErrors.toWeek ? true : undefined}
              aria-describedby="toWeek-error"
            />
            <FieldError id="toWeek-error" errors={fieldErrors.toWeek} />
          </div>
          <div className="field field--button">
            <button type="submit" className="button button--secondary">
              {proposal ? t("owner.pairing.proposeAgain") : t("owner.pairing.propose")}
            </button>
          </div>
        </Form>
      </section>

      {proposal ? (
        <section className="panel" aria-labelledby="proposal-title">
          <h3 id="proposal-title">{t("owner.pairing.proposalTitle", { from: proposal.fromWeek, to: proposal.toWeek })}</h3>
          <p>{t("owner.pairing.adjustIntro")}</p>
          <Form method="post" className="stack stack--wide">
            <input type="hidden" name="intent" value="adjust" />
            <ol className="group-list">
              {proposal.groups.map((g, gi) => (
                <li key={g.id} className="card">
                  <h4>
                    {t("owner.pairing.group", { n: gi + 1 })}
                    {g.repeat ? <span className="tag"> {t("owner.pairing.repeat")}</span> : null}
                  </h4>
                  {g.members.map((m) => (
                    <div className="field field--inline" key={m.userId}>
                      <label htmlFor={`group-${m.userId}`}>
                        {m.name}
                        <span className="field-hint">
                          {" "}
                          {m.earlierPartners.length
                            ? t("owner.pairing.earlierPartners", { names: m.earlierPartners.join(", ") })
                            : t("owner.pairing.noEarlierPartners")}
                        </span>
                      </label>
                      <select id={`group-${m.userId}`} name={`group-${m.userId}`} defaultValue={gi + 1}>
                        {proposal.groups.map((_, oi) => (
                          <option key={oi} value={oi + 1}>
                            {t("owner.pairing.group", { n: oi + 1 })}
                          </option>
                        ))}
                        <option value={proposal.groups.length + 1}>{t("owner.pairing.newGroup")}</option>
                      </select>
                    </div>
                  ))}
                </li>
              ))}
            </ol>
            <button type="submit" className="button button--secondary">
              {t("owner.pairing.saveAdjust")}
            </button>
          </Form>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="publish" />
            {proposal.groups.some((g) => g.repeat) ? (
              <div className="choice">
                <input type="checkbox" id="confirm-repeats" name="confirmRepeats" value="yes" />
                <label htmlFor="confirm-repeats">{t("owner.pairing.confirmRepeats")}</label>
              </div>
            ) : null}
            <button type="submit" className="button">
              {t("owner.pairing.publish")}
            </button>
          </Form>
        </section>
      ) : null}

      <h3>{t("owner.pairing.history")}</h3>
      {history.length === 0 ? <p className="empty">{t("owner.pairing.noHistory")}</p> : null}
      {history.map((p) => (
        <section key={`${p.fromWeek}-${p.toWeek}`} aria-label={t("owner.pairing.period", { from: p.fromWeek, to: p.toWeek })}>
          <h4>{t("owner.pairing.period", { from: p.fromWeek, to: p.toWeek })}</h4>
          <ul>
            {p.groups.map((g) => (
              <li key={g.id}>{g.members.map((m) => m.name).join(", ")}</li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
