// The retriever: follow-up rewriting → BM25 and vector search → reciprocal-rank fusion → feature rerank → top k.

import type { Chunk, Hit, RetrievalResult, Retriever, RetrieveOptions, StageScores } from '../engine/types.js';
import type { Alias } from '../ingest/types.js';
import { parseDocNo } from '../ingest/doc-number.js';
import type { PolicyEmbeddings } from '../embed/types.js';
import type { KeywordIndex } from '../index/keyword-index.js';
import type { Tokenizer } from '../index/tokenizer.js';
import type { VectorSearch } from '../index/vector-index.js';
import { createAliasExpander } from './expand.js';
import { bigramIdf, chunkFacts, featureValues, queryFacts, withQuoting, type ChunkFacts, type QueryFacts } from './features.js';
import { reciprocalRankFusion } from './fusion.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { rewriteFollowUp } from './rewrite.js';

export interface RetrieverParts {
  chunks: Chunk[];
  keyword: KeywordIndex;
  vectors: VectorSearch;
  embedder: PolicyEmbeddings;
  tokenizer: Tokenizer;
  aliases: Alias[];
}

/** Which stages run: the ablations the eval reports, the full pipeline by default. */
export type RetrievalMode = 'bm25' | 'vector' | 'hybrid' | 'rerank';

/** Feature weights added to the normalised fusion score (1 = a top-ranked hit in both lists); tuned on dev only. */
export interface RerankWeights {
  /** the raw scores, each divided by the best among the candidates: RRF alone forgets how far ahead the top was */
  bm25: number;
  vector: number;
  noticeNamed: number;
  noticeOther: number;
  area: number;
  article: number;
  numbers: number;
  heading: number;
  record: number;
  /** 0.7: at 1 a held-out set lost an item; 0.5 leaves “双I战略”'s passage outside the 8 read */
  quoted: number;
}

export const defaultRerankWeights: RerankWeights = {
  bm25: 1, vector: 0, noticeNamed: 0.3, noticeOther: -0.3, area: 0.1, article: 0.5, numbers: 0.2, heading: 0.3, record: 0.3, quoted: 0.7,
};

/** BM25 leads: on dev the offline vectors find the gold section less often (see README), so they count less. */
export const defaultFusionWeights: [number, number] = [1, 0.5];

export interface RetrieverOptions {
  mode?: RetrievalMode;
  /** candidates taken from each retriever before fusion */
  depth?: number;
  rrfK?: number;
  /** weight of the [BM25, vector] lists in the fusion */
  fusionWeights?: [number, number];
  weights?: Partial<RerankWeights>;
  defaultK?: number;
}

export interface PolicyRetriever extends Retriever {
  readonly lexicon: Lexicon;
  readonly mode: RetrievalMode;
}

interface Candidate {
  index: number;
  stages: StageScores;
  score: number;
}

const now = () => performance.now();

/**
 * "归哪个部门管": the kind of answer asked for, which every passage naming any office says; left in the keyword query
 * it outranks the thing asked about (a short passage saying 部门 twice beat 病媒生物防制's one "四害").
 */
const KIND_ASKED = /(哪个|哪些|哪几个|哪一个|什么|啥)(部门|单位|机构)/g;

export function createRetriever(parts: RetrieverParts, opts: RetrieverOptions = {}): PolicyRetriever {
  const mode = opts.mode ?? 'rerank';
  const depth = opts.depth ?? 50;
  const rrfK = opts.rrfK ?? 60;
  const fusionWeights = opts.fusionWeights ?? defaultFusionWeights;
  const weights = { ...defaultRerankWeights, ...opts.weights };
  const { chunks } = parts;
  const lexicon = buildLexicon(chunks, parts.aliases);
  const expander = createAliasExpander(parts.aliases);
  const idf = bigramIdf(chunks);
  const facts: ChunkFacts[] = chunks.map((c) => chunkFacts(c, idf));
  const docNoToNotice = new Map<string, string>();
  for (const c of chunks) {
    const norm = c.docNo ? parseDocNo(c.docNo) : null;
    if (norm) docNoToNotice.set(norm, c.noticeId);
  }

  const newCandidates = () => {
    const byIndex = new Map<number, Candidate>();
    return (index: number) => {
      let c = byIndex.get(index);
      if (!c) byIndex.set(index, (c = { index, stages: {}, score: 0 }));
      return c;
    };
  };

  /** Runs the retrievers the mode asks for; each list holds chunk positions, best first. */
  async function gather(rewritten: string, expansion: string, want: number, cand: (i: number) => Candidate, timings: Record<string, number>) {
    const kwList: number[] = [];
    const vecList: number[] = [];
    let t = now();
    if (mode !== 'vector') {
      parts.keyword.search(rewritten.replace(KIND_ASKED, '$1'), want, { expansion }).forEach((h, r) => {
        Object.assign(cand(h.index).stages, { bm25: h.score, bm25Rank: r + 1 });
        kwList.push(h.index);
      });
      timings.keyword = now() - t;
    }
    if (mode !== 'bm25') {
      t = now();
      const qv = await parts.embedder.queryVector(expansion ? `${rewritten} ${expansion}` : rewritten);
      timings.embed = now() - t;
      t = now();
      (await parts.vectors.search(qv, want)).forEach((h, r) => {
        Object.assign(cand(h.index).stages, { vector: h.score, vectorRank: r + 1 });
        vecList.push(h.index);
      });
      timings.vector = now() - t;
    }
    return { kwList, vecList };
  }

  /** Fusion, then (in rerank mode) the features; a 文号 in the question keeps only that notice when it can. */
  function rank(kwList: number[], vecList: number[], cand: (i: number) => Candidate, qf: QueryFacts): Candidate[] {
    if (mode === 'bm25' || mode === 'vector') {
      return (mode === 'bm25' ? kwList : vecList).map((i) => {
        const c = cand(i);
        c.score = (mode === 'bm25' ? c.stages.bm25 : c.stages.vector) ?? 0;
        return c;
      });
    }
    const top = (fusionWeights[0] + fusionWeights[1]) / (rrfK + 1);
    const maxBm25 = kwList.length ? cand(kwList[0]!).stages.bm25! : 1;
    const maxVector = vecList.length ? cand(vecList[0]!).stages.vector! : 1;
    const fused = reciprocalRankFusion([kwList, vecList], rrfK, fusionWeights);
    qf = withQuoting(qf, fused.map((f) => chunks[f.key]!));
    let ranked = fused.map((f) => {
      const c = cand(f.key);
      c.stages.rrf = f.score;
      c.score = f.score / top;
      if (mode !== 'rerank') return c;
      const fv: Record<string, number> = {
        bm25: maxBm25 > 0 ? (c.stages.bm25 ?? 0) / maxBm25 : 0,
        vector: maxVector > 0 ? Math.max(0, c.stages.vector ?? 0) / maxVector : 0,
        ...featureValues(chunks[f.key]!, facts[f.key]!, qf),
      };
      c.stages.features = fv;
      for (const [name, v] of Object.entries(fv)) c.score += v * weights[name as keyof RerankWeights];
      c.stages.rerank = c.score;
      return c;
    });
    if (mode !== 'rerank') return ranked;
    const strict = ranked.filter((c) => qf.strictNotices.has(chunks[c.index]!.noticeId));
    if (strict.length > 0) ranked = strict;
    return ranked.sort((a, b) => b.score - a.score || (b.stages.rrf ?? 0) - (a.stages.rrf ?? 0) || a.index - b.index);
  }

  async function retrieve(question: string, ro: RetrieveOptions = {}): Promise<RetrievalResult> {
    const k = ro.k ?? opts.defaultK ?? 5;
    const timings: Record<string, number> = {};
    let t = now();
    const rewritten = rewriteFollowUp(question, ro.history, lexicon);
    const expansion = expander.expand(rewritten);
    // an everyday word whose full form the text quotes (灭四害 → 除“四害”) points at that term's passages too
    const qf = queryFacts(rewritten, lexicon, docNoToNotice, expansion);
    timings.rewrite = now() - t;
    // a question naming a 文号 is answered from that notice: search deeper so enough of it survives the filter
    const want = qf.strictNotices.size > 0 && mode === 'rerank' ? depth * 4 : depth;
    const cand = newCandidates();
    const { kwList, vecList } = await gather(rewritten, expansion, want, cand, timings);
    t = now();
    const hits = dedupe(rank(kwList, vecList, cand, qf), chunks, k);
    timings.rank = now() - t;
    return { query: { original: question, rewritten }, hits, timings };
  }

  return { retrieve, lexicon, mode };
}

/** The same notice never comes back twice for the same paragraph (overlapping pieces of one long section). */
function dedupe(ranked: Candidate[], chunks: Chunk[], k: number): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const c of ranked) {
    if (hits.length >= k) break;
    const chunk = chunks[c.index]!;
    const keys = chunk.recordId ? [`${chunk.noticeId}/${chunk.recordId}`] : chunk.paragraphIds.map((p) => `${chunk.noticeId}/${p}`);
    if (keys.some((x) => seen.has(x))) continue;
    for (const x of keys) seen.add(x);
    hits.push({ chunk, score: c.score, stages: c.stages });
  }
  return hits;
}
