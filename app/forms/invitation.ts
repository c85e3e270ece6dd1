import { z } from "zod";

import { emailField, nameField } from "./fields";

export const inviteSchema = z.object({
  name: nameField,
  email: emailField,
  role: z.enum(["participant", "owner"], { error: "errors.invalidChoice" }),
});
