// The streamed report is byte for byte the CSV the string version makes: BOM, ";", CRLF, and
// formula cells escaped — across many rows, so the stream really is read in several chunks.
import { spreadsheetCsv, spreadsheetCsvStream } from "~/utils/csv.server";

describe("the streamed spreadsheet CSV", () => {
  it("matches the string version, escaping formulas and line breaks", async () => {
    const rows = [
      ["navn", "antall"],
      ['=HYPERLINK("x")', 1],
      ["Ola\nNordmann", null],
      ...Array.from({ length: 5000 }, (_, i) => [`Deltaker ${i} Æøå`, i]),
    ];
    const streamed = Buffer.from(await new Response(spreadsheetCsvStream(rows)).arrayBuffer()).toString("utf8");
    expect(streamed).toBe(spreadsheetCsv(rows));
    expect(streamed.startsWith("\uFEFF")).toBe(true);
    expect(streamed).toContain("'=HYPERLINK");
  });
});
