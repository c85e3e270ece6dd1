import { desc, eq } from "drizzle-orm";

import * as clock from "~/utils/clock.server";
import { db, schema } from "~/utils/db.server";

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Records an owner or admin action. `detail` holds ids and counts, never personal content. */
export function audit(
  tx: Tx | typeof db,
  entry: {
    actorId: number | null;
    action: string;
    subjectType: string;
    subjectId?: string | number | null;
    detail?: Record<string, unknown>;
  },
) {
  tx.insert(schema.auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId == null ? null : String(entry.subjectId),
      detail: JSON.stringify(entry.detail ?? {}),
      at: clock.now(),
    })
    .run();
}

/** The latest owner and admin actions, for admins: who did what to which subject (ids and counts only). */
export function listAudit(limit = 200) {
  return db
    .select({
      id: schema.auditLog.id,
      action: schema.auditLog.action,
      subjectType: schema.auditLog.subjectType,
      subjectId: schema.auditLog.subjectId,
      detail: schema.auditLog.detail,
      at: schema.auditLog.at,
      actor: schema.users.name,
    })
    .from(schema.auditLog)
    .leftJoin(schema.users, eq(schema.users.id, schema.auditLog.actorId))
    .orderBy(desc(schema.auditLog.id))
    .limit(limit)
    .all();
}
