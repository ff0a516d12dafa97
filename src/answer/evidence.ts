// Building citable evidence from a table record or from sentences of a paragraph.

import type { Chunk, Hit } from '../engine/types.js';
import { recordChunk } from '../chunk/records.js';
import { shortTitleOf } from '../chunk/chunker.js';
import type { Notice, Paragraph, SourceSpan, TableRecord } from '../ingest/types.js';
import type { Evidence } from './draft.js';
import type { CorpusLookup } from './lookup.js';

const squash = (s: string) => s.replace(/[\s|]+/g, '');

/** Columns that describe a row rather than hold its values. */
export const LABEL_COLUMNS = /^(类别|模块|序号|指标|主要指标|指标名称|属性|单位|姓名|类型|项目|具体任务|责任单位|牵头单位|配合单位|备注)$/;

/**
 * The record's own source row as a quote: its cells in row order, one space between them. Cells filled down from
 * a merged cell above are not on the row and are left out; a note the parser re-punctuated ("（正处长级，挂职）；（挂职期
 * …）" → 备注) is quoted as the row writes it, so every quote stays verbatim.
 */
export function rowCells(lookup: CorpusLookup, r: TableRecord): string[] {
  const src = lookup.source(r.span.file);
  if (!src) return [];
  const row = squash(src.text.slice(r.span.start, r.span.end));
  const cuts: Array<[number, number]> = [];
  let cursor = 0;
  for (const c of r.columns) {
    const v = c === '牵头单位' || c === '配合单位' ? '' : squash(r.cells[c] ?? '');
    const at = v ? row.indexOf(v, cursor) : -1;
    if (at < 0) continue;
    cuts.push([at, at + v.length]);
    cursor = at + v.length;
  }
  if (!cuts.length) return [];
  return piecesOf(row, cuts);
}

/** Cut the row at the found cells; text after the last one (a note, closing brackets) stays with the quote. */
function piecesOf(row: string, cuts: Array<[number, number]>): string[] {
  const out: string[] = [];
  let from = cuts[0]![0];
  for (const [, end] of cuts) {
    if (end > from) out.push(row.slice(from, end));
    from = Math.max(from, end);
  }
  const tail = row.slice(from).replace(/[；;，,、]+$/, '');
  if (/[\p{Script=Han}\d]/u.test(tail)) out.push(tail);
  else if (tail && out.length) out[out.length - 1] += tail.replace(/[^）)」”。]/g, '');
  return out;
}

/** The table's header lines sit just before its first row; header cells are verified there. */
function tableRegion(lookup: CorpusLookup, r: TableRecord): SourceSpan {
  const first = lookup.tableOf(r)[0] ?? r;
  return { ...r.span, start: Math.max(0, first.span.start - 400), end: r.span.end };
}

/**
 * Cells the record took from a merged cell above its row ("项目：携手…开展“4+N协商共育”系列行动" over several tasks):
 * quoted from where the table writes them, so an answer that says them stays grounded.
 */
function carriedCells(lookup: CorpusLookup, r: TableRecord): string[] {
  const src = lookup.source(r.span.file);
  // a personnel row's 类型 comes from its list's header ("任命职务"), not from a cell above
  if (!src || r.kind === 'personnel') return [];
  const row = squash(src.text.slice(r.span.start, r.span.end));
  const region = tableRegion(lookup, r);
  const above = squash(src.text.slice(region.start, r.span.start));
  return r.columns.map((c) => r.cells[c] ?? '')
    .filter((v) => squash(v).length >= 2 && !row.includes(squash(v)) && above.includes(squash(v)));
}

/** The retrieved chunk of a table row when retrieval returned it, else the index's own chunk for it. */
export function recordChunkOf(hits: Hit[], notice: Notice, r: TableRecord): Chunk {
  return hits.find((h) => h.chunk.recordId === r.id)?.chunk ?? recordChunk(notice, r, shortTitleOf(notice));
}

export function recordEvidence(lookup: CorpusLookup, chunk: Chunk, notice: Notice, r: TableRecord, headerParts: string[] = []): Evidence {
  return {
    chunk, notice,
    parts: [...headerParts, ...carriedCells(lookup, r), rowCells(lookup, r).join(' ')],
    span: r.span,
    verifyIn: [r.span, tableRegion(lookup, r)],
    path: r.path,
  };
}

export function sentenceEvidence(chunk: Chunk, notice: Notice, p: Paragraph, sentences: string[]): Evidence {
  return { chunk, notice, parts: mergeAdjacent(p.text, sentences), span: p.span, path: p.path.length ? p.path : chunk.path };
}

/** Sentences of a paragraph that retrieval need not have returned (a rule's validity, a transition), as evidence. */
export function paragraphSentences(notice: Notice, p: Paragraph, sentences: string[]): Evidence {
  return sentenceEvidence(paragraphChunk(notice, p), notice, p, sentences);
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

/**
 * The paragraphs of the sections a chunk belongs to, in order: a long article is cut into several chunks, and the
 * sentence that answers may sit in the piece retrieval ranked lower (第六条's 崇明区 clause in its second chunk).
 */
export function sectionParagraphs(lookup: CorpusLookup, chunk: Chunk): Paragraph[] {
  const own = chunkParagraphs(lookup, chunk);
  const headings = new Set(own.map((p) => p.headingId));
  if (headings.has(null) || headings.size !== 1) return own;
  const all = lookup.underHeading([...headings][0]!);
  return all.length <= MAX_SECTION_PARAGRAPHS ? all : own;
}

/** A section longer than this (a whole chapter under one heading) is read chunk by chunk. */
const MAX_SECTION_PARAGRAPHS = 24;

/** The paragraphs of a chunk, in order. */
export function chunkParagraphs(lookup: CorpusLookup, chunk: Chunk): Paragraph[] {
  return chunk.paragraphIds.map((id) => lookup.paragraph(id)).filter((p): p is Paragraph => !!p);
}

/** A chunk of one paragraph, for citing a paragraph retrieval did not return (a rule's validity, the article explained). */
export function paragraphChunk(n: Notice, p: Paragraph): Chunk {
  return {
    id: `${p.id}`, noticeId: n.id, docNo: n.docNo, noticeTitle: n.title, shortTitle: n.carriedTitle ?? n.title,
    noticeKind: n.kind, noticeStatus: n.status, type: 'text', path: p.path, text: p.text, contextLine: '',
    indexText: '', span: p.span, paragraphIds: [p.id], recordId: null, cells: null,
  };
}

/** The source span from the first of some parts to the last (a list's items, an article's paragraphs), in order. */
export function spanAcross(parts: Array<{ span: SourceSpan }>): SourceSpan {
  const last = parts[parts.length - 1]!;
  return { ...parts[0]!.span, endLine: last.span.endLine, end: last.span.end };
}
