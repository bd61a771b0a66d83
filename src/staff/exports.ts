// Exports for Excel and LibreOffice: CSV (UTF-8 with BOM, "," or ";") or XLSX, streamed row by row.
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { localParts } from './local-time.js';

/** A date is a Date (an instant): a real date cell in XLSX, local "YYYY-MM-DD HH:MM" in CSV. */
export type Cell = string | number | boolean | Date | undefined;

export interface Dataset {
  /** Column titles, in order (in the staff language chosen). */
  columns: string[];
  rows: Iterable<Cell[]>;
  /** The time zone dates are shown in (the landlord's); UTC when absent. */
  timeZone?: string;
}

/**
 * CSV only: a resident's text must never become a formula when a spreadsheet opens the file, so a
 * cell starting with = + - @ or a tab or carriage return is prefixed with an apostrophe. XLSX needs
 * none of this: a string cell there is never a formula.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-01-10 10:00" in the zone: sortable, and read as a date by Excel and LibreOffice in every locale. */
function csvDate(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

function csvCell(cell: Cell, timeZone: string): string | number | boolean {
  if (cell === undefined) return '';
  if (cell instanceof Date) return csvDate(cell, timeZone);
  return typeof cell === 'string' ? neutralise(cell) : cell;
}

export async function writeCsv(dataset: Dataset, out: Writable, separator: ',' | ';'): Promise<void> {
  const timeZone = dataset.timeZone ?? 'UTC';
  out.write('\uFEFF'); // Excel reads UTF-8 only with a byte order mark
  const csv = stringify({ delimiter: separator, record_delimiter: 'windows' });
  csv.pipe(out);
  const write = (row: Cell[]) => (csv.write(row.map((c) => csvCell(c, timeZone))) ? Promise.resolve() : new Promise<void>((r) => csv.once('drain', () => r())));
  await write(dataset.columns);
  for (const row of dataset.rows) await write(row);
  csv.end();
  await new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
}

/** Spreadsheets have no time zones: the cell holds the local wall-clock time, as staff read it. */
function wallClock(date: Date, timeZone: string): Date {
  const p = localParts(date, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

export async function writeXlsx(dataset: Dataset, out: Writable, sheetName: string): Promise<void> {
  const timeZone = dataset.timeZone ?? 'UTC';
  // exceljs is large (about 15 MB in memory): loaded on the first XLSX export, not at start-up.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] }); // headers stay in view
  sheet.columns = dataset.columns.map((header) => ({ header, width: Math.min(60, Math.max(12, header.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  for (const cells of dataset.rows) {
    // Strings stay strings (never formulas in XLSX), so nothing is prefixed; dates become date cells.
    const row = sheet.addRow(cells.map((c) => (c === undefined ? null : c instanceof Date ? wallClock(c, timeZone) : c)));
    cells.forEach((c, i) => {
      if (c instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
