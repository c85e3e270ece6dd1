import { db, schema } from "~/utils/db.server";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Records an owner or admin action. `detail` holds ids and counts, never personal content. */
export function audit(
  tx: Tx | typeof db,
  entry: { actorId: number | null; action: string; subjectType: string; subjectId?: string | number | null; detail?: Record<string, unknown> },
) {
  tx.insert(schema.auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId == null ? null : String(entry.subjectId),
      detail: JSON.stringify(entry.detail ?? {}),
      at: new Date(),
    })
    .run();
}
