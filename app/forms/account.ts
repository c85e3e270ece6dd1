import { z } from "zod";

const userId = z.coerce.number({ error: "errors.invalidChoice" }).int().positive().max(Number.MAX_SAFE_INTEGER);

/** An admin switches an account off (after ticking the confirmation) or on again. */
export const deactivateUserSchema = z.object({
  intent: z.literal("deactivate"),
  userId,
  confirm: z.literal("yes", { error: "adminArea.users.confirmError" }),
});
export const reactivateUserSchema = z.object({ intent: z.literal("reactivate"), userId });
