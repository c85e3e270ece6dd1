import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs } from "@remix-run/node";

import { draftSchema } from "~/forms/journal";
import { getParticipation } from "~/models/cohort.server";
import { saveDraft } from "~/models/journal.server";
import { getUser } from "~/utils/auth.server";
import { readForm } from "~/utils/forms.server";

// Autosave of a journal draft (called in the background while typing). It answers 401 instead of
// redirecting when the session has expired, so the writer stays on the page; the text is also kept
// in the browser and restored after signing in.
export async function action({ request }: ActionFunctionArgs) {
  const user = await getUser(request);
  if (!user) return Response.json({ ok: false, reason: "signed-out" }, { status: 401 });
  // Only participants keep a journal; for anyone else there is nothing here.
  if (!getParticipation(user.id)) return Response.json({ ok: false, reason: "not-found" }, { status: 404 });
  const submission = parseWithZod(await readForm(request), { schema: draftSchema });
  if (submission.status !== "success") return Response.json({ ok: false, reason: "invalid" }, { status: 400 });
  const { draftKey, title, body } = submission.value;
  if (!saveDraft(user.id, draftKey, { title, body })) return Response.json({ ok: false, reason: "not-found" }, { status: 404 });
  return Response.json({ ok: true });
}

export async function loader() {
  throw new Response("Not found", { status: 404 });
}
