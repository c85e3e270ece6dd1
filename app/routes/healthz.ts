import { databaseAnswers } from "~/utils/db.server";

export async function loader() {
  const ok = databaseAnswers();
  return new Response(ok ? "ok" : "database unavailable", {
    status: ok ? 200 : 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
