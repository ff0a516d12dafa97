// Reranking features: what a question and a passage share beyond bag-of-words similarity.

import type { Chunk } from '../engine/types.js';
import { chineseNumber, matchKey, quotedTerms, rareQuotes } from '../core/text.js';
import { numberSet } from '../index/identifiers.js';
import { findDocNos } from '../ingest/doc-number.js';
import type { Lexicon } from './lexicon.js';

/** Per-chunk facts computed once at start-up so a query allocates nothing per chunk. */
export interface ChunkFacts {
  /** bigrams of the innermost heading (or caption) with their idf */
  leafBigrams: Map<string, number>;
  articles: Set<string>;
  numbers: Set<string>;
  keyCellBigrams: Set<string>;
}

export interface QueryFacts {
  /** notices the question names by 文号: results are restricted to them */
  strictNotices: Set<string>;
  /** notices the question names by 文号, title or short name: boosted, the others lowered */
  namedNotices: Set<string>;
  /** plans of the areas the question names (大宁, 南西): boosted only, since other notices mention areas too */
  areaNotices: Set<string>;
  articles: Set<string>;
  numbers: Set<string>;
  bigrams: Set<string>;
  /** terms the question quotes (“双I战略”), in match form, and those its aliases' full forms quote (除“四害”) */
  quoted: string[];
  /** ids of the candidates that use a quoted term few of them use (see withQuoting); empty until then */
  quoting: Set<string>;
}

const STOP_BIGRAM = /[的了吗呢吧是在和与或也都就还么啥谁哪几多少什]/;

export function bigramSet(text: string): Set<string> {
  const out = new Set<string>();
  const s = matchKey(text);
  for (let i = 0; i + 1 < s.length; i++) {
    const bg = s.slice(i, i + 2);
    if (/^[\u3400-\u9fff]{2}$/.test(bg) && !STOP_BIGRAM.test(bg)) out.add(bg);
  }
  return out;
}

const ARTICLE_RE = /第([一二三四五六七八九十百零〇两\d]{1,5})条/g;

function articleSet(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ARTICLE_RE)) {
    const n = chineseNumber(m[1]!);
    if (Number.isFinite(n)) out.add(`第${n}条`);
  }
  return out;
}

/** The cell that names a record: the indicator, the person, the task. */
function keyCell(c: Chunk): string {
  if (!c.cells) return '';
  const col = Object.keys(c.cells).find((k) => /指标|姓名|项目/.test(k) && !/属性|类型/.test(k));
  return col ? c.cells[col] ?? '' : '';
}

/** Inverse document frequency of every bigram over the chunks' indexed text: rare pairs say more. */
export function bigramIdf(chunks: Chunk[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of chunks) for (const bg of bigramSet(c.indexText)) df.set(bg, (df.get(bg) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [bg, d] of df) idf.set(bg, Math.log((chunks.length + 1) / (d + 0.5)));
  return idf;
}

export function chunkFacts(c: Chunk, idf: Map<string, number>): ChunkFacts {
  const leaf = c.path[c.path.length - 1] ?? '';
  const fallback = Math.log(1 + idf.size);
  return {
    leafBigrams: new Map([...bigramSet(leaf)].map((bg) => [bg, idf.get(bg) ?? fallback])),
    articles: articleSet(c.path.join(' ')),
    numbers: numberSet(c.text),
    keyCellBigrams: bigramSet(keyCell(c)),
  };
}

export function queryFacts(question: string, lex: Lexicon, docNoToNotice: Map<string, string>, expansion = ''): QueryFacts {
  const strict = new Set<string>();
  for (const d of findDocNos(question)) {
    const id = docNoToNotice.get(d.norm);
    if (id) strict.add(id);
  }
  const named = new Set<string>(strict);
  for (const e of lex.find(question, 'notice')) named.add(e.key);
  const areas = new Set<string>();
  for (const e of lex.find(question, 'area')) for (const id of lex.areaNotices(e.key)) areas.add(id);
  return {
    strictNotices: strict, namedNotices: named, areaNotices: areas,
    articles: articleSet(question), numbers: numberSet(question), bigrams: bigramSet(question),
    quoted: [...quotedTerms(question), ...quotedTerms(expansion)], quoting: new Set(),
  };
}

/**
 * The candidates that use a quoted term few of them use (see rareQuotes): each candidate's text is put in match form
 * once, and only for a question that quotes something.
 */
export function withQuoting(q: QueryFacts, candidates: Chunk[]): QueryFacts {
  if (!q.quoted.length) return q;
  const keys = candidates.map((c) => matchKey(c.text));
  const rare = rareQuotes(q.quoted, keys);
  const quoting = new Set(candidates.filter((_, i) => rare.some((t) => keys[i]!.includes(t))).map((c) => c.id));
  return { ...q, quoted: rare, quoting };
}

/** Share of the chunk side's idf mass that the question repeats. */
function weightedOverlap(q: Set<string>, c: Map<string, number>): number {
  let all = 0, hit = 0;
  for (const [bg, w] of c) {
    all += w;
    if (q.has(bg)) hit += w;
  }
  return all > 0 ? hit / all : 0;
}

function overlap(q: Set<string>, c: Set<string>): number {
  if (c.size === 0 || q.size === 0) return 0;
  let n = 0;
  for (const x of c) if (q.has(x)) n++;
  return n / c.size;
}

/**
 * Feature values in [0, 1]:
 * - noticeNamed: the question names this chunk's notice (文号, title, short name, plan area)
 * - noticeOther: the question names notices, and this is not one of them
 * - area: the question names a plan area (大宁, 南西) and this is that area's plan
 * - article: the question cites an article number (第五条) that this chunk's heading path holds
 * - numbers: share of the question's numbers (with units) that the passage contains
 * - heading: share of the chunk's innermost heading (or table caption) that the question repeats, idf-weighted
 * - record: share of a table record's key cell (indicator, name, task) that the question repeats
 * - quoted: the passage uses a term the question quotes (“双I战略”): the words of a coined term are common ones
 */
export function featureValues(c: Chunk, f: ChunkFacts, q: QueryFacts): Record<string, number> {
  const named = q.namedNotices.size > 0;
  let numbers = 0;
  if (q.numbers.size > 0) {
    let n = 0;
    for (const x of q.numbers) if (f.numbers.has(x)) n++;
    numbers = n / q.numbers.size;
  }
  let article = 0;
  for (const a of q.articles) if (f.articles.has(a)) article = 1;
  return {
    noticeNamed: named && q.namedNotices.has(c.noticeId) ? 1 : 0,
    noticeOther: named && !q.namedNotices.has(c.noticeId) ? 1 : 0,
    area: q.areaNotices.has(c.noticeId) ? 1 : 0,
    article,
    numbers,
    heading: weightedOverlap(q.bigrams, f.leafBigrams),
    record: overlap(q.bigrams, f.keyCellBigrams),
    quoted: q.quoting.has(c.id) ? 1 : 0,
  };
}
