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
