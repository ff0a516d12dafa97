// Corpus → chunks: one per leaf section or article (split at sentence ends when long), plus one per table record.

import type { Chunk } from '../engine/types.js';
import type { Corpus, Notice, Paragraph, SourceSpan } from '../ingest/types.js';
import { matchKey } from '../core/text.js';
import { recordChunk } from './records.js';
import { packSentences, pieceText, sentences, type Sentence } from './split.js';

export interface ChunkOptions {
  /** upper bound for indexText (context line + text); bge-small-zh reads about 512 tokens ≈ 480 CJK characters */
  maxChars: number;
  /** a piece repeats the previous piece's last sentence when it is at most this long */
  overlapChars: number;
  /** the text part never gets less than this, however long the context line */
  minTextChars: number;
}

export const defaultChunkOptions: ChunkOptions = { maxChars: 480, overlapChars: 80, minTextChars: 240 };

/** Bumped whenever chunking output changes for the same corpus (goes into the index manifest). */
export const CHUNKER_VERSION = 2;

export function chunkCorpus(corpus: Corpus, opts: ChunkOptions = defaultChunkOptions): Chunk[] {
  return corpus.notices.flatMap((n) => chunkNotice(n, opts));
}

/** The carried document's title for forwarding notices, else the notice title; outer 《》 dropped. */
export function shortTitleOf(n: Notice): string {
  const t = n.carriedTitle ?? n.title;
  return /^《[^《》]*》$/.test(t) ? t.slice(1, -1) : t;
}

export function chunkNotice(n: Notice, opts: ChunkOptions = defaultChunkOptions): Chunk[] {
  const shortTitle = shortTitleOf(n);
  const out: Chunk[] = [];
  for (const g of groupParagraphs(n)) out.push(...groupChunks(n, shortTitle, g, opts));
  for (const r of n.tables) out.push(recordChunk(n, r, shortTitle));
  return out;
}

interface Group {
  path: string[];
  paras: Paragraph[];
}

/**
 * Consecutive non-heading paragraphs under the same heading form a group (a run-in paragraph has its own heading,
 * so it is a group of its own). Paragraphs before the first heading split into the notice header (title, date,
 * 文号, the forwarding sentence) — path [title] — and the carried document's preamble — path [carried title].
 * Captions standing outside the headings later on are left out: their table's records carry them.
 */
function groupParagraphs(n: Notice): Group[] {
  const groups: Group[] = [];
  const carriedKey = n.carriedTitle ? matchKey(n.carriedTitle) : null;
  let preamble: string | null = null;
  let inBody = false;
  for (const p of n.paragraphs) {
    inBody ||= p.headingId !== null;
    if (p.role === 'heading') continue;
    // outside every heading after the body began: table captions and 附件 lines, which the records carry in their path
    if (inBody && p.headingId === null && p.role === 'meta') continue;
    let path = p.path;
    if (p.headingId === null) {
      // the carried document's own title line acts as the preamble's heading
      if (carriedKey && p.role === 'meta' && matchKey(p.text) === carriedKey) {
        preamble = p.text;
        continue;
      }
      path = [preamble ?? n.title];
    }
    const last = groups[groups.length - 1];
    const sameGroup = last && last.paras[last.paras.length - 1]!.headingId === p.headingId && sameArray(last.path, path);
    if (sameGroup) last.paras.push(p);
    else groups.push({ path: [...path], paras: [p] });
  }
  return groups;
}

function sameArray(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function groupChunks(n: Notice, shortTitle: string, g: Group, opts: ChunkOptions): Chunk[] {
  const contextLine = [shortTitle, ...g.path].join(' · ');
  const budget = Math.max(opts.minTextChars, opts.maxChars - contextLine.length - 1);
  const list: Sentence[] = g.paras.flatMap((p, i) => sentences(p.text).map((text) => ({ text, para: i })));
  const pieces = packSentences(list, budget, opts.overlapChars);
  return pieces.map((piece, i) => {
    const paras = [...new Set(piece.sentences.map((s) => s.para))].map((k) => g.paras[k]!);
    const text = pieceText(piece);
    const base = `c-${g.paras[0]!.id}`;
    return {
      id: pieces.length > 1 ? `${base}-${i + 1}` : base,
      noticeId: n.id,
      docNo: n.docNo,
      noticeTitle: n.title,
      shortTitle,
      noticeKind: n.kind,
      noticeStatus: n.status,
      type: 'text' as const,
      path: [...g.path],
      text,
      contextLine,
      indexText: `${contextLine}\n${text}`,
      span: coverSpan(paras.map((p) => p.span)),
      paragraphIds: paras.map((p) => p.id),
      recordId: null,
      cells: null,
    };
  });
}

/** The smallest span covering the given spans (all from one file: the notice's paragraphs share a primary file). */
function coverSpan(spans: SourceSpan[]): SourceSpan {
  const first = spans[0]!;
  const same = spans.filter((s) => s.file === first.file);
  return {
    file: first.file,
    startLine: Math.min(...same.map((s) => s.startLine)),
    endLine: Math.max(...same.map((s) => s.endLine)),
    start: Math.min(...same.map((s) => s.start)),
    end: Math.max(...same.map((s) => s.end)),
  };
}
