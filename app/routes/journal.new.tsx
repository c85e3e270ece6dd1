import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { EntryForm } from "~/components/journal/EntryForm";
import { SavedNotice } from "~/components/SavedNotice";
import { discardDraftSchema, entrySchema } from "~/forms/journal";
import { createEntry, discardDraft, getDraft, listTags, normaliseTags } from "~/models/journal.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import { requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { challengeOptions, getProgramme } from "~/utils/programme.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "journal.newTitle")];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const draft = getDraft(user.id, "new");
  return {
    userId: user.id,
    challengeOptions: challengeOptions(cohortWeekPlan(participation.cohort)),
    tags: listTags(user.id),
    draft: draft ? { title: draft.title, body: draft.body, updatedAt: draft.updatedAt.toISOString() } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const formData = await readForm(request);
  if (formData.has("discard")) {
    const discard = parseWithZod(formData, { schema: discardDraftSchema });
    if (discard.status !== "success") return refuse(discard.reply());
    discardDraft(user.id, "new");
    throw redirect("/journal/new?saved=discarded");
  }
  const submission = parseWithZod(formData, { schema: entrySchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const { title, body, tags, challenge } = submission.value;
  if (challenge && !getProgramme().challenges.has(challenge))
    return refuse(submission.reply({ fieldErrors: { challenge: ["errors.invalidChoice"] } }));
  const id = createEntry(user.id, participation.cohort.id, { title, body, tags: normaliseTags(tags ?? ""), challenge: challenge ?? null });
  throw redirect(`/journal/${id}?saved=created`);
}

export default function NewEntry() {
  const { t } = useTranslation();
  const { userId, draft, challengeOptions, tags } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  return (
    <section className="page" aria-labelledby="new-title">
      <h1 id="new-title">{t("journal.newTitle")}</h1>
      <p>{t("journal.newIntro")}</p>
      <SavedNotice keys={["discarded"]} prefix="journalDraft.saved" />
      {/* A new form after a draft is thrown away: nothing typed stays behind in the fields. */}
      <EntryForm
        key={draft?.updatedAt ?? "empty"}
        draftKey="new"
        storageKey={`journal-draft:${userId}:new`}
        initial={{ title: "", body: "", tags: "" }}
        serverDraft={draft}
        lastResult={actionData?.result}
        submitLabel={t("journal.saveEntry")}
        challengeOptions={challengeOptions}
        tagSuggestions={tags}
      />
    </section>
  );
}
