// Exports for Excel: CSV (UTF-8 with BOM, "," or ";") or XLSX, streamed row by row.
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | undefined;

export interface Dataset {
  /** Column titles, in order. */
  columns: string[];
  rows: Iterable<Cell[]>;
}

/**
 * A resident's text must never become a formula in Excel: a cell starting with = + - @ or a tab
 * or carriage return is prefixed with an apostrophe, which Excel shows as text.
 */
export function neutralise(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export async function writeCsv(dataset: Dataset, out: Writable, separator: ',' | ';'): Promise<void> {
  out.write('\uFEFF'); // Excel reads UTF-8 only with a byte order mark
  const csv = stringify({ delimiter: separator, record_delimiter: 'windows' });
  csv.pipe(out);
  const write = (row: Cell[]) => (csv.write(row.map((c) => neutralise(c) ?? '')) ? Promise.resolve() : new Promise<void>((r) => csv.once('drain', () => r())));
  await write(dataset.columns);
  for (const row of dataset.rows) await write(row);
  csv.end();
  await new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
}

export async function writeXlsx(dataset: Dataset, out: Writable, sheetName: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = dataset.columns.map((header) => ({ header, width: Math.min(60, Math.max(12, header.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of dataset.rows) sheet.addRow(row.map((c) => neutralise(c) ?? null)).commit();
  sheet.commit();
  await workbook.commit();
}
