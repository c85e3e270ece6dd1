// The audit log in plain words, for the page and the CSV: a locale text per action code, the
// subject by name, and the detail's counts and dates with labels instead of raw JSON.
type T = (key: string, options?: Record<string, unknown>) => string;

export type AuditTextRow = {
  action: string;
  subjectType: string;
  subjectId: string | null;
  subjectName: string | null;
  detail: string;
};

/** i18next reads dots as nesting, so "invitation.owner" is looked up as "invitation_owner". */
export function actionLabel(t: T, action: string) {
  return t(`auditLog.action.${action.replace(/[.]/g, "_")}`, { defaultValue: t("auditLog.action.other", { code: action }) });
}

export function subjectLabel(t: T, row: AuditTextRow) {
  if (row.subjectName) return row.subjectName;
  if (row.subjectId === null) return "–";
  // These are looked up by name; no name means the row is gone (a deleted account, for one).
  if (["user", "cohort", "organisation"].includes(row.subjectType)) return t("auditLog.subject.removed", { id: row.subjectId });
  return t(`auditLog.subject.${row.subjectType}`, {
    id: row.subjectId,
    defaultValue: t("auditLog.subject.removed", { id: row.subjectId }),
  });
}

// Ids the other columns already name, or that mean nothing to a reader.
const HIDDEN = new Set(["cohortId", "noteId", "statusId"]);

export function detailLabel(t: T, detail: string) {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(detail) as Record<string, unknown>;
  } catch {
    return "";
  }
  return Object.entries(parsed)
    .filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== undefined && v !== "")
    .map(([k, v]) => {
      const value =
        typeof v === "boolean"
          ? t(v ? "auditLog.yes" : "auditLog.no")
          : Array.isArray(v)
            ? v.join(", ")
            : typeof v === "object"
              ? "…"
              : String(v);
      return `${t(`auditLog.detail.${k}`, { defaultValue: k })}: ${value}`;
    })
    .join(" · ");
}
