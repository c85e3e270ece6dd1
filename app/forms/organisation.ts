import { z } from "zod";

import { nameField } from "./fields";

const id = z.coerce.number({ error: "errors.invalidChoice" }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const renameOrganisationSchema = z.object({ intent: z.literal("rename"), organisationId: id, name: nameField });

/** Send a pending owner invitation again (new link) or revoke it. */
export const ownerInvitationActionSchema = z.object({
  intent: z.enum(["resend-owner", "revoke-owner"], { error: "errors.invalidChoice" }),
  organisationId: id,
  invitationId: id,
});
