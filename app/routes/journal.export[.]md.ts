import type { LoaderFunctionArgs } from "@remix-run/node";

import { entriesAsMarkdown, exportEntries } from "~/models/journal.server";
import { requireParticipant } from "~/utils/auth.server";
import { translator } from "~/utils/i18n.server";

// The author's whole journal as Markdown: theirs to keep.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireParticipant(request);
  const t = translator(user.locale);
  const md = entriesAsMarkdown(
    exportEntries(user.id),
    t("journal.exportHeading", { name: user.name }),
    {
      created: t("journal.exportCreated"),
      tags: t("journal.fields.tags"),
      shared: t("journal.sharedWithLabel"),
      at: (date, time) => t("journalExport.at", { date, time }),
    },
    user.locale,
  );
  return new Response(md, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": 'attachment; filename="refleksjonslogg.md"',
      "Cache-Control": "no-store",
    },
  });
}
