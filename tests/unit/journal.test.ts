import {
  createEntry,
  deleteEntry,
  discardDraft,
  exportEntries,
  ftsQuery,
  getDraft,
  getEntry,
  listEntries,
  listTags,
  normaliseTags,
  saveDraft,
  updateEntry,
} from "~/models/journal.server";

import { makeUser } from "../support/factories";

describe("the reflection journal", () => {
  it("creates, reads, edits and deletes the author's own entry", async () => {
    const me = await makeUser();
    const id = createEntry(me.id, null, { title: "Fagmøtet", body: "Det ble stille da jeg spurte.", tags: ["fagmøte"] });
    expect(getEntry(me.id, id)).toMatchObject({ title: "Fagmøtet", tags: ["fagmøte"], source: "free", sharedWith: [] });
    expect(updateEntry(me.id, id, { title: "Fagmøtet i dag", body: "Ny tekst", tags: ["trygghet", "fagmøte"] })).toBe(true);
    expect(getEntry(me.id, id)).toMatchObject({ title: "Fagmøtet i dag", tags: ["fagmøte", "trygghet"] });
    expect(deleteEntry(me.id, id)).toBe(true);
    expect(getEntry(me.id, id)).toBeNull();
  });

  it("never lets anyone else read, change, share or delete an entry", async () => {
    const me = await makeUser();
    const other = await makeUser();
    const id = createEntry(me.id, null, { title: "Privat", body: "Bare for meg", tags: [] });
    expect(getEntry(other.id, id)).toBeNull();
    expect(updateEntry(other.id, id, { title: "x", body: "x", tags: [] })).toBe(false);
    expect(deleteEntry(other.id, id)).toBe(false);
    expect(listEntries(other.id).map((e) => e.id)).not.toContain(id);
    expect(exportEntries(other.id).map((e) => e.id)).not.toContain(id);
    expect(getEntry(me.id, id)).toMatchObject({ title: "Privat", sharedWith: [] });
  });

  it("finds entries by words (also word beginnings and æøå) and filters by source and tag", async () => {
    const me = await makeUser();
    createEntry(me.id, null, { title: "Porteføljegjennomgang", body: "Jobbspesialisten satte agendaen selv.", tags: ["veiledning"] });
    createEntry(me.id, null, { title: "Kvartalstall", body: "Tallene ble en god samtale om utetid.", tags: ["måltall"] });
    expect(listEntries(me.id, { q: "agendaen" }).map((e) => e.title)).toEqual(["Porteføljegjennomgang"]);
    expect(listEntries(me.id, { q: "portefølje" }).map((e) => e.title)).toEqual(["Porteføljegjennomgang"]);
    expect(listEntries(me.id, { q: "samtale utetid" }).map((e) => e.title)).toEqual(["Kvartalstall"]);
    expect(listEntries(me.id, { tag: "måltall" }).map((e) => e.title)).toEqual(["Kvartalstall"]);
    expect(listEntries(me.id, { source: "challenge" })).toEqual([]);
    expect(listTags(me.id)).toEqual(["måltall", "veiledning"]);
  });

  it("treats search syntax and hostile input as plain words, never as an error", async () => {
    const me = await makeUser();
    createEntry(me.id, null, { title: "Tittel", body: "tekst", tags: [] });
    for (const q of ['"', "*", "NEAR(a b)", "a OR b", "'; drop table users; --", "title:x", "(", "🙂", "   "]) {
      expect(() => listEntries(me.id, { q })).not.toThrow();
    }
    expect(ftsQuery('sa"y')).toBe('"sa"* "y"*');
  });

  it("normalises tags: trimmed, lower case, no duplicates, at most ten", () => {
    expect(normaliseTags(" Fagmøte, trygghet ,fagmøte,, ")).toEqual(["fagmøte", "trygghet"]);
    expect(normaliseTags(Array.from({ length: 15 }, (_, i) => `t${i}`).join(","))).toHaveLength(10);
  });

  it("keeps a draft on the server until the entry is saved", async () => {
    const me = await makeUser();
    expect(saveDraft(me.id, "new", { title: "Halvferdig", body: "Jeg skrev og så..." })).toBe(true);
    expect(getDraft(me.id, "new")).toMatchObject({ title: "Halvferdig" });
    createEntry(me.id, null, { title: "Ferdig", body: "Tekst", tags: [] });
    expect(getDraft(me.id, "new")).toBeNull();
    // A late autosave of the text just saved does not bring the draft back.
    saveDraft(me.id, "new", { title: "Ferdig", body: "Tekst" });
    expect(getDraft(me.id, "new")).toBeNull();
    const other = await makeUser();
    const theirs = createEntry(other.id, null, { title: "Deres", body: "x", tags: [] });
    expect(saveDraft(me.id, String(theirs), { title: "x", body: "y" })).toBe(false);
    saveDraft(me.id, "new", { title: "a", body: "b" });
    discardDraft(me.id, "new");
    expect(getDraft(me.id, "new")).toBeNull();
  });

  it("a double-submitted new entry is saved once", async () => {
    const me = await makeUser();
    const a = createEntry(me.id, null, { title: "Samme", body: "Samme tekst", tags: [] });
    const b = createEntry(me.id, null, { title: "Samme", body: "Samme tekst", tags: [] });
    expect(b).toBe(a);
    expect(listEntries(me.id)).toHaveLength(1);
  });
});

describe("linking an entry to a leader challenge", () => {
  it("links and unlinks a free entry, and keeps a module-prompt answer tied to its prompt", async () => {
    const me = await makeUser();
    const id = createEntry(me.id, null, { title: "Om utfordringen", body: "Tekst", tags: [], challenge: "trygghet-del-en-feil" });
    expect(getEntry(me.id, id)).toMatchObject({ source: "challenge", sourceRef: "trygghet-del-en-feil" });
    updateEntry(me.id, id, { title: "Om utfordringen", body: "Tekst", tags: [], challenge: null });
    expect(getEntry(me.id, id)).toMatchObject({ source: "free", sourceRef: null });
    const { db, schema } = await import("~/utils/db.server");
    const prompt = db
      .insert(schema.journalEntries)
      .values({
        userId: me.id,
        title: "Svar",
        body: "Svar",
        source: "module_prompt",
        sourceRef: "veiledning#hvem-veileder-deg",
        updatedAt: new Date(),
      })
      .returning()
      .get();
    updateEntry(me.id, prompt.id, { title: "Nytt svar", body: "Nytt", tags: [], challenge: "trygghet-del-en-feil" });
    expect(getEntry(me.id, prompt.id)).toMatchObject({
      title: "Nytt svar",
      source: "module_prompt",
      sourceRef: "veiledning#hvem-veileder-deg",
    });
  });
});
