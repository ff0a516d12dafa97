// A small Engine over the real seed corpus for HTTP tests: bigram-overlap retrieval, answers quoted from real paragraphs.

import type { Corpus, Notice, Paragraph } from '../../src/ingest/types.js';
import type { ChatMessage, ChatOptions, ChatResponse, Chunk, Citation, Engine, Hit, RetrievalResult, RetrieveOptions } from '../../src/engine/types.js';
import { seedCorpus } from '../helpers.js';

export interface FakeEngine extends Engine {
  /** every chat call as received, for asserting what the HTTP layer passed on */
  calls: Array<{ messages: ChatMessage[]; opts: ChatOptions | undefined }>;
  /** when set, chat and search throw it */
  fail: unknown;
}

function bigrams(s: string): Set<string> {
  const t = s.replace(/[\s，。？！、；：“”‘’《》（）()?,.!]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

function toChunk(n: Notice, p: Paragraph): Chunk {
  const shortTitle = n.carriedTitle ?? n.title;
  const contextLine = [shortTitle, ...p.path].join(' · ');
  return {
    id: `${p.id}-c`, noticeId: n.id, docNo: n.docNo, noticeTitle: n.title, shortTitle, noticeKind: n.kind, noticeStatus: n.status,
    type: 'text', path: p.path, text: p.text, contextLine, indexText: `${contextLine}\n${p.text}`, span: p.span,
    paragraphIds: [p.id], recordId: null, cells: null,
  };
}

/** The first sentence of a paragraph, exactly as written (so it occurs in the source). */
function firstSentence(text: string): string {
  return /^[^。！？；]+[。！？；]?/.exec(text)?.[0] ?? text;
}

function retrieve(chunks: Chunk[], question: string, k: number): Hit[] {
  const q = bigrams(question);
  return chunks
    .map((chunk) => {
      let overlap = 0;
      for (const g of bigrams(chunk.indexText)) if (q.has(g)) overlap++;
      return { chunk, score: q.size ? overlap / q.size : 0 };
    })
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id))
    .slice(0, k)
    .map((h, i) => ({ chunk: h.chunk, score: h.score, stages: { bm25: h.score, bm25Rank: i + 1 } }));
}

function citation(hit: Hit, n: number): Citation {
  const c = hit.chunk;
  return {
    n, notice: c.docNo, title: c.shortTitle, kind: c.noticeKind, sectionPath: c.path, section: c.path[c.path.length - 1] ?? c.shortTitle,
    quote: firstSentence(c.text), source: { file: c.span.file, startLine: c.span.startLine, endLine: c.span.endLine },
    noticeId: c.noticeId, chunkId: c.id,
  };
}

export async function createFakeEngine(): Promise<FakeEngine> {
  const corpus: Corpus = await seedCorpus();
  const chunks = corpus.notices.flatMap((n) => n.paragraphs.filter((p) => p.role !== 'meta' && p.text.length >= 12).map((p) => toChunk(n, p)));
  const engine: FakeEngine = {
    corpus, chunks, calls: [], fail: undefined,
    async search(question: string, opts?: RetrieveOptions): Promise<RetrievalResult> {
      if (engine.fail) throw engine.fail;
      return { query: { original: question, rewritten: question }, hits: retrieve(chunks, question, opts?.k ?? 10), timings: { retrieve: 1 } };
    },
    async chat(messages: ChatMessage[], opts?: ChatOptions): Promise<ChatResponse> {
      engine.calls.push({ messages, opts });
      if (engine.fail) throw engine.fail;
      const question = messages[messages.length - 1]!.content;
      // Follow-ups: short questions borrow the previous user turn, as a query rewriter would.
      const previous = [...messages.slice(0, -1)].reverse().find((m) => m.role === 'user')?.content;
      const rewritten = previous && [...question].length < 10 ? `${previous} ${question}` : question;
      const hits = retrieve(chunks, rewritten, 5);
      const used = hits.filter((h) => h.score >= 0.3).slice(0, 2);
      const citations = used.map((h, i) => citation(h, i + 1));
      const answer = citations.length ? citations.map((c) => `${c.quote}[${c.n}]`).join('\n') : '现有文件中没有找到能回答这个问题的内容。';
      const res: ChatResponse = {
        answer, answerable: citations.length > 0, citations, query: { original: question, rewritten }, timings: { retrieve: 1, answer: 1 },
        mode: 'extractive', notes: [],
      };
      if (opts?.debug) res.debug = { hits: hits.map((h) => ({ chunkId: h.chunk.id, noticeId: h.chunk.noticeId, section: h.chunk.path.join(' › '), score: h.score, stages: h.stages })) };
      return res;
    },
    info: () => ({ notices: corpus.notices.length, chunks: chunks.length, embedder: 'fake-bigram', dimension: 0, tokenizer: 'bigram', llm: null, builtAt: null }),
  };
  return engine;
}
