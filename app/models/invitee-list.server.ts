// Reads the lists owners paste to invite people, in the shapes they come in:
//   Outlook:   Kari Nordmann <kari@nav.no>; "Hansen, Ola" <ola@nav.no>
//   Excel:     Kari Nordmann<TAB>kari@nav.no   (either column first, with or without a header row)
//   CSV-ish:   kari@nav.no;Kari Nordmann  or  Kari Nordmann, kari@nav.no
//   plain:     kari@nav.no, ola@nav.no  or one address per line
// Addresses in angle brackets are read by nodemailer's address parser (RFC 5322 display names,
// quotes, commas inside quotes); everything else by fields, an address being the field with an @.
import { parse } from "csv-parse/sync";
import addressparser from "nodemailer/lib/addressparser";

export type ParsedInvitee = { line: number; name: string; email: string };
export type ParsedList = { records: ParsedInvitee[]; hasHeader: boolean } | { error: "empty" | "columns" | "unreadable" };

const NAME_HEADERS = ["navn", "name", "fullt navn", "full name", "fornavn og etternavn"];
const EMAIL_HEADERS = ["e-post", "epost", "email", "e-mail", "e-postadresse", "epostadresse", "mail", "adresse"];

const unquote = (s: string) =>
  s
    .trim()
    .replace(/^"(.*)"$/s, "$1")
    .trim();
const isAddress = (s: string) => s.includes("@");

function delimiterOf(line: string) {
  return line.includes("\t") ? "\t" : line.includes(";") ? ";" : ",";
}

function fieldsOf(line: string, delimiter: string): string[] {
  try {
    const [record] = parse(line, { delimiter, relax_column_count: true, relax_quotes: true, trim: true }) as string[][];
    return (record ?? []).map(unquote);
  } catch {
    return line.split(delimiter).map(unquote);
  }
}

/**
 * One line without a header: names and addresses in any order. A name before an address goes
 * with it; a name after an address that has none goes with that one ("e-post;navn").
 */
function readLine(line: string, lineNo: number): ParsedInvitee[] {
  if (line.includes("<") && line.includes("@")) {
    return addressparser(line, { flatten: true }).map((a) => ({ line: lineNo, name: a.name.trim(), email: (a.address ?? "").trim() }));
  }
  const out: ParsedInvitee[] = [];
  let pendingName: string | null = null;
  // Mixed separators in a plain list ("a@x; b@y, c@z"): a field holding several addresses is split.
  const fields = fieldsOf(line, delimiterOf(line)).flatMap((f) => ((f.match(/@/g) ?? []).length > 1 ? f.split(/[\s,;]+/) : [f]));
  for (const field of fields.filter(Boolean)) {
    if (isAddress(field)) {
      out.push({ line: lineNo, name: pendingName ?? "", email: field });
      pendingName = null;
    } else if (!pendingName && out.length && !out.at(-1)!.name) {
      out.at(-1)!.name = field;
    } else {
      pendingName = pendingName ? `${pendingName} ${field}` : field;
    }
  }
  // A line with a name and no address is kept, so the preview can say what is missing.
  if (pendingName) out.push({ line: lineNo, name: pendingName, email: "" });
  return out;
}

export function parseInviteeList(text: string): ParsedList {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim())
    // Lines are numbered as the preview lists them: blank lines do not count.
    .map((l, i) => ({ text: l, no: i + 1 }));
  if (!lines.length) return { error: "empty" };
  // Without a single address it is not a list of people to invite (names only, wrong columns).
  if (!lines.some((l) => isAddress(l.text))) return { error: "columns" };
  const first = lines[0]!;
  // A first line without any address that names a column is a header: it must name both.
  const delimiter = delimiterOf(first.text);
  const header = fieldsOf(first.text, delimiter).map((h) => h.toLowerCase());
  const nameCol = header.findIndex((h) => NAME_HEADERS.includes(h));
  const emailCol = header.findIndex((h) => EMAIL_HEADERS.includes(h));
  if (!isAddress(first.text) && (nameCol >= 0 || emailCol >= 0)) {
    if (nameCol < 0 || emailCol < 0) return { error: "columns" };
    const records = lines.slice(1).map((l) => {
      const f = fieldsOf(l.text, delimiter);
      return { line: l.no, name: f[nameCol] ?? "", email: f[emailCol] ?? "" };
    });
    return records.length ? { records, hasHeader: true } : { error: "empty" };
  }
  return { records: lines.flatMap((l) => readLine(l.text, l.no)), hasHeader: false };
}

/** A name to offer when a list gave only an address: kari.nordmann@… → "Kari Nordmann". */
export function nameFromAddress(email: string): string {
  const local = email.split("@")[0] ?? "";
  if (!/[._-]/.test(local)) return "";
  return local
    .split(/[._-]+/)
    .filter((p) => p && !/\d/.test(p))
    .map((p) => p.charAt(0).toLocaleUpperCase("nb") + p.slice(1))
    .join(" ");
}
