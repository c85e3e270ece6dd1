import { parseWithZod } from "@conform-to/zod/v4";
import { type ActionFunctionArgs, redirect } from "@remix-run/node";

import { languageSchema } from "~/forms/auth";
import { safeRedirect } from "~/forms/fields";
import { setLocale } from "~/models/user.server";
import { getUser } from "~/utils/auth.server";
import { readForm } from "~/utils/forms.server";
import { localeCookie } from "~/utils/i18n.server";

// Open to everyone (the sign-in page has a language switch too); a signed-in user's choice is remembered on the account.
export async function action({ request }: ActionFunctionArgs) {
  const user = await getUser(request);
  const submission = parseWithZod(await readForm(request), { schema: languageSchema });
  if (submission.status !== "success") throw new Response("Bad request", { status: 400 });
  if (user) setLocale(user.id, submission.value.locale);
  throw redirect(safeRedirect(submission.value.redirectTo), {
    headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) },
  });
}

export async function loader() {
  throw redirect("/settings");
}
