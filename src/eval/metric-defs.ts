// The list of reported metrics (key, label, how to read it from Metrics, how to print it): one source for every view.

import type { Metrics } from './types.js';

export interface MetricDef {
  /** stable dotted key, used in floors.json and compare output */
  key: string;
  label: string;
  /** a few characters, for wide per-category tables */
  short: string;
  kind: 'rate' | 'score' | 'ms';
  higherIsBetter: boolean;
  get(m: Metrics): number | null;
  /** how many items the value was computed over */
  n(m: Metrics): number;
}

const rate = (key: string, label: string, short: string, get: MetricDef['get'], n: MetricDef['n']): MetricDef =>
  ({ key, label, short, kind: 'rate', higherIsBetter: true, get, n });

export const METRICS: MetricDef[] = [
  rate('retrieval.notice.hit1', 'retrieval hit@1 · notice', 'notice@1', (m) => m.retrieval.notice.hit1, (m) => m.retrieval.notice.n),
  rate('retrieval.notice.hit5', 'retrieval hit@5 · notice', 'notice@5', (m) => m.retrieval.notice.hit5, (m) => m.retrieval.notice.n),
  { ...rate('retrieval.notice.mrr', 'retrieval MRR · notice', 'notice MRR', (m) => m.retrieval.notice.mrr, (m) => m.retrieval.notice.n), kind: 'score' },
  rate('retrieval.section.hit1', 'retrieval hit@1 · section', 'section@1', (m) => m.retrieval.section.hit1, (m) => m.retrieval.section.n),
  rate('retrieval.section.hit5', 'retrieval hit@5 · section', 'section@5', (m) => m.retrieval.section.hit5, (m) => m.retrieval.section.n),
  { ...rate('retrieval.section.mrr', 'retrieval MRR · section', 'section MRR', (m) => m.retrieval.section.mrr, (m) => m.retrieval.section.n), kind: 'score' },
  rate('citation.notice', 'cited notice right', 'cited notice', (m) => m.citation.notice, (m) => m.citation.n),
  rate('citation.section', 'cited section right', 'cited section', (m) => m.citation.section, (m) => m.citation.n),
  rate('keyFactRecall', 'key-fact recall', 'facts', (m) => m.keyFactRecall.value, (m) => m.keyFactRecall.n),
  rate('answerCorrectness', 'answer correctness', 'correct', (m) => m.answerCorrectness.value, (m) => m.answerCorrectness.n),
  rate('refusal.precision', 'refusal precision', 'refusal P', (m) => m.refusal.precision, (m) => m.refusal.refused),
  rate('refusal.recall', 'refusal recall', 'refusal R', (m) => m.refusal.recall, (m) => m.unanswerable),
  { key: 'latency.p50', label: 'latency p50', short: 'p50', kind: 'ms', higherIsBetter: false, get: (m) => m.latency.p50, n: (m) => m.items },
  { key: 'latency.p95', label: 'latency p95', short: 'p95', kind: 'ms', higherIsBetter: false, get: (m) => m.latency.p95, n: (m) => m.items },
];

export function metricDef(key: string): MetricDef | undefined {
  return METRICS.find((d) => d.key === key);
}

export function formatMetric(def: MetricDef, v: number | null): string {
  if (v === null) return '—';
  if (def.kind === 'rate') return `${(v * 100).toFixed(1)}%`;
  if (def.kind === 'score') return v.toFixed(3);
  return v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`;
}

/** A change b − a, signed, in the metric's own unit (percentage points for rates). */
export function formatDelta(def: MetricDef, a: number | null, b: number | null): string {
  if (a === null || b === null) return '';
  const d = b - a;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const abs = Math.abs(d);
  if (def.kind === 'rate') return `${sign}${(abs * 100).toFixed(1)} pt`;
  if (def.kind === 'score') return `${sign}${abs.toFixed(3)}`;
  return `${sign}${Math.round(abs)} ms`;
}

/** Whether b is better than a, worse, or the same for this metric. */
export function direction(def: MetricDef, a: number | null, b: number | null): 'better' | 'worse' | 'same' {
  if (a === null || b === null || Math.abs(b - a) < 1e-9) return 'same';
  return (b > a) === def.higherIsBetter ? 'better' : 'worse';
}
