// Comparing two eval runs: metric deltas, per-category correctness, and the items that flipped between them.

import { METRICS, direction, type MetricDef } from './metric-defs.js';
import { aggregate, aggregateByCategory, failed } from './metrics.js';
import { CATEGORIES, type Category, type ReportFile, type RunRecord } from './types.js';

export interface MetricRow {
  def: MetricDef;
  a: number | null;
  b: number | null;
  direction: 'better' | 'worse' | 'same';
}

export interface RunComparison {
  label: string;
  a: RunRecord;
  b: RunRecord;
  rows: MetricRow[];
  categories: Array<{ category: Category; a: number | null; b: number | null }>;
  /** items failing in a and passing in b, and the reverse (ids present in both runs) */
  fixed: string[];
  broken: string[];
  /** set when the runs hold different items: both were re-aggregated over the ids they share */
  sharedOnly: { shared: number; onlyA: number; onlyB: number } | null;
}

/** The run restricted to the given ids, its metrics recomputed from the kept items. */
function restrict(run: RunRecord, ids: Set<string>): RunRecord {
  const items = run.items.filter((o) => ids.has(o.id));
  return { ...run, items, overall: aggregate(items), byCategory: aggregateByCategory(items) };
}

/** Runs over different items (another set, --limit) are compared on the items both hold, never on unlike totals. */
export function compareRuns(label: string, fullA: RunRecord, fullB: RunRecord): RunComparison {
  const idsA = new Set(fullA.items.map((o) => o.id));
  const idsB = new Set(fullB.items.map((o) => o.id));
  const shared = new Set([...idsA].filter((id) => idsB.has(id)));
  const same = shared.size === idsA.size && shared.size === idsB.size;
  const a = same ? fullA : restrict(fullA, shared);
  const b = same ? fullB : restrict(fullB, shared);
  const sharedOnly = same ? null : { shared: shared.size, onlyA: idsA.size - shared.size, onlyB: idsB.size - shared.size };
  const rows = METRICS.map((def) => {
    const va = def.get(a.overall);
    const vb = def.get(b.overall);
    return { def, a: va, b: vb, direction: direction(def, va, vb) };
  });
  const categories = CATEGORIES.filter((c) => a.byCategory[c] || b.byCategory[c]).map((category) => ({
    category,
    a: a.byCategory[category]?.answerCorrectness.value ?? null,
    b: b.byCategory[category]?.answerCorrectness.value ?? null,
  }));
  const before = new Map(a.items.map((o) => [o.id, failed(o)]));
  const fixed: string[] = [];
  const broken: string[] = [];
  for (const o of b.items) {
    const wasFailing = before.get(o.id);
    if (wasFailing === undefined) continue;
    if (wasFailing && !failed(o)) fixed.push(o.id);
    if (!wasFailing && failed(o)) broken.push(o.id);
  }
  return { label, a, b, rows, categories, fixed, broken, sharedOnly };
}

/** Runs are paired by label (product with product, baseline with baseline); with no label in common, first with first. */
export function compareReports(a: ReportFile, b: ReportFile): RunComparison[] {
  const pairs = a.runs.flatMap((ra) => {
    const rb = b.runs.find((r) => r.label === ra.label);
    return rb ? [compareRuns(ra.label, ra, rb)] : [];
  });
  if (pairs.length || !a.runs[0] || !b.runs[0]) return pairs;
  return [compareRuns(`${a.runs[0].label} → ${b.runs[0].label}`, a.runs[0], b.runs[0])];
}
