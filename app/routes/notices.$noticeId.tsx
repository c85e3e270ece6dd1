import { type LoaderFunctionArgs, redirect } from "@remix-run/node";

import { openNotice } from "~/models/notice.server";
import { notFound, parseId, requireUser } from "~/utils/auth.server";

// Opening a notice marks it read and goes where it points.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const link = openNotice(user.id, parseId(params.noticeId));
  if (!link) notFound();
  throw redirect(link);
}

// Never shown: the loader always redirects or throws. Having a component makes this a page route,
// so an unknown notice gets the app's plain-language 404 page instead of a bare "Not found".
export default function OpenNotice() {
  return null;
}
