// Fills each reflection slot of server-rendered content with its answer form: a plain HTML form
// that posts to the module page and comes back to the prompt (#id). It works without JavaScript
// and needs no evaluation of content code in the browser. Pure string work, so server and client
// produce the same markup (no hydration mismatch).
import type { TFunction } from "i18next";

import { REFLECTION_MAX } from "~/forms/module";

export type SlotState = { value: string; saved: boolean; error?: string; justSaved?: boolean };

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export function reflectionFormHtml(moduleSlug: string, promptId: string, state: SlotState, t: TFunction): string {
  const e = escapeHtml;
  const field = `${promptId}-answer`;
  const describedBy = [`${field}-hint`, state.error ? `${field}-error` : null].filter(Boolean).join(" ");
  return [
    `<form method="post" action="/modules/${e(moduleSlug)}#${e(promptId)}" class="stack reflection__form">`,
    `<input type="hidden" name="intent" value="reflect"><input type="hidden" name="promptId" value="${e(promptId)}">`,
    `<div class="field"><label for="${field}">${e(t("content.reflection.label"))}</label>`,
    `<p class="field-hint" id="${field}-hint">${e(t("content.reflection.hint"))}</p>`,
    `<textarea id="${field}" name="body" rows="5" maxlength="${REFLECTION_MAX}" aria-describedby="${describedBy}"${state.error ? ' aria-invalid="true"' : ""}>${e(state.value)}</textarea>`,
    state.error ? `<p class="field-error" id="${field}-error">${e(t(state.error))}</p>` : "",
    `</div>`,
    `<button type="submit" class="button button--secondary">${e(t(state.saved ? "content.reflection.update" : "content.reflection.save"))}</button>`,
    state.justSaved ? `<p class="notice notice--success" role="status">${e(t("content.reflection.saved"))}</p>` : "",
    `</form>`,
  ].join("");
}

export function fillReflectionSlots(html: string, moduleSlug: string, states: Record<string, SlotState>, t: TFunction): string {
  return html.replace(/<div data-reflection-slot="([a-z0-9-]+)"><\/div>/g, (_, id: string) =>
    reflectionFormHtml(moduleSlug, id, states[id] ?? { value: "", saved: false }, t),
  );
}
