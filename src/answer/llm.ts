// Optional LLM answerer: numbered excerpts in, an answer with [n] out — checked, quoted and guarded, else extractive.

import type { Answerer, ChatMessage, ChatResponse, Citation, Hit } from '../engine/types.js';
import { Draft } from './draft.js';
import { chunkParagraphs, recordEvidence, sentenceEvidence } from './evidence.js';
import { checkGrounding } from './guard.js';
import type { CorpusLookup } from './lookup.js';
import { bigrams, splitSentences } from './sentences.js';
import { planName } from './compose-target.js';
import { renumber } from './extractive.js';

/** What the answerer needs from a chat model: messages in, text out, abortable. */
export interface ChatModel {
  id: string;
  complete(messages: ChatMessage[], signal: AbortSignal): Promise<string>;
}

export interface Prompts {
  answer: string;
  condense: string;
}

export interface LlmDeps {
  model: ChatModel;
  prompts: Prompts;
  fallback: Answerer;
  lookup: CorpusLookup;
  persons: Iterable<string>;
  timeoutMs: number;
  /** excerpts shown to the model */
  excerpts?: number;
}

export function excerptBlock(hits: Hit[], lookup: CorpusLookup): string {
  return hits.map((h, i) => {
    const n = lookup.notice(h.chunk.noticeId);
    const head = `[${i + 1}] 《${n ? planName(n) : h.chunk.shortTitle}》${h.chunk.docNo ? `（${h.chunk.docNo}）` : ''} ${h.chunk.path.join(' > ')}`;
    return `${head}\n${h.chunk.text || h.chunk.indexText}`;
  }).join('\n\n');
}

async function withTimeout<T>(ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(new Error(`timed out after ${ms} ms`)), ms);
  try {
    return await Promise.race([
      run(ctl.signal),
      new Promise<never>((_, reject) => ctl.signal.addEventListener('abort', () => reject(ctl.signal.reason as Error))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The model's standalone rewrite of a follow-up; null when it fails (the retriever's rewrite is used instead). */
export function createCondenser(deps: Pick<LlmDeps, 'model' | 'prompts' | 'timeoutMs'>) {
  return async (messages: ChatMessage[]): Promise<string | null> => {
    const dialogue = messages.map((m) => `${m.role === 'user' ? '用户' : '助手'}：${m.content}`).join('\n');
    const out = await withTimeout(deps.timeoutMs, (signal) => deps.model.complete(
      [{ role: 'system', content: deps.prompts.condense }, { role: 'user', content: dialogue }], signal));
    const line = out.trim().split('\n')[0]?.trim() ?? '';
    return line && line.length <= 200 ? line : null;
  };
}

export function createLlmAnswerer(deps: LlmDeps): Answerer {
  return {
    async answer(messages, retrieval, opts = {}) {
      const base = await deps.fallback.answer(messages, retrieval, opts);
      // the evidence gate stays with the extractive answerer: no evidence, no model call
      if (!base.answerable) return base;
      const hits = retrieval.hits.slice(0, deps.excerpts ?? 6);
      try {
        const started = performance.now();
        const raw = await withTimeout(deps.timeoutMs, (signal) => deps.model.complete(prompt(deps, messages, hits), signal));
        const checked = check(raw, hits, deps);
        if ('problem' in checked) return withNote(base, `llm answer rejected (${checked.problem}); extractive answer returned`);
        return { ...base, ...checked, mode: 'llm', timings: { ...base.timings, llmMs: performance.now() - started } };
      } catch (e) {
        return withNote(base, `llm failed (${(e as Error).message}); extractive answer returned`);
      }
    },
    // the extractive answer comes first and gates the model: it chooses what is retrieved
    parts: deps.fallback.parts ? (q) => deps.fallback.parts!(q) : undefined,
  };
}

function withNote(r: ChatResponse, note: string): ChatResponse {
  return { ...r, notes: [...r.notes, note] };
}

function prompt(deps: LlmDeps, messages: ChatMessage[], hits: Hit[]): ChatMessage[] {
  const question = messages[messages.length - 1]!.content;
  return [
    { role: 'system', content: deps.prompts.answer },
    { role: 'user', content: `文件摘录：\n\n${excerptBlock(hits, deps.lookup)}\n\n问题：${question}` },
  ];
}

type Checked = Pick<ChatResponse, 'answer' | 'citations' | 'answerable'> | { problem: string };

/** Every [n] must name an excerpt; each cited excerpt yields a verified quote; numbers and names must be grounded. */
function check(raw: string, hits: Hit[], deps: LlmDeps): Checked {
  const text = raw.trim();
  if (!text || /^NO_ANSWER/.test(text)) return { problem: 'the model declined' };
  const used = [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];
  if (!used.length) return { problem: 'no citation markers' };
  const bad = used.filter((n) => n < 1 || n > hits.length);
  if (bad.length) return { problem: `markers outside the excerpts: ${bad.join(',')}` };
  const draft = new Draft(deps.lookup);
  const numberMap = new Map<number, number>();
  for (const n of used) {
    const ref = quoteExcerpt(draft, hits[n - 1]!, linesCiting(text, n), deps.lookup);
    if (ref === null) return { problem: `excerpt ${n} has no verifiable quote` };
    numberMap.set(n, ref);
  }
  const mapped = text.replace(/\[(\d+)\]/g, (_, n: string) => `[${numberMap.get(Number(n))}]`);
  const guard = checkGrounding(mapped, draft.citations, deps.persons);
  if (!guard.ok) return { problem: `ungrounded: ${guard.ungrounded.join(',')}` };
  const { text: answer, citations } = renumber(mapped, draft.citations);
  return { answer, citations: citations as Citation[], answerable: true };
}

/** The sentences that carry marker n; a marker written after the full stop ("…调整。[1]") belongs to its sentence. */
function linesCiting(text: string, n: number): string {
  const attached = text.replace(/([。！？；!?;])((?:\[\d+\])+)/g, '$2$1');
  return splitSentences(attached).filter((s) => s.includes(`[${n}]`)).join('');
}

/** The excerpt's sentences that the model's cited lines lean on: shared numbers first, then the most shared bigrams. */
function quoteExcerpt(draft: Draft, hit: Hit, claim: string, lookup: CorpusLookup): number | null {
  const notice = lookup.notice(hit.chunk.noticeId);
  if (!notice) return null;
  const claimGrams = bigrams(claim);
  const claimNums = new Set(claim.replace(/\[\d+\]/g, '').match(/\d+(?:\.\d+)?/g) ?? []);
  let best: { p: ReturnType<typeof chunkParagraphs>[number]; picks: string[]; score: number } | null = null;
  for (const p of chunkParagraphs(lookup, hit.chunk)) {
    const scored = splitSentences(p.text).map((s) => {
      const nums = (s.match(/\d+(?:\.\d+)?/g) ?? []).filter((x) => claimNums.has(x)).length;
      let shared = 0;
      for (const g of bigrams(s)) if (claimGrams.has(g)) shared++;
      return { s, score: nums * 5 + shared };
    }).filter((x) => x.score > 0).sort((a, b) => b.score - a.score).slice(0, 3);
    const total = scored.reduce((a, x) => a + x.score, 0);
    if (scored.length && (!best || total > best.score)) best = { p, picks: scored.map((x) => x.s), score: total };
  }
  if (best) return draft.cite(sentenceEvidence(hit.chunk, notice, best.p, best.picks));
  if (hit.chunk.recordId) {
    const found = lookup.record(hit.chunk.recordId);
    const headers = found ? found.record.columns.filter((c) => /\d/.test(c) && found.record.cells[c]) : [];
    if (found) return draft.cite(recordEvidence(lookup, hit.chunk, notice, found.record, headers));
  }
  return null;
}
