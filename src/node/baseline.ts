// The stock-parts baseline: LangChain splitter, HNSWLib vectors, BM25 and an ensemble over the raw seeds; top passage = answer.

import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { EnsembleRetriever } from '@langchain/classic/retrievers/ensemble';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { BaseRetriever } from '@langchain/core/retrievers';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { ChatResponse, Citation } from '../engine/types.js';
import { passageRange, placeRange, type Placement } from '../eval/locate.js';
import type { ChunkPlace } from '../eval/metrics.js';
import type { Ask } from '../eval/run.js';
import type { LineRange } from '../eval/types.js';
import type { Corpus } from '../ingest/types.js';

export const BASELINE_SEPARATORS = ['\n\n', '\n', '。', '！', '？', '；', '，', ''];

export interface BaselineOptions {
  corpus: Corpus;
  embeddings: EmbeddingsInterface;
  /** names the embedder in the report */
  embedderName: string;
  chunkSize?: number;
  chunkOverlap?: number;
  /** passages each retriever returns before fusion */
  k?: number;
}

export interface Baseline {
  ask: Ask;
  description: string;
  passages: Array<ChunkPlace & { id: string }>;
}

/** "申请条件" → "申请 请条 条件": BM25Retriever splits queries on whitespace and matches terms as substrings of the passage. */
export function bigramQuery(q: string): string {
  const grams = new Set<string>();
  for (const run of q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) grams.add(chars[0]!);
    for (let i = 0; i + 2 <= chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams].join(' ');
}

/** BM25Retriever's tokenizer is not injectable, so its query is rewritten into character bigrams on the way in. */
class BigramBm25 extends BaseRetriever {
  override lc_namespace = ['jingan', 'baseline'];
  constructor(private readonly inner: BM25Retriever) { super({}); }
  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    return this.inner.invoke(bigramQuery(query));
  }
}

interface Meta { id: string; file: string; loc: { lines: { from: number; to: number } } }

function lineRange(m: Meta): LineRange {
  return { file: m.file, startLine: m.loc.lines.from, endLine: m.loc.lines.to };
}

async function splitSeeds(corpus: Corpus, chunkSize: number, chunkOverlap: number): Promise<Array<Document<Meta>>> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize, chunkOverlap, separators: BASELINE_SEPARATORS });
  const docs = await splitter.createDocuments(corpus.sources.map((s) => s.text), corpus.sources.map((s) => ({ file: s.name })));
  return docs.map((d, i) => new Document<Meta>({ pageContent: d.pageContent, metadata: { ...(d.metadata as Meta), id: `b${i}` } }));
}

function place(corpus: Corpus, d: Document): Placement {
  const m = d.metadata as Meta;
  return placeRange(corpus, passageRange(corpus, m.file, m.loc.lines.from, d.pageContent));
}

function toResponse(question: string, docs: Document[], corpus: Corpus, timings: Record<string, number>): ChatResponse {
  const placed = docs.map((d) => {
    const m = d.metadata as Meta;
    return { d, m, range: lineRange(m), ...place(corpus, d) };
  });
  const citations: Citation[] = placed.slice(0, 1).map((p) => ({
    n: 1, notice: p.notice?.docNo ?? null, title: p.notice?.title ?? p.m.file, kind: p.notice?.kind ?? '其他',
    sectionPath: p.path, section: p.path.join(' > ') || (p.notice?.title ?? p.m.file), quote: p.d.pageContent,
    source: { file: p.m.file, startLine: p.range.startLine, endLine: p.range.endLine }, noticeId: p.notice?.id ?? '', chunkId: p.m.id,
  }));
  return {
    answer: placed[0]?.d.pageContent ?? '', answerable: placed.length > 0, citations,
    query: { original: question, rewritten: question }, timings, mode: 'extractive', notes: [],
    debug: { hits: placed.map((p, i) => ({ chunkId: p.m.id, noticeId: p.notice?.id ?? '', section: p.path.join(' > '), score: 1 / (i + 1), stages: {} })) },
  };
}

/** Builds the baseline over the raw seed text; it reads only the last user turn (no history) and never refuses. */
export async function createBaseline(opts: BaselineOptions): Promise<Baseline> {
  const { corpus, embeddings, chunkSize = 400, chunkOverlap = 50, k = 10 } = opts;
  const docs = await splitSeeds(corpus, chunkSize, chunkOverlap);
  const vectors = await HNSWLib.fromDocuments(docs, embeddings);
  const ensemble = new EnsembleRetriever({
    retrievers: [new BigramBm25(BM25Retriever.fromDocuments(docs, { k })), vectors.asRetriever(k)],
    weights: [0.5, 0.5],
  });
  const passages = docs.map((d) => ({ id: d.metadata.id, path: place(corpus, d).path, span: lineRange(d.metadata) }));
  return {
    passages,
    description: `LangChain baseline: RecursiveCharacterTextSplitter(${chunkSize}/${chunkOverlap}, Chinese separators), ` +
      `HNSWLib + BM25Retriever (character bigrams) → EnsembleRetriever (RRF, 0.5/0.5), k=${k}, embedder ${opts.embedderName}; top passage answers`,
    ask: async (messages) => {
      const question = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
      const t0 = performance.now();
      const found = await ensemble.invoke(question);
      return toResponse(question, found, corpus, { retrieve: performance.now() - t0 });
    },
  };
}
