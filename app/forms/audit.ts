import { z } from "zod";

import { isValidCalendarDate } from "~/utils/programme-time";

// The audit log's filter (a GET form: bad values fall back to "no filter" rather than an error page).
const optionalDate = z.string().refine(isValidCalendarDate).optional().catch(undefined);

export const auditFilterSchema = z.object({
  person: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  cohortId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
  action: z
    .string()
    .regex(/^[a-z0-9._-]{1,60}$/)
    .optional()
    .catch(undefined),
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function readAuditFilter(url: URL) {
  const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ""));
  return auditFilterSchema.parse(raw);
}
