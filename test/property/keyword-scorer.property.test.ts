// The typed-array keyword scorer gives MiniSearch's own OR-query scores, to the last bit, on random documents and queries.

import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createKeywordScorer, type WeightedTerm } from '../../src/index/keyword-scorer.js';

const words = ['公租房', '申请', '条件', '大宁', '市北', '目标', '2025', '税收', '增长', '苏河湾'];
const field = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(' '));
const doc = fc.record({ context: field, text: field, aliases: field });
const boost = { context: 1.5, text: 1, aliases: 0.5 };
const bm25 = { k: 1.2, b: 0.75, d: 0 };

function miniSearchOver(docs: Array<{ context: string; text: string; aliases: string }>) {
  const ms = new MiniSearch<{ id: number; context: string; text: string; aliases: string }>({
    fields: ['context', 'text', 'aliases'],
    tokenize: (s) => s.split(' ').filter(Boolean),
  });
  ms.addAll(docs.map((d, id) => ({ id, ...d })));
  return ms;
}

/** What the keyword index did before the scorer: MiniSearch's search with per-term boosts, best first, ties by id. */
function viaMiniSearch(ms: MiniSearch, terms: WeightedTerm[]) {
  return ms.search(terms.map((t) => t.term).join('\u0000'), {
    tokenize: (s) => s.split('\u0000'), boost, bm25, combineWith: 'OR', prefix: false, fuzzy: false,
    boostTerm: (_t, i) => terms[i]!.boost,
  }).map((r) => ({ id: r.id as number, score: r.score })).sort((a, b) => b.score - a.score || a.id - b.id);
}

describe('keyword scorer', () => {
  it('scores and orders exactly as MiniSearch#search', () => {
    const query = fc.uniqueArray(fc.constantFrom(...words, '不存在'), { minLength: 1, maxLength: 6 })
      .chain((ts) => fc.tuple(...ts.map((term) => fc.constantFrom(1, 0.3).map((b) => ({ term, boost: b })))));
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 40 }), fc.array(query, { minLength: 1, maxLength: 4 }), (docs, queries) => {
      const ms = miniSearchOver(docs);
      const score = createKeywordScorer(ms as MiniSearch<unknown>, boost, bm25);
      // several queries on one scorer: its accumulators must be clean after each
      for (const q of queries) expect(score(q, docs.length, true)).toEqual(viaMiniSearch(ms, q));
    }), { numRuns: 200 });
  });

  it('keeps the k best, in the order the whole ranking has them', () => {
    fc.assert(fc.property(fc.array(doc, { minLength: 1, maxLength: 40 }), fc.nat({ max: 45 }), (docs, k) => {
      const ms = miniSearchOver(docs);
      const terms = words.map((term, i) => ({ term, boost: i % 2 ? 1 : 0.3 }));
      expect(createKeywordScorer(ms as MiniSearch<unknown>, boost, bm25)(terms, k, true)).toEqual(viaMiniSearch(ms, terms).slice(0, k));
    }), { numRuns: 200 });
  });

  it('without coordination divides the matched-term count back out', () => {
    const ms = miniSearchOver([{ context: '', text: '大宁 目标', aliases: '' }, { context: '', text: '大宁', aliases: '' }]);
    const score = createKeywordScorer(ms as MiniSearch<unknown>, boost, bm25);
    const terms = [{ term: '大宁', boost: 1 }, { term: '目标', boost: 1 }];
    const plain = score(terms, 2, false);
    const coordinated = score(terms, 2, true);
    expect(plain.map((d) => d.id)).toEqual([0, 1]);
    expect(coordinated[0]!.score).toBeCloseTo(plain[0]!.score * 2, 12);
    expect(coordinated[1]!.score).toBe(plain[1]!.score);
  });
});
