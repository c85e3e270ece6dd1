// Every CSV the product writes goes through here, so none can forget formula escaping.
// Spreadsheets run a cell that starts with = + - @ (or tab/CR, which some strip first) as a
// formula; a participant who names themselves =HYPERLINK(…) could then exfiltrate the row of an
// owner who opens the report. csv-stringify prefixes such cells with ' (OWASP "CSV injection").
import { Readable } from "node:stream";

import { createReadableStreamFromReadable } from "@remix-run/node";
import { type Options, stringify as stringifyStream } from "csv-stringify";
import { stringify } from "csv-stringify/sync";

type Cell = string | number | null | undefined;

/** UTF-8 with a BOM and ";" between cells, so Norwegian Excel opens it with æøå intact. */
const OPTIONS: Options = {
  delimiter: ";",
  bom: true,
  record_delimiter: "windows",
  escape_formulas: true,
  // csv-stringify quotes a cell holding the whole "\r\n" delimiter but not a lone CR or LF,
  // which would split the row in a spreadsheet.
  quoted_match: /[\r\n]/,
};

export function spreadsheetCsv(rows: Cell[][]): string {
  return stringify(rows, OPTIONS);
}

/**
 * The same CSV as a stream for a Response body: rows are turned into text as the client reads,
 * so a report of thousands of rows never sits in memory as one string (ADR 026).
 */
export function spreadsheetCsvStream(rows: Iterable<Cell[]>): ReadableStream<Uint8Array> {
  return createReadableStreamFromReadable(Readable.from(rows).pipe(stringifyStream(OPTIONS)));
}
