import { eq } from "drizzle-orm";

import { inspectInvitation, listInvitations } from "~/models/invitation.server";
import { createEntry, getEntry } from "~/models/journal.server";
import { decodeUpload, inviteMany, previewRoster, removeParticipant, resendInvitation, revokeInvitation } from "~/models/roster.server";
import { db, schema } from "~/utils/db.server";

import { addMember, makeCohort, makeUser } from "../support/factories";

describe("inviting many people at once", () => {
  it("reads a Norwegian Excel CSV (semicolons, header, BOM) and flags problems row by row without saving anything", async () => {
    const cohort = makeCohort();
    const member = await makeUser({ email: "med@nav.example" });
    addMember(cohort.id, member.id, "participant");
    const csv =
      "\uFEFFNavn;E-post\r\nÅse Ødegård;ase@nav.example\r\n\r\nBjørn Æsøy;ikke-epost\r\n;tom@nav.example\r\nÅse Igjen;ASE@nav.example\r\nMed Lem;med@nav.example\r\n";
    const preview = previewRoster(cohort.id, csv);
    expect("rows" in preview && preview.rows.map((r) => [r.line, r.name, r.problem])).toEqual([
      [2, "Åse Ødegård", null],
      [3, "Bjørn Æsøy", "invalid-email"],
      [4, "", "missing-name"],
      [5, "Åse Igjen", "duplicate"],
      [6, "Med Lem", "member"],
    ]);
    expect(db.select().from(schema.invitations).all()).toHaveLength(0);
  });

  it("accepts a pasted list with commas and no header, and refuses wrong columns, empty lists and too many rows", () => {
    const cohort = makeCohort();
    const ok = previewRoster(cohort.id, "Kari Nordmann, kari@nav.example\nOla Nordmann, ola@nav.example");
    expect("rows" in ok && ok.rows.every((r) => !r.problem)).toBe(true);
    expect(previewRoster(cohort.id, "Fornavn;Etternavn\nKari;Nordmann")).toEqual({ error: "columns" });
    // A bare address is read; the preview asks for the name (offering one made from the address).
    const bare = previewRoster(cohort.id, "kari.nordmann@nav.example");
    expect("rows" in bare && bare.rows.map((r) => [r.email, r.problem, r.suggestion])).toEqual([
      ["kari.nordmann@nav.example", "missing-name", "Kari Nordmann"],
    ]);
    expect(previewRoster(cohort.id, "\n\n  \n")).toEqual({ error: "empty" });
    const many = Array.from({ length: 5000 }, (_, i) => `Person ${i};p${i}@nav.example`).join("\n");
    expect(previewRoster(cohort.id, many)).toEqual({ error: "too-many", count: 5000 });
  });

  it("decodes Windows-1252 files from Excel and refuses UTF-16", () => {
    const latin = Uint8Array.from([0x4e, 0xe6, 0x72, 0xf8, 0x3b, 0x61, 0x40, 0x62, 0x2e, 0x6e, 0x6f]); // "Nærø;a@b.no"
    expect(decodeUpload(latin)).toEqual({ text: "Nærø;a@b.no", decodedAs: "windows-1252" });
    const utf16 = new Uint8Array(Buffer.from("\uFEFFNavn;E-post", "utf16le"));
    expect(decodeUpload(utf16)).toBeNull();
  });

  it("creates every invitation and its e-mail in one go, or none when anything is wrong", async () => {
    const cohort = makeCohort();
    const owner = await makeUser({ name: "Hilde" });
    const result = inviteMany(
      owner,
      cohort.id,
      [
        { name: "A", email: "a@nav.example" },
        { name: "B", email: "b@nav.example" },
      ],
      "participant",
    );
    expect(result).toEqual({ ok: true, count: 2 });
    expect(listInvitations(cohort.id)).toHaveLength(2);
    expect(
      db
        .select()
        .from(schema.emailOutbox)
        .all()
        .filter((m) => m.kind === "invitation"),
    ).toHaveLength(2);
    const refused = inviteMany(
      owner,
      cohort.id,
      [
        { name: "C", email: "c@nav.example" },
        { name: "A igjen", email: "a@nav.example" },
      ],
      "participant",
    );
    expect(refused.ok).toBe(false);
    expect(listInvitations(cohort.id)).toHaveLength(2);
  });

  it("resending gives a new link and kills the old one; revoking stops it; another cohort's invitation is untouchable", async () => {
    const cohort = makeCohort();
    const other = makeCohort();
    const owner = await makeUser();
    inviteMany(owner, cohort.id, [{ name: "D", email: "d@nav.example" }], "participant");
    const inv = listInvitations(cohort.id)[0]!;
    const oldHash = db.select().from(schema.invitations).where(eq(schema.invitations.id, inv.id)).get()!.tokenHash;
    expect(resendInvitation(owner, other.id, inv.id)).toBe(false);
    expect(revokeInvitation(owner, other.id, inv.id)).toBe(false);
    expect(resendInvitation(owner, cohort.id, inv.id)).toBe(true);
    expect(db.select().from(schema.invitations).where(eq(schema.invitations.id, inv.id)).get()!.tokenHash).not.toBe(oldHash);
    expect(revokeInvitation(owner, cohort.id, inv.id)).toBe(true);
    expect(listInvitations(cohort.id)[0]!.revokedAt).not.toBeNull();
  });
});

describe("removing a participant", () => {
  it("takes them out of the cohort's counts and partnerships, and their journal stays theirs", async () => {
    const cohort = makeCohort();
    const owner = await makeUser();
    const person = await makeUser();
    addMember(cohort.id, person.id, "participant");
    const entry = createEntry(person.id, cohort.id, { title: "Mitt", body: "Fortsatt mitt", tags: [] });
    expect(removeParticipant(owner, cohort.id, person.id)).toBe(true);
    expect(db.select().from(schema.memberships).where(eq(schema.memberships.userId, person.id)).all()).toHaveLength(0);
    expect(getEntry(person.id, entry)?.body).toBe("Fortsatt mitt");
    expect(removeParticipant(owner, cohort.id, person.id)).toBe(false);
    expect(inspectInvitation("x").state).toBe("unknown");
  });
});
