// Scoring: one ChatResponse against its expected answer (ranks, citations, key facts, refusal), then aggregates.

import type { ChatResponse } from '../engine/types.js';
import { createFactMatcher } from './facts.js';
import { sectionKey } from './gold.js';
import { CATEGORIES } from './types.js';
import type { Category, EvalItem, ItemOutcome, LineRange, Metrics, ResolvedGold, RetrievalMetrics } from './types.js';

/** Something that points into the corpus: a retrieved hit or a citation. */
export interface Passage {
  noticeId: string;
  path: string[];
  lines: LineRange | null;
}

function overlaps(a: LineRange, b: LineRange): boolean {
  return a.file === b.file && a.startLine <= b.endLine && b.startLine <= a.endLine;
}

/**
 * The passage lies in the gold section: its heading path holds the section (so a passage deeper in the
 * section's subtree counts, one in the parent does not); a run-in heading also counts when the passage's
 * lines overlap the paragraph it leads; a gold that names the whole notice needs a passage outside every heading.
 */
export function inGoldSection(p: Passage, g: ResolvedGold): boolean {
  if (p.noticeId !== g.noticeId) return false;
  const keys = p.path.map(sectionKey);
  if (g.via === 'notice') return keys.every((k) => g.pathKeys.includes(k));
  if (keys.some((k) => g.pathKeys.includes(k))) return true;
  return g.via === 'runIn' && p.lines !== null && g.spans.some((s) => overlaps(s, p.lines!));
}

/** 1-based rank of the first passage that satisfies `test`; 0 when none does. */
function firstRank(passages: Passage[], test: (p: Passage) => boolean): number {
  const i = passages.findIndex(test);
  return i + 1;
}

/** Where a retrieved chunk sits, when the runner can look it up (an engine's Chunk satisfies this). */
export interface ChunkPlace {
  path: string[];
  span: LineRange;
}

export type ChunkLookup = (id: string) => ChunkPlace | undefined;

/** The retrieved hits as passages; the chunk (known in process) gives the full path and lines, else the " > "-joined section. */
export function hitPassages(res: ChatResponse, chunkOf?: ChunkLookup): Passage[] | null {
  if (!res.debug) return null;
  return res.debug.hits.map((h) => {
    const chunk = chunkOf?.(h.chunkId);
    if (chunk) return { noticeId: h.noticeId, path: chunk.path, lines: chunk.span };
    return { noticeId: h.noticeId, path: h.section ? h.section.split(' > ') : [], lines: null };
  });
}

export interface Attempt {
  response: ChatResponse | null;
  error: string | null;
  latencyMs: number;
}

export function scoreItem(item: EvalItem, gold: ResolvedGold[], attempt: Attempt, chunkOf?: ChunkLookup): ItemOutcome {
  const res = attempt.response;
  const refused = res ? res.answerable === false : false;
  const answer = res?.answer ?? '';
  const cited: Passage[] = (res?.citations ?? []).map((c) => ({ noticeId: c.noticeId, path: c.sectionPath, lines: c.source }));
  const goldNotices = new Set(gold.map((g) => g.noticeId));
  const inNotice = (p: Passage) => goldNotices.has(p.noticeId);
  const inSection = (p: Passage) => gold.some((g) => inGoldSection(p, g));
  const hits = res ? hitPassages(res, chunkOf) : null;
  const retrievalApplies = item.answerable && gold.length > 0 && (hits !== null || res === null);
  const citationApplies = item.answerable && gold.length > 0 && !refused;
  const found = item.key_facts.map(createFactMatcher(answer));
  return {
    id: item.id, category: item.category, question: item.question, history: item.history ?? [],
    answerable: item.answerable, expectedAnswer: item.expected_answer, keyFacts: item.key_facts, gold,
    answer, refused,
    cited: (res?.citations ?? []).map((c) => ({ noticeId: c.noticeId, notice: c.notice, title: c.title, section: c.section, sectionPath: c.sectionPath })),
    noticeRank: retrievalApplies ? firstRank(hits ?? [], inNotice) : null,
    sectionRank: retrievalApplies ? firstRank(hits ?? [], inSection) : null,
    citedNoticeRight: citationApplies ? cited.some(inNotice) : null,
    citedSectionRight: citationApplies ? cited.some(inSection) : null,
    factsFound: found,
    keyFactRecall: item.answerable && found.length ? found.filter(Boolean).length / found.length : null,
    correct: item.answerable ? res !== null && !refused && found.every(Boolean) : null,
    latencyMs: attempt.latencyMs,
    error: attempt.error,
  };
}

/** Whether the item belongs in the failures table: a wrong answer, a wrong refusal, or a missed refusal. */
export function failed(o: ItemOutcome): boolean {
  return o.answerable ? o.correct !== true : !o.refused;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Nearest-rank percentile (p in 0–100). */
export function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function retrieval(ranks: Array<number | null>): RetrievalMetrics {
  const r = ranks.filter((x): x is number => x !== null);
  return {
    n: r.length,
    hit1: mean(r.map((x) => (x === 1 ? 1 : 0))),
    hit5: mean(r.map((x) => (x >= 1 && x <= 5 ? 1 : 0))),
    mrr: mean(r.map((x) => (x > 0 ? 1 / x : 0))),
  };
}

function rate(values: Array<boolean | null>): { n: number; value: number | null } {
  const v = values.filter((x): x is boolean => x !== null);
  return { n: v.length, value: mean(v.map((x) => (x ? 1 : 0))) };
}

export function aggregate(items: ItemOutcome[]): Metrics {
  const unanswerable = items.filter((o) => !o.answerable).length;
  const refused = items.filter((o) => o.refused);
  const tp = refused.filter((o) => !o.answerable).length;
  const notice = rate(items.map((o) => o.citedNoticeRight));
  const section = rate(items.map((o) => o.citedSectionRight));
  const recall = items.map((o) => o.keyFactRecall).filter((x): x is number => x !== null);
  const latencies = items.map((o) => o.latencyMs);
  return {
    items: items.length,
    answerable: items.length - unanswerable,
    unanswerable,
    errors: items.filter((o) => o.error !== null).length,
    retrieval: { notice: retrieval(items.map((o) => o.noticeRank)), section: retrieval(items.map((o) => o.sectionRank)) },
    citation: { n: notice.n, notice: notice.value, section: section.value },
    keyFactRecall: { n: recall.length, value: mean(recall) },
    answerCorrectness: rate(items.map((o) => o.correct)),
    refusal: {
      refused: refused.length,
      truePositives: tp,
      precision: refused.length ? tp / refused.length : null,
      recall: unanswerable ? tp / unanswerable : null,
    },
    latency: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
  };
}

export function aggregateByCategory(items: ItemOutcome[]): Partial<Record<Category, Metrics>> {
  const out: Partial<Record<Category, Metrics>> = {};
  for (const c of CATEGORIES.filter((c) => items.some((o) => o.category === c))) out[c] = aggregate(items.filter((o) => o.category === c));
  return out;
}
