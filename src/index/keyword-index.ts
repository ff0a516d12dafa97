// Keyword index: BM25 (MiniSearch) over our tokenizer, the context line (title + headings) as a separately weighted field.

import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Chunk } from '../engine/types.js';
import { AppError } from '../core/errors.js';
import { createKeywordScorer } from './keyword-scorer.js';
import type { Tokenizer } from './tokenizer.js';

/** Bumped whenever indexing or scoring code changes what a built keyword index holds. */
export const KEYWORD_INDEX_VERSION = 1;

export interface KeywordHit {
  /** position of the chunk in the chunk list the index was built from */
  index: number;
  score: number;
}

export interface KeywordSearchOptions {
  /** words added to the query (alias full forms): matched at `expansionWeight` unless the query has them itself */
  expansion?: string;
}

export interface KeywordIndex {
  readonly tokenizerId: string;
  readonly size: number;
  search(query: string, k: number, opts?: KeywordSearchOptions): KeywordHit[];
  serialize(): Uint8Array;
}

export interface KeywordParams {
  /** weight of the context line (notice short title + heading path) relative to the body */
  contextBoost: number;
  /** weight of the alias field (short forms of full terms the passage uses) */
  aliasBoost: number;
  bm25: { k: number; b: number; d: number };
  expansionWeight: number;
  /** keep MiniSearch's multiplication of the score by the number of matched query terms */
  coordination: boolean;
}

export const defaultKeywordParams: KeywordParams = { contextBoost: 1.5, aliasBoost: 0.5, bm25: { k: 1.2, b: 0.75, d: 0 }, expansionWeight: 0.3, coordination: true };

interface Doc {
  id: number;
  context: string;
  text: string;
  /** short forms of terms the passage writes in full (公租房 for 公共租赁住房), so both spellings meet it */
  aliases: string;
}

function options(tokenizer: Tokenizer, p: KeywordParams) {
  return {
    fields: ['context', 'text', 'aliases'],
    tokenize: (s: string) => tokenizer.tokenize(s),
    // our tokens are already normalised; MiniSearch's default lower-casing is harmless but wasted work
    processTerm: (t: string) => t,
    searchOptions: {
      boost: { context: p.contextBoost, text: 1, aliases: p.aliasBoost },
      combineWith: 'OR' as const,
      prefix: false,
      fuzzy: false,
      bm25: p.bm25,
    },
  };
}

/** Above this many passages, query words in more than COMMON_SHARE of them are left out of the search. */
export const LARGE_INDEX = 20_000;
const COMMON_SHARE = 0.05;
const KEEP_RAREST = 3;

/** Passages holding a term in any field (MiniSearch's own index; pinned minisearch 7.2.0). */
function documentFrequency(ms: MiniSearch<Doc>, term: string): number {
  const data = (ms as unknown as { _index: { get(t: string): Map<number, Map<number, number>> | undefined } })._index.get(term);
  let df = 0;
  if (data) for (const docs of data.values()) df = Math.max(df, docs.size);
  return df;
}

/**
 * Scoring an OR query touches every passage holding any query word; in a very large index a common word (发展,
 * 目标 …) holds tens of thousands and carries little weight, so it is dropped — the rarest words always stay.
 * Indexes below LARGE_INDEX (the seeds: 791 passages) search every word, so their rankings are untouched.
 */
function withoutCommon(ms: MiniSearch<Doc>, terms: string[]): string[] {
  if (ms.documentCount < LARGE_INDEX) return terms;
  const df = new Map(terms.map((t) => [t, documentFrequency(ms, t)]));
  const rarest = new Set([...terms].sort((a, b) => df.get(a)! - df.get(b)!).slice(0, KEEP_RAREST));
  return terms.filter((t) => rarest.has(t) || df.get(t)! <= ms.documentCount * COMMON_SHARE);
}

function wrap(ms: MiniSearch<Doc>, tokenizer: Tokenizer, p: KeywordParams): KeywordIndex {
  const unique = (s: string) => [...new Set(tokenizer.tokenize(s))];
  const score = createKeywordScorer(ms as MiniSearch<unknown>, { context: p.contextBoost, text: 1, aliases: p.aliasBoost }, p.bm25);
  return {
    tokenizerId: tokenizer.id,
    size: ms.documentCount,
    search(query, k, opts = {}) {
      const own = withoutCommon(ms, unique(query));
      const mine = new Set(own);
      const extra = opts.expansion ? withoutCommon(ms, unique(opts.expansion).filter((t) => !mine.has(t))) : [];
      // MiniSearch multiplies each score by the number of query terms matched (coordination); measured on dev it
      // lifts section@1 from 55% to 70%, so it is kept by default, and plain BM25 remains a parameter
      const terms = [...own.map((term) => ({ term, boost: 1 })), ...extra.map((term) => ({ term, boost: p.expansionWeight }))];
      return score(terms, k, p.coordination).map((d) => ({ index: d.id, score: d.score }));
    },
    serialize: () => new TextEncoder().encode(JSON.stringify({ tokenizer: tokenizer.id, params: p, index: ms })),
  };
}

/** An alias written the other way round: the passage writes the full form, readers may type the short one. */
export interface AliasPair {
  alias: string;
  full: string;
}

export function buildKeywordIndex(
  chunks: Chunk[],
  tokenizer: Tokenizer,
  p: KeywordParams = defaultKeywordParams,
  aliases: AliasPair[] = [],
): KeywordIndex {
  const ms = new MiniSearch<Doc>(options(tokenizer, p));
  const usable = aliases.filter((a) => a.alias.length >= 2 && a.full.length > a.alias.length);
  ms.addAll(chunks.map((c, id) => {
    // body text only: the context line is its own (boosted) field
    const text = c.indexText.slice(c.contextLine.length + 1);
    const short = usable.filter((a) => c.indexText.includes(a.full) && !c.indexText.includes(a.alias)).map((a) => a.alias);
    return { id, context: c.contextLine, text, aliases: [...new Set(short)].join(' ') };
  }));
  return wrap(ms, tokenizer, p);
}

export function loadKeywordIndex(bytes: Uint8Array, tokenizer: Tokenizer): KeywordIndex {
  const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { tokenizer: string; params: KeywordParams; index: AsPlainObject };
  if (parsed.tokenizer !== tokenizer.id) {
    throw new AppError('INDEX_MISMATCH', `keyword index was built with tokenizer ${parsed.tokenizer}, not ${tokenizer.id}`, {
      built: parsed.tokenizer, configured: tokenizer.id,
    });
  }
  const ms = MiniSearch.loadJS<Doc>(parsed.index, options(tokenizer, parsed.params));
  return wrap(ms, tokenizer, parsed.params);
}
