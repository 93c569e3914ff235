/**
 * CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting with
 * `= + - @`, tab, carriage return or newline, also after leading spaces or line breaks, which
 * spreadsheets skip) get a leading `'`; every cell is quoted.
 */
export function csvCell(value: unknown): string {
  let text = value == null ? '' : String(value);
  if (/^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
