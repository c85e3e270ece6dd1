import { and, eq } from "drizzle-orm";

import { getParticipation } from "~/models/cohort.server";
import { listModules, readModule, saveReflection, setModuleCompleted } from "~/models/module.server";
import { db, schema } from "~/utils/db.server";

import { addMember, makeCohort, makeUser } from "../support/factories";

// Week 21 of a cohort that started 29 June 2026: programme month 5.
const NOW = new Date("2026-11-22T12:00:00+01:00");

async function participant() {
  const cohort = makeCohort({ startDate: "2026-06-29" });
  const user = await makeUser();
  addMember(cohort.id, user.id, "participant");
  return { user, participation: getParticipation(user.id, NOW)! };
}

const entriesOf = (userId: number) => db.select().from(schema.journalEntries).where(eq(schema.journalEntries.userId, userId)).all();

describe("modules for a participant", () => {
  it("opens the modules of this month and earlier, and says when the others open", async () => {
    const { user, participation } = await participant();
    const list = await listModules(user.id, participation);
    expect(list.filter((m) => m.state !== "locked").map((m) => m.month)).toEqual([1, 2, 3, 4, 5]);
    const anerkjennelse = list.find((m) => m.slug === "anerkjennelse")!;
    expect(anerkjennelse.state).toBe("locked");
    expect(anerkjennelse.opensOn).toBe("2026-12-28"); // first week of programme month 7
  });

  it("records that a module was started on the first read, and refuses locked or unknown modules", async () => {
    const { user, participation } = await participant();
    const view = await readModule(user.id, participation, "psykologisk-trygghet", NOW);
    expect(view?.kind).toBe("open");
    expect((await listModules(user.id, participation)).find((m) => m.slug === "psykologisk-trygghet")!.state).toBe("started");
    expect((await readModule(user.id, participation, "anerkjennelse", NOW))?.kind).toBe("locked");
    expect(await readModule(user.id, participation, "finnes-ikke", NOW)).toBeNull();
  });

  it("saves a reflection as one private journal entry per prompt, updated when answered again", async () => {
    const { user, participation } = await participant();
    const first = await saveReflection(user.id, participation, "psykologisk-trygghet", "jeg-vet-ikke", "Første svar", NOW);
    const again = await saveReflection(user.id, participation, "psykologisk-trygghet", "jeg-vet-ikke", "Bedre svar", NOW);
    expect(first).toEqual(again);
    const entries = entriesOf(user.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      body: "Bedre svar",
      source: "module_prompt",
      sourceRef: "psykologisk-trygghet#jeg-vet-ikke",
    });
    expect(entries[0]!.title).toContain("jeg vet ikke");
    const view = await readModule(user.id, participation, "psykologisk-trygghet", NOW);
    expect(view?.kind === "open" && view.answers["jeg-vet-ikke"]?.body).toBe("Bedre svar");
  });

  it("keeps one reader's answers away from another reader", async () => {
    const a = await participant();
    const b = await participant();
    await saveReflection(a.user.id, a.participation, "veiledning", "hvem-veileder-deg", "Bare mitt", NOW);
    const view = await readModule(b.user.id, b.participation, "veiledning", NOW);
    expect(view?.kind === "open" && Object.keys(view.answers)).toEqual([]);
  });

  it("refuses an unknown prompt, an unknown module and a module not yet open, and saves nothing", async () => {
    const { user, participation } = await participant();
    expect(await saveReflection(user.id, participation, "veiledning", "finnes-ikke", "Tekst", NOW)).toEqual({
      ok: false,
      reason: "unknown-prompt",
    });
    expect(await saveReflection(user.id, participation, "nei", "x", "Tekst", NOW)).toEqual({ ok: false, reason: "not-found" });
    expect(await saveReflection(user.id, participation, "anerkjennelse", "ros-som-unngaaelse", "Tekst", NOW)).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(entriesOf(user.id)).toHaveLength(0);
  });

  it("marks a module completed and not completed again", async () => {
    const { user, participation } = await participant();
    expect(setModuleCompleted(user.id, participation, "veiledning", true, NOW)).toBe(true);
    const row = () =>
      db
        .select()
        .from(schema.moduleProgress)
        .where(and(eq(schema.moduleProgress.userId, user.id), eq(schema.moduleProgress.moduleSlug, "veiledning")))
        .get();
    expect(row()?.completedAt?.getTime()).toBe(NOW.getTime());
    expect(setModuleCompleted(user.id, participation, "veiledning", true, new Date(NOW.getTime() + 1000))).toBe(true);
    expect(row()?.completedAt?.getTime()).toBe(NOW.getTime()); // the first completion date stays
    setModuleCompleted(user.id, participation, "veiledning", false, NOW);
    expect(row()?.completedAt).toBeNull();
    expect(setModuleCompleted(user.id, participation, "anerkjennelse", true, NOW)).toBe(false);
  });
});

describe("the reflection form", () => {
  it("refuses an empty answer and one over 20,000 characters, with messages for the field", async () => {
    const { parseWithZod } = await import("@conform-to/zod/v4");
    const { reflectionSchema } = await import("~/forms/module");
    const form = (body: string) => {
      const fd = new FormData();
      fd.set("intent", "reflect");
      fd.set("promptId", "jeg-vet-ikke");
      fd.set("body", body);
      return parseWithZod(fd, { schema: reflectionSchema });
    };
    const errors = (body: string) => {
      const s = form(body);
      return s.status === "success" ? undefined : s.error?.body;
    };
    expect(errors("   ")).toEqual(["errors.reflectionEmpty"]);
    expect(errors("x".repeat(20_001))).toEqual(["errors.reflectionTooLong"]);
    expect(form("x".repeat(20_000)).status).toBe("success");
  });
});
