// Tables in the three layouts the seeds use (cell per line, tab rows, pipe rows) read into header + rows.

import { closeCjkGaps } from '../core/text.js';
import { isBlank, isCellLine, isPipeRow, isTabRow, type Line } from './lines.js';

export interface RawRow {
  cells: string[];
  lines: Line[];
}

export interface RawTable {
  format: 'cell-per-line' | 'tab-row' | 'pipe';
  header: string[];
  headerLines: Line[];
  rows: RawRow[];
  /** index of the first line after the table */
  next: number;
}

const cell = (s: string): string => closeCjkGaps(s.replace(/\s+/g, ' ').trim());

/** Reads the table starting at lines[i]; returns null when lines[i] does not start one. */
export function readTable(lines: Line[], i: number): RawTable | null {
  const l = lines[i]!;
  if (isPipeRow(l)) return readRows(lines, i, 'pipe', isPipeRow, splitPipe);
  if (isTabRow(l)) return readRows(lines, i, 'tab-row', isTabRow, (x) => x.raw.split('\t').map(cell));
  if (isCellLine(l)) return readCellPerLine(lines, i);
  return null;
}

function splitPipe(l: Line): string[] {
  const inner = l.text.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map(cell);
}

function readRows(
  lines: Line[], i: number, format: RawTable['format'],
  isRow: (l: Line) => boolean, split: (l: Line) => string[],
): RawTable {
  const rows: RawRow[] = [];
  let j = i;
  while (j < lines.length) {
    const l = lines[j]!;
    if (isBlank(l)) {
      const k = nextNonBlank(lines, j);
      if (k < 0 || !isRow(lines[k]!)) break;
      j = k;
      continue;
    }
    if (!isRow(l)) break;
    const cells = split(l);
    if (!cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) rows.push({ cells, lines: [l] });
    j++;
  }
  const [head, ...body] = rows;
  // only separator or empty rows: no table (the caller keeps the lines)
  if (!head) return { format, header: [], headerLines: [], rows: [], next: i + 1 };
  return { format, header: head.cells, headerLines: head.lines, rows: dropRepeatedHeaders(head, body), next: j };
}

/** A table broken over pages repeats its header row; keep only the first. */
function dropRepeatedHeaders(head: RawRow, rows: RawRow[]): RawRow[] {
  const key = (r: RawRow) => r.cells.join('|').replace(/\s+/g, '');
  return rows.filter((r) => key(r) !== key(head));
}

/** One cell per tab-led line; a line without the tab continues the cell above; a blank line ends a row. */
function readCellPerLine(lines: Line[], i: number): RawTable {
  const rows: RawRow[] = [];
  let row: RawRow = { cells: [], lines: [] };
  let j = i;
  const flush = () => {
    if (row.cells.length) rows.push(row);
    row = { cells: [], lines: [] };
  };
  while (j < lines.length) {
    const l = lines[j]!;
    if (isCellLine(l)) {
      row.cells.push(l.raw.slice(1).trim());
      row.lines.push(l);
    } else if (isBlank(l)) {
      const k = nextNonBlank(lines, j);
      if (k < 0) break;
      const after = lines[k]!;
      if (isCellLine(after)) { flush(); j = k; continue; }
      // "2025年⏎⏎目标": a short wrapped tail after a blank, with the table going on after it
      const k2 = nextNonBlank(lines, k + 1);
      if (after.text.length <= 8 && k2 >= 0 && isCellLine(lines[k2]!) && lastRow(rows, row)) {
        appendToLast(lastRow(rows, row)!, after);
        j = k + 1;
        continue;
      }
      break;
    } else if (row.cells.length) {
      appendToLast(row, l);
    } else break;
    j++;
  }
  flush();
  const normal = rows.map((r) => ({ cells: r.cells.map(cell), lines: r.lines }));
  const [head, ...body] = normal;
  return { format: 'cell-per-line', header: head!.cells, headerLines: head!.lines, rows: dropRepeatedHeaders(head!, body), next: j };
}

function lastRow(rows: RawRow[], current: RawRow): RawRow | undefined {
  return current.cells.length ? current : rows[rows.length - 1];
}

function appendToLast(row: RawRow, l: Line): void {
  row.cells[row.cells.length - 1] += l.text;
  row.lines.push(l);
}

export function nextNonBlank(lines: Line[], from: number): number {
  for (let k = from; k < lines.length; k++) if (!isBlank(lines[k]!)) return k;
  return -1;
}
