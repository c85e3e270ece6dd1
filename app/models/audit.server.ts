import { desc, eq, sql } from "drizzle-orm";

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

export type AuditFilter = {
  /** Part of a name or e-mail: entries this person did, or that were about them. */
  person?: string;
  cohortId?: number;
  action?: string;
  /** Calendar dates (Europe/Oslo), inclusive. */
  from?: string;
  to?: string;
};

export type AuditRow = {
  id: number;
  at: number;
  action: string;
  subjectType: string;
  subjectId: string | null;
  detail: string;
  actor: string | null;
  actorEmail: string | null;
  subjectName: string | null;
  cohortName: string | null;
};

export const AUDIT_PAGE = 50;

// Oslo midnight is one or two hours before UTC midnight; the filter takes the wider hour so a
// date range never loses an entry near midnight (it may show one from 23:00 the day before).
function dayStartMs(date: string) {
  return Date.parse(`${date}T00:00:00Z`) - 2 * 3_600_000;
}

function where(f: AuditFilter) {
  const parts = [sql`1 = 1`];
  if (f.person) {
    const like = `%${f.person.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`(
      a.actor_id in (select id from users where lower(name) like ${like} escape '\\' or email like ${like} escape '\\')
      or (a.subject_type = 'user' and a.subject_id in (select cast(id as text) from users where lower(name) like ${like} escape '\\' or email like ${like} escape '\\'))
    )`);
  }
  if (f.cohortId)
    parts.push(
      sql`((a.subject_type = 'cohort' and a.subject_id = ${String(f.cohortId)}) or json_extract(a.detail, '$.cohortId') = ${f.cohortId})`,
    );
  if (f.action) parts.push(sql`a.action = ${f.action}`);
  if (f.from) parts.push(sql`a.at >= ${dayStartMs(f.from)}`);
  if (f.to) parts.push(sql`a.at < ${dayStartMs(f.to) + 26 * 3_600_000}`);
  return sql.join(parts, sql` and `);
}

const SELECT = sql`
  select a.id, a.at, a.action, a.subject_type as subjectType, a.subject_id as subjectId, a.detail,
    actor.name as actor, actor.email as actorEmail,
    case a.subject_type
      when 'user' then (select name || ' <' || email || '>' from users where cast(id as text) = a.subject_id)
      when 'cohort' then (select name from cohorts where cast(id as text) = a.subject_id)
      when 'organisation' then (select name from organisations where cast(id as text) = a.subject_id)
    end as subjectName,
    (select name from cohorts where id = coalesce(json_extract(a.detail, '$.cohortId'), case when a.subject_type = 'cohort' then cast(a.subject_id as integer) end)) as cohortName
  from audit_log a left join users actor on actor.id = a.actor_id`;

/** One page of the audit log, newest first, with the total for the pager. For admins only. */
export function searchAudit(f: AuditFilter, page = 1) {
  const total = db.get<{ n: number }>(sql`select count(*) as n from audit_log a where ${where(f)}`)!.n;
  const rows = db.all<AuditRow>(
    sql`${SELECT} where ${where(f)} order by a.at desc, a.id desc limit ${AUDIT_PAGE} offset ${(page - 1) * AUDIT_PAGE}`,
  );
  return { total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE)), rows };
}

/** Every matching entry, oldest first, for the CSV export (an access request about one person). */
export function exportAudit(f: AuditFilter, limit = 100_000) {
  return db.all<AuditRow>(sql`${SELECT} where ${where(f)} order by a.at asc, a.id asc limit ${limit}`);
}

/** The actions that occur in the log, for the filter. */
export function auditActions() {
  return db.all<{ action: string }>(sql`select distinct action from audit_log order by action`).map((r) => r.action);
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
