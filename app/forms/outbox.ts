import { z } from "zod";

/** An admin sends a waiting or failed mail again, or stops it; reading it is not an action. */
export const outboxActionSchema = z.object({
  intent: z.enum(["retry", "cancel"], { error: "errors.invalidChoice" }),
  mailId: z.coerce.number({ error: "errors.invalidChoice" }).int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** The states a mail goes through (shared by the outbox model and the page's filter). */
export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed", "cancelled"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
