// Plain-text tables for the terminal: metric tables for one or more runs, and compare deltas; CJK counted as two columns.

import { formatDelta, formatMetric, METRICS } from './metric-defs.js';
import type { RunComparison } from './compare.js';
import { CATEGORIES, type RunRecord } from './types.js';

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, n - displayWidth(s)));
  return right ? fill + s : s + fill;
}

export function renderTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i > 0)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Overall metrics, one column per run. */
export function metricsTable(runs: RunRecord[]): string {
  const rows = METRICS.map((def) => [def.label, ...runs.map((r) => `${formatMetric(def, def.get(r.overall))} (n=${def.n(r.overall)})`)]);
  return renderTable(['metric', ...runs.map((r) => r.label)], rows);
}

/** Per category: items, then for each of a few metrics the runs' values side by side ("product / baseline"). */
export function categoryTable(runs: RunRecord[]): string {
  const keys = ['retrieval.notice.hit5', 'retrieval.section.hit5', 'citation.section', 'keyFactRecall', 'answerCorrectness', 'refusal.recall'];
  const defs = keys.map((k) => METRICS.find((d) => d.key === k)!);
  const head = ['category', 'n', ...defs.map((d) => d.short)];
  const cats = CATEGORIES.filter((c) => runs.some((r) => r.byCategory[c]));
  const rows = cats.map((c) => [c, String(runs[0]?.byCategory[c]?.items ?? 0),
    ...defs.map((d) => runs.map((r) => { const m = r.byCategory[c]; return m ? formatMetric(d, d.get(m)) : '—'; }).join(' / '))]);
  return `${renderTable(head, rows)}\n(each cell: ${runs.map((r) => r.label).join(' / ')})`;
}

export function compareTable(cmp: RunComparison): string {
  const mark = { better: '▲', worse: '▼', same: ' ' } as const;
  const rows = cmp.rows.map((r) => [r.def.label, formatMetric(r.def, r.a), formatMetric(r.def, r.b), `${formatDelta(r.def, r.a, r.b)} ${mark[r.direction]}`.trim()]);
  const lines = [`== ${cmp.label}: ${cmp.a.startedAt} (a) vs ${cmp.b.startedAt} (b)`];
  if (cmp.sharedOnly) lines.push(sharedNote(cmp.sharedOnly));
  lines.push(renderTable(['metric', 'a', 'b', 'b − a'], rows));
  lines.push(`fixed in b (${cmp.fixed.length}): ${cmp.fixed.join(' ') || '—'}`);
  lines.push(`broken in b (${cmp.broken.length}): ${cmp.broken.join(' ') || '—'}`);
  return lines.join('\n');
}

export function sharedNote(s: NonNullable<RunComparison['sharedOnly']>): string {
  return `the runs hold different items: compared on the ${s.shared} both hold (${s.onlyA} only in a, ${s.onlyB} only in b left out)`;
}
