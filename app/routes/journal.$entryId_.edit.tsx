import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { EntryForm } from "~/components/journal/EntryForm";
import { SavedNotice } from "~/components/SavedNotice";
import { discardDraftSchema, entrySchema } from "~/forms/journal";
import { discardDraft, getDraft, getEntry, listTags, normaliseTags, updateEntry } from "~/models/journal.server";
import { cohortWeekPlan } from "~/models/year-plan.server";
import { notFound, parseId, requireParticipant } from "~/utils/auth.server";
import { type ActionResult, readForm, refuse } from "~/utils/forms.server";
import { pageTitle } from "~/utils/page-title";
import { challengeOptions, getProgramme } from "~/utils/programme.server";

export const meta: MetaFunction = ({ matches }) => [...pageTitle(matches, "journal.editTitle")];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, participation } = await requireParticipant(request);
  const entry = getEntry(user.id, parseId(params.entryId));
  if (!entry) notFound();
  const draft = getDraft(user.id, String(entry.id));
  return {
    userId: user.id,
    entry: {
      id: entry.id,
      title: entry.title,
      body: entry.body,
      tags: entry.tags.join(", "),
      challenge: entry.source === "challenge" ? (entry.sourceRef ?? "") : "",
    },
    challengeOptions: entry.source === "module_prompt" ? undefined : challengeOptions(cohortWeekPlan(participation.cohort)),
    tags: listTags(user.id),
    draft:
      draft && draft.updatedAt > entry.updatedAt
        ? { title: draft.title, body: draft.body, updatedAt: draft.updatedAt.toISOString() }
        : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireParticipant(request);
  const id = parseId(params.entryId);
  if (!getEntry(user.id, id)) notFound();
  const formData = await readForm(request);
  if (formData.has("discard")) {
    const discard = parseWithZod(formData, { schema: discardDraftSchema });
    if (discard.status !== "success") return refuse(discard.reply());
    discardDraft(user.id, String(id));
    throw redirect(`/journal/${id}/edit?saved=discarded`);
  }
  const submission = parseWithZod(formData, { schema: entrySchema });
  if (submission.status !== "success") return refuse(submission.reply());
  const { title, body, tags, challenge } = submission.value;
  if (challenge && !getProgramme().challenges.has(challenge))
    return refuse(submission.reply({ fieldErrors: { challenge: ["errors.invalidChoice"] } }));
  updateEntry(user.id, id, { title, body, tags: normaliseTags(tags ?? ""), challenge: challenge ?? null });
  throw redirect(`/journal/${id}?saved=updated`);
}

export default function EditEntry() {
  const { t } = useTranslation();
  const { userId, entry, draft, challengeOptions, tags } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionResult>();
  return (
    <section className="page" aria-labelledby="edit-title">
      <p className="eyebrow">
        <Link to={`/journal/${entry.id}`}>{t("journal.backToEntry")}</Link>
      </p>
      <h1 id="edit-title">{t("journal.editTitle")}</h1>
      <SavedNotice keys={["discarded"]} prefix="journalDraft.saved" />
      <EntryForm
        key={draft?.updatedAt ?? "saved"}
        draftKey={String(entry.id)}
        storageKey={`journal-draft:${userId}:${entry.id}`}
        initial={{ title: entry.title, body: entry.body, tags: entry.tags, challenge: entry.challenge }}
        serverDraft={draft}
        lastResult={actionData?.result}
        submitLabel={t("journal.saveChanges")}
        challengeOptions={challengeOptions}
        tagSuggestions={tags}
      />
    </section>
  );
}
