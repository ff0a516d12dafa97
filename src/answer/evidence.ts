// Building citable evidence from a table record or from sentences of a paragraph.

import type { Chunk } from '../engine/types.js';
import type { Notice, Paragraph, SourceSpan, TableRecord } from '../ingest/types.js';
import type { Evidence } from './draft.js';
import type { CorpusLookup } from './lookup.js';

const squash = (s: string) => s.replace(/[\s|]+/g, '');

/** Columns that describe a row rather than hold its values. */
export const LABEL_COLUMNS = /^(类别|模块|序号|指标|主要指标|指标名称|属性|单位|姓名|类型|项目|具体任务|责任单位|牵头单位|配合单位|备注)$/;

/** The cells of a record that stand on its own source lines (merged cells filled down from above do not). */
export function rowCells(lookup: CorpusLookup, r: TableRecord): string[] {
  const src = lookup.source(r.span.file);
  if (!src) return [];
  const row = squash(src.text.slice(r.span.start, r.span.end));
  return r.columns.filter((c) => c !== '牵头单位' && c !== '配合单位')
    .map((c) => r.cells[c] ?? '').filter((v) => v && row.includes(squash(v)));
}

/** The table's header lines sit just before its first row; header cells are verified there. */
function tableRegion(lookup: CorpusLookup, r: TableRecord): SourceSpan {
  const first = lookup.tableOf(r)[0] ?? r;
  return { ...r.span, start: Math.max(0, first.span.start - 400), end: r.span.end };
}

export function recordEvidence(lookup: CorpusLookup, chunk: Chunk, notice: Notice, r: TableRecord, headerParts: string[] = []): Evidence {
  return {
    chunk, notice,
    parts: [...headerParts, rowCells(lookup, r).join(' ')],
    span: r.span,
    verifyIn: [r.span, tableRegion(lookup, r)],
    path: r.path,
  };
}

export function sentenceEvidence(chunk: Chunk, notice: Notice, p: Paragraph, sentences: string[]): Evidence {
  return { chunk, notice, parts: mergeAdjacent(p.text, sentences), span: p.span, path: p.path.length ? p.path : chunk.path };
}

/** Sentences that follow each other in the paragraph become one part; gaps become separate parts. */
function mergeAdjacent(text: string, sentences: string[]): string[] {
  const sorted = [...new Set(sentences)].sort((a, b) => text.indexOf(a) - text.indexOf(b));
  const out: string[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && text.includes(last + s)) out[out.length - 1] = last + s;
    else out.push(s);
  }
  return out;
}

/** The paragraphs of a chunk, in order. */
export function chunkParagraphs(lookup: CorpusLookup, chunk: Chunk): Paragraph[] {
  return chunk.paragraphIds.map((id) => lookup.paragraph(id)).filter((p): p is Paragraph => !!p);
}
