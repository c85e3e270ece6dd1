import { nameFromAddress, parseInviteeList } from "~/models/invitee-list.server";
import { previewRoster } from "~/models/roster.server";

import { makeCohort } from "../support/factories";

const people = (text: string) => {
  const parsed = parseInviteeList(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.records.map((r) => [r.name, r.email]);
};

describe("pasted lists of people to invite, in the shapes they come in", () => {
  it("reads Outlook's «Navn <e-post>; Navn <e-post>», quoted names with commas included", () => {
    expect(people('Kari Nordmann <kari@nav.no>; "Hansen, Ola" <ola@nav.no>; Per Ås <per.as@nav.no>')).toEqual([
      ["Kari Nordmann", "kari@nav.no"],
      ["Hansen, Ola", "ola@nav.no"],
      ["Per Ås", "per.as@nav.no"],
    ]);
    // Outlook separated by commas, over several lines
    expect(people("Kari Nordmann <kari@nav.no>,\nOla Hansen <ola@nav.no>")).toEqual([
      ["Kari Nordmann", "kari@nav.no"],
      ["Ola Hansen", "ola@nav.no"],
    ]);
  });

  it("reads Excel's tab-separated columns in either order, with or without a header", () => {
    expect(people("Kari Nordmann\tkari@nav.no\nOla Hansen\tola@nav.no")).toEqual([
      ["Kari Nordmann", "kari@nav.no"],
      ["Ola Hansen", "ola@nav.no"],
    ]);
    expect(people("E-post\tNavn\nkari@nav.no\tKari Nordmann")).toEqual([["Kari Nordmann", "kari@nav.no"]]);
    expect(people("kari@nav.no\tKari Nordmann")).toEqual([["Kari Nordmann", "kari@nav.no"]]);
  });

  it("reads «e-post;navn» and «navn, e-post», and plain lists on one line or many", () => {
    expect(people("kari@nav.no;Kari Nordmann\nola@nav.no;Ola Hansen")).toEqual([
      ["Kari Nordmann", "kari@nav.no"],
      ["Ola Hansen", "ola@nav.no"],
    ]);
    expect(people("Kari Nordmann, kari@nav.no")).toEqual([["Kari Nordmann", "kari@nav.no"]]);
    expect(people("kari@nav.no; ola@nav.no, per@nav.no")).toEqual([
      ["", "kari@nav.no"],
      ["", "ola@nav.no"],
      ["", "per@nav.no"],
    ]);
    expect(people("kari@nav.no\nola@nav.no\n")).toEqual([
      ["", "kari@nav.no"],
      ["", "ola@nav.no"],
    ]);
  });

  it("keeps a line with a name and no address so the preview can ask for it", () => {
    expect(people("Kari Nordmann;kari@nav.no\nOla Hansen")).toEqual([
      ["Kari Nordmann", "kari@nav.no"],
      ["Ola Hansen", ""],
    ]);
  });

  it("the Outlook paste that used to give «0 av 1 kan inviteres» gives every person ready", () => {
    const cohort = makeCohort();
    const preview = previewRoster(cohort.id, "Kari Nordmann <kari@nav.example>; Ola Hansen <ola@nav.example>");
    expect("rows" in preview && preview.rows.map((r) => [r.name, r.email, r.problem])).toEqual([
      ["Kari Nordmann", "kari@nav.example", null],
      ["Ola Hansen", "ola@nav.example", null],
    ]);
  });

  it("offers a name made from an address with a separator, nothing from one without", () => {
    expect(nameFromAddress("kari.nordmann@nav.no")).toBe("Kari Nordmann");
    expect(nameFromAddress("ola_ås-hansen@nav.no")).toBe("Ola Ås Hansen");
    expect(nameFromAddress("kn1234@nav.no")).toBe("");
  });
});
