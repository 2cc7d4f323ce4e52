/**
 * CSV of exactly the rows on screen (RFC 4180 quoting), safe to open in a spreadsheet: on-chain names are
 * attacker-controlled, so every cell is defended as OWASP's CSV-injection guidance says.
 *
 * - A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is one a spreadsheet may run as a formula: it
 *   is prefixed with `'`, which makes the cell text. Plain numbers are the exception (`-5`, `-0.25`, whether given as a
 *   number, a bigint or a string of digits): no spreadsheet evaluates a bare numeric literal, and prefixing one would
 *   turn the figure into text. Amounts are integers in smallest units or exact decimal strings, so a negative
 *   difference stays a number.
 * - A cell containing a comma, a semicolon (the separator a spreadsheet in many European locales splits on), a double
 *   quote, a tab, CR or LF is quoted, its quotes doubled: otherwise such a locale would split `x;=CMD()` into a second
 *   cell that starts with a formula.
 */
export type CsvCell = string | number | bigint | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC_LITERAL = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !NUMERIC_LITERAL.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
