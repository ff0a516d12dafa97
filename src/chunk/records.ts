// Table rows (indicators, tasks, personnel) put into words: one retrievable chunk per record.

import type { Chunk } from '../engine/types.js';
import type { Notice, TableRecord } from '../ingest/types.js';

/** Columns that only repeat other cells or carry row numbers: left out of the words. */
const SKIP_COLUMNS = new Set(['序号', '责任单位']);

const TYPE: Record<TableRecord['kind'], Chunk['type']> = {
  indicator: 'indicator',
  task: 'task',
  personnel: 'personnel',
  generic: 'table',
};

/** "列：值" pairs in column order; a cell that merely repeats the column name is written once. */
export function recordWords(r: TableRecord, sep: string): string {
  const parts: string[] = [];
  for (const col of r.columns) {
    const v = (r.cells[col] ?? '').trim();
    if (!v || SKIP_COLUMNS.has(col)) continue;
    parts.push(v === col ? v : `${col}：${v}`);
  }
  return parts.join(sep);
}

export function recordChunk(n: Notice, r: TableRecord, shortTitle: string): Chunk {
  const contextLine = [shortTitle, ...r.path].join(' · ');
  // The record's own words are its quotable text: every cell value is verbatim source text.
  const text = recordWords(r, '；');
  return {
    id: `c-${r.id}`,
    noticeId: n.id,
    docNo: n.docNo,
    noticeTitle: n.title,
    shortTitle,
    noticeKind: n.kind,
    noticeStatus: n.status,
    type: TYPE[r.kind],
    path: [...r.path],
    text,
    contextLine,
    indexText: `${contextLine}\n${recordWords(r, ' · ')}`,
    span: r.span,
    paragraphIds: [],
    recordId: r.id,
    cells: { ...r.cells },
  };
}
