import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";

import type { Message } from "~/components/form/FormMessage";

import type { ActionResult } from "./forms.types";

export type { ActionResult };

/** A refused submission: the status code and the messages next to the fields, nothing written. */
export function refuse(result: SubmissionResult<string[]>, status = 400, message?: Message) {
  return data<ActionResult>({ result, message: message ?? { key: "errors.formProblem" } }, { status });
}

export function clientIp(request: Request, context: { clientIp?: string }): string {
  return context.clientIp ?? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

/**
 * The posted form, or a 400 when the body is not a form at all (JSON, a broken multipart body):
 * browsers always send forms, so anything else is a broken or hostile client, not a server error.
 */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("Skjemaet kunne ikke leses. Last inn siden på nytt og prøv igjen.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

/**
 * The schema for a posted intent, or undefined. Only own keys count: `schemas[intent]` alone would
 * hand "__proto__" or "constructor" an object every literal inherits, and the parser would crash on it.
 */
export function schemaForIntent<T>(schemas: Record<string, T>, intent: string): T | undefined {
  return Object.hasOwn(schemas, intent) ? schemas[intent] : undefined;
}
