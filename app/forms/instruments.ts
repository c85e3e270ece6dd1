// The forms of the instruments. Questions come from content (content/instruments), so a schema is
// built per instrument: one field `q_<item id>` per statement, and `note_<item id>` for a private
// note where the instrument asks for one.
import { z } from "zod";

import { hasControlCharacters } from "~/utils/control-characters";

type Questions = { items: readonly { id: string }[]; scale: { min: number; max: number }; notePrompt?: string };

export const answerField = (id: string) => `q_${id}`;
export const noteField = (id: string) => `note_${id}`;
export const countField = (item: number, value: number) => `c_${item}_${value}`;

const slugField = z
  .string({ error: "errors.invalidChoice" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "errors.invalidChoice")
  .max(80, "errors.invalidChoice");

function scaleValue(instrument: Questions) {
  return z.coerce
    .number({ error: "instruments.errors.answerEach" })
    .int("instruments.errors.answerEach")
    .min(instrument.scale.min, "instruments.errors.answerEach")
    .max(instrument.scale.max, "instruments.errors.answerEach");
}

const questions = (instrument: Questions) => Object.fromEntries(instrument.items.map((i) => [answerField(i.id), scaleValue(instrument)]));

/** A participant's own answers to one occasion of a self instrument. */
export function selfAssessmentSchema(instrument: Questions) {
  const notes = instrument.notePrompt
    ? Object.fromEntries(
        instrument.items.map((i) => [
          noteField(i.id),
          z
            .string()
            .trim()
            .max(1_000, "errors.tooLong")
            .refine((s) => !hasControlCharacters(s, { multiline: true }), "errors.invalidCharacters")
            .optional(),
        ]),
      )
    : {};
  return z.object({ intent: z.literal("save"), instrument: slugField, occasion: slugField, ...questions(instrument), ...notes });
}

/** A team member's anonymous answer: the statements, nothing else. */
export function pulseAnswerSchema(instrument: Questions) {
  return z.object(questions(instrument));
}

const pulseId = z.coerce
  .number({ error: "errors.invalidChoice" })
  .int("errors.invalidChoice")
  .positive("errors.invalidChoice")
  .max(Number.MAX_SAFE_INTEGER, "errors.invalidChoice");

export const openPulseSchema = z.object({
  intent: z.literal("open"),
  instrument: slugField,
  closesOn: z.string({ error: "errors.required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "errors.dateInvalid"),
  mode: z.enum(["link", "paper"], { error: "errors.invalidChoice" }),
});

export const closePulseSchema = z.object({ intent: z.literal("close"), pulseId });

/** The counts typed from paper slips: per statement, how many circled each value. */
export function paperCountsSchema(instrument: Questions) {
  const cells: Record<string, z.ZodType<number>> = {};
  instrument.items.forEach((_, i) => {
    for (let v = instrument.scale.min; v <= instrument.scale.max; v++)
      cells[countField(i, v)] = z.coerce
        .number({ error: "instruments.errors.countInvalid" })
        .int("instruments.errors.countInvalid")
        .min(0, "instruments.errors.countInvalid")
        .max(60, "instruments.errors.countInvalid")
        .default(0);
  });
  return z.object({ intent: z.literal("paper"), pulseId, ...cells });
}
