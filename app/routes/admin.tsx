import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";

import { requireOwner } from "~/utils/auth.server";

// The owner area: programme owners and admins only; everyone else gets 403 for every /admin URL.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireOwner(request);
  return null;
}

export default function AdminLayout() {
  return <Outlet />;
}
