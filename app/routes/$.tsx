import { notFound } from "~/utils/auth.server";

// Any address no route claims: a real 404, shown by the shared error boundary.
export async function loader() {
  notFound();
}

export default function NotFound() {
  return null;
}
