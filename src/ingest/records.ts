// Table rows as named records: indicator rows (指标/属性/单位/目标), task rows (牵头/配合单位), merged cells filled down.

import { stableHash } from '../core/text.js';
import { spanOf, type Line } from './lines.js';
import type { RawTable } from './tables.js';
import type { IngestIssue, TableRecord } from './types.js';

/** Columns whose empty cells mean "same as the row above" (merged cells in the original). */
const FILL_DOWN = new Set(['类别', '模块', '项目']);

export interface RecordContext {
  file: string;
  noticeKey: string;
  caption: string;
  path: string[];
}

export function tableRecords(t: RawTable, ctx: RecordContext, issues: IngestIssue[]): TableRecord[] {
  const columns = distinct(t.header.map((h, i) => columnName(h, i)));
  const kind = tableKind(columns);
  const last: Record<string, string> = {};
  const out: TableRecord[] = [];
  for (const row of t.rows) {
    const cells = fitRow(row.cells, columns.length, ctx.file, row.lines[0]!, issues);
    const record: Record<string, string> = {};
    columns.forEach((c, i) => {
      let v = cells[i] ?? '';
      if (v === '' && FILL_DOWN.has(c)) v = last[c] ?? '';
      record[c] = v;
      if (v) last[c] = v;
    });
    if (kind === 'task') splitResponsibility(record);
    const first = row.lines[0]!;
    const lastLine = row.lines.reduce((a, b) => (b.no > a.no ? b : a), first);
    out.push({
      id: `${ctx.noticeKey}-t${stableHash(`${ctx.caption}|${Object.values(record).join('|')}`)}`,
      caption: ctx.caption,
      kind,
      cells: record,
      columns: Object.keys(record),
      path: ctx.path,
      span: spanOf(ctx.file, first, lastLine),
    });
  }
  return out;
}

function columnName(h: string, i: number): string {
  const name = h.replace(/\s+/g, '');
  if (name) return name;
  return i === 0 ? '类别' : `列${i + 1}`;
}

/** Two columns with one name ("目标 | 目标") would share one key and the second cell would overwrite the first. */
function distinct(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}（${k}）`;
  });
}

function tableKind(columns: string[]): TableRecord['kind'] {
  const has = (re: RegExp) => columns.some((c) => re.test(c));
  if (has(/责任单位|牵头单位/)) return 'task';
  if (has(/指标/) && (has(/属性/) || has(/单位/) || has(/目标/))) return 'indicator';
  return 'generic';
}

/** Rows with a cell too many (a wrapped cell that gained a tab) or too few are reported, never dropped. */
function fitRow(cells: string[], n: number, file: string, at: Line, issues: IngestIssue[]): string[] {
  if (cells.length === n) return cells;
  if (cells.length > n) {
    issues.push({ file, line: at.no, code: 'TABLE_ROW_WIDE', severity: 'warning',
      message: `${file}:${at.no}: table row has ${cells.length} cells for ${n} columns; extra cells joined into the last` });
    return [...cells.slice(0, n - 1), cells.slice(n - 1).join(' ')];
  }
  // short rows: the missing cells are the merged leading ones (类别 spans the rows)
  return [...Array<string>(n - cells.length).fill(''), ...cells];
}

/** 责任单位 "牵头单位：区教育局⏎配合单位：区妇联" → 牵头单位 / 配合单位 columns. */
function splitResponsibility(record: Record<string, string>): void {
  const text = record['责任单位'] ?? '';
  const lead = /牵头单位[：:]\s*(.*?)(?=配合单位|$)/.exec(text);
  const support = /配合单位[：:]\s*(.*)$/.exec(text);
  if (lead) record['牵头单位'] = lead[1]!.trim();
  if (support) record['配合单位'] = support[1]!.trim();
}
