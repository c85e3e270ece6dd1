// Control characters have no place in names or text fields: they break e-mail headers and CSV
// cells, and nobody types them. Tab, line feed and carriage return are text in a multi-line field.
// Checked by code point (not a regular expression of control characters, which lint rightly flags).

const isControl = (code: number) => code < 0x20 || code === 0x7f;
const isTextWhitespace = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d;

/** True when the string has a control character; `multiline` allows tab and line breaks. */
export function hasControlCharacters(value: string, { multiline = false } = {}): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (isControl(code) && !(multiline && isTextWhitespace(code))) return true;
  }
  return false;
}

/** The string without any control character. */
export function stripControlCharacters(value: string): string {
  let out = "";
  for (const ch of value) if (!isControl(ch.charCodeAt(0))) out += ch;
  return out;
}
