// OR-query BM25 scoring straight off MiniSearch's postings into typed accumulators: MiniSearch's own scores, without a result object per posting.

import type MiniSearch from 'minisearch';

/** The parts of a built MiniSearch (pinned minisearch 7.2.0) that scoring reads. */
interface Postings {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _nextId: number;
}

/** Terms whose postings are kept at hand; past this the table starts over, so odd input cannot grow it. */
const TERM_CACHE = 50_000;

export interface WeightedTerm {
  term: string;
  boost: number;
}

export interface ScoredDoc {
  /** the id the document was added with */
  id: number;
  score: number;
}

export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}

/**
 * Scores an OR query exactly as `MiniSearch#search` does with prefix and fuzzy off — per term the field scores
 * summed in field order, terms summed in query order, the total multiplied by the number of query terms matched —
 * but into Float64Arrays instead of a Map of result objects per term, which was most of a question's time
 * (keyword search ~2.3 ms of ~4.5 ms over the eval questions). The same arithmetic in the same order gives the
 * same floating-point scores, so rankings do not move (test/index/keyword-scorer.test.ts compares them).
 */
export function createKeywordScorer(ms: MiniSearch<unknown>, boost: Record<string, number>, bm25: Bm25Params) {
  const m = ms as unknown as Postings;
  const size = m._nextId + 1;
  const fields = Object.keys(boost).map((f) => {
    const id = m._fieldIds[f]!;
    const avg = m._avgFieldLength[id]!;
    // BM25's length normalisation per document, computed once: the same expression MiniSearch evaluates per posting
    const lengthNorm = new Float64Array(size);
    for (const [doc, lengths] of m._fieldLength) lengthNorm[doc] = bm25.k * (1 - bm25.b + bm25.b * lengths[id]! / avg);
    return { id, boost: boost[f]!, lengthNorm };
  });
  const total = new Float64Array(size);
  const matched = new Uint32Array(size);
  const termScore = new Float64Array(size);
  const inTerm = new Uint8Array(size);
  const ids = new Float64Array(size).fill(NaN);
  for (const [shortId, id] of m._documentIds) ids[shortId] = Number(id);
  // MiniSearch's radix-tree lookup cost as much as scoring a term's postings; questions repeat their words
  const seen = new Map<string, Map<number, Map<number, number>> | null>();
  const postings = (term: string) => {
    let data = seen.get(term);
    if (data === undefined) {
      if (seen.size >= TERM_CACHE) seen.clear();
      seen.set(term, (data = m._index.get(term) ?? null));
    }
    return data;
  };

  function scoreTerm(data: Map<number, Map<number, number>>, termBoost: number, touched: number[]): void {
    const docs: number[] = [];
    for (const field of fields) {
      const freqs = data.get(field.id);
      if (!freqs) continue;
      const weight = termBoost * field.boost;
      const df = freqs.size;
      const { lengthNorm } = field;
      const idf = Math.log(1 + (m._documentCount - df + 0.5) / (df + 0.5));
      // forEach, not for…of over entries: no [doc, tf] pair allocated per posting
      freqs.forEach((tf, doc) => {
        const raw = idf * (bm25.d + tf * (bm25.k + 1) / (tf + lengthNorm[doc]!));
        if (inTerm[doc]) termScore[doc] = termScore[doc]! + weight * raw;
        else (termScore[doc] = weight * raw), (inTerm[doc] = 1), docs.push(doc);
      });
    }
    for (const doc of docs) {
      if (matched[doc] === 0) (total[doc] = termScore[doc]!), touched.push(doc);
      else total[doc] = total[doc]! + termScore[doc]!;
      matched[doc] = matched[doc]! + 1;
      inTerm[doc] = 0;
    }
  }

  /** The k best documents matching any term, best first (ties by id); `coordination` false divides the count back out. */
  return function score(terms: WeightedTerm[], k: number, coordination: boolean): ScoredDoc[] {
    const touched: number[] = [];
    for (const t of terms) {
      const data = postings(t.term);
      if (data) scoreTerm(data, t.boost, touched);
    }
    const best = new TopK(k);
    for (const doc of touched) {
      const coordinated = total[doc]! * matched[doc]!;
      best.offer(ids[doc]!, coordination ? coordinated : coordinated / matched[doc]!);
      total[doc] = 0;
      matched[doc] = 0;
    }
    return best.sorted();
  };
}

/** The k best of a stream by score, ties to the lower id: a min-heap whose root is the worst kept, so a question
 * touching most passages is not sorted whole to keep fifty. */
class TopK {
  private heap: ScoredDoc[] = [];
  constructor(private readonly k: number) {}

  /** a worse than b */
  private static worse(a: ScoredDoc, b: ScoredDoc): boolean {
    return a.score < b.score || (a.score === b.score && a.id > b.id);
  }

  offer(id: number, score: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push({ id, score });
      this.up(h.length - 1);
    } else if (this.k > 0 && TopK.worse(h[0]!, { id, score })) {
      h[0] = { id, score };
      this.down(0);
    }
  }

  sorted(): ScoredDoc[] {
    return this.heap.sort((a, b) => b.score - a.score || a.id - b.id);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!TopK.worse(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < h.length && TopK.worse(h[l]!, h[w]!)) w = l;
      if (r < h.length && TopK.worse(h[r]!, h[w]!)) w = r;
      if (w === i) return;
      [h[i], h[w]] = [h[w]!, h[i]!];
      i = w;
    }
  }
}
