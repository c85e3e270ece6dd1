import type { SubmissionResult } from "@conform-to/react";

import type { Message } from "~/components/form/FormMessage";

/** What a form action answers: Conform's result (field messages) and a message about the whole form. */
export type ActionResult = { result?: SubmissionResult<string[]>; message?: Message };
