// The side-by-side HTML of two eval runs (`npm run eval -- --compare a.json b.json`): deltas, categories, flipped items.

import type { RunComparison } from './compare.js';
import { barChart, esc, page, raw, table } from './html.js';
import { formatDelta, formatMetric } from './metric-defs.js';
import { sharedNote } from './text-table.js';
import type { ItemOutcome } from './types.js';

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

function flipped(title: string, ids: string[], items: ItemOutcome[]): string {
  const byId = new Map(items.map((o) => [o.id, o]));
  const rows = ids.map((id) => {
    const o = byId.get(id);
    return [id, o?.category ?? '', o?.question ?? '', o?.refused ? `(refused) ${o.answer}` : o?.answer ?? '', o?.expectedAnswer ?? ''];
  });
  return `<h3>${esc(title)} (${ids.length})</h3>${ids.length ? table(['id', 'category', 'question', 'answer in b', 'expected answer'], rows, 'fail') : '<p class="muted">none</p>'}`;
}

function comparisonSection(c: RunComparison, names: [string, string]): string {
  const rows = c.rows.map((r) => [r.def.label, formatMetric(r.def, r.a), formatMetric(r.def, r.b),
    raw(`<span class="${r.direction}">${esc(formatDelta(r.def, r.a, r.b))}</span>`)]);
  const chart = barChart('Answer correctness by category', names,
    c.categories.map((k) => ({ label: k.category, values: [k.a, k.b] })), pct);
  const metricsChart = barChart('Overall', names,
    c.rows.filter((r) => r.def.kind !== 'ms').map((r) => ({ label: r.def.label, values: [r.a, r.b], format: (v: number) => formatMetric(r.def, v) })), pct);
  return `<h2>${esc(c.label)}</h2>
<p class="muted">a: ${esc(c.a.system)} · ${esc(c.a.startedAt)} · ${c.a.items.length} items<br>b: ${esc(c.b.system)} · ${esc(c.b.startedAt)} · ${c.b.items.length} items</p>
${c.sharedOnly ? `<p><b>${esc(sharedNote(c.sharedOnly))}</b></p>` : ''}
${table(['metric', 'a', 'b', 'b − a'], rows, 'num')}
<div class="charts">${metricsChart}${chart}</div>
${flipped('Fixed in b', c.fixed, c.b.items)}
${flipped('Broken in b', c.broken, c.b.items)}`;
}

export function renderCompare(comparisons: RunComparison[], names: [string, string]): string {
  const body = `<h1>Evaluation compare</h1><p>a = <code>${esc(names[0])}</code><br>b = <code>${esc(names[1])}</code></p>
${comparisons.map((c) => comparisonSection(c, ['a', 'b'])).join('\n')}`;
  return page('Evaluation compare', body);
}
