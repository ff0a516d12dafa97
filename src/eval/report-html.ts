// The HTML report of one eval: overall metrics and charts for every run side by side, per category, and the failures.

import { barChart, esc, page, raw, table, type Html } from './html.js';
import { formatMetric, METRICS, metricDef } from './metric-defs.js';
import { failed } from './metrics.js';
import { CATEGORIES, type ItemOutcome, type ReportFile, type RunRecord } from './types.js';

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

function overallSection(runs: RunRecord[]): string {
  const rows = METRICS.map((d) => [d.label, ...runs.map((r) => `${formatMetric(d, d.get(r.overall))}  (n=${d.n(r.overall)})`)]);
  const rates = METRICS.filter((d) => d.kind !== 'ms');
  const chart = barChart('Overall', runs.map((r) => r.label),
    rates.map((d) => ({ label: d.label, values: runs.map((r) => d.get(r.overall)), format: (v: number) => formatMetric(d, v) })), pct);
  const cats = CATEGORIES.filter((c) => runs.some((r) => r.byCategory[c]));
  const catChart = barChart('By category: answer correctness (refusal recall where all items are unanswerable)', runs.map((r) => r.label),
    cats.map((c) => ({ label: c, values: runs.map((r) => {
      const m = r.byCategory[c];
      if (!m) return null;
      return m.answerable ? m.answerCorrectness.value : m.refusal.recall;
    }) })), pct);
  return `<h2>Overall</h2>${table(['metric', ...runs.map((r) => r.label)], rows, 'num')}
<div class="charts">${chart}${catChart}</div>`;
}

const CATEGORY_KEYS = ['retrieval.notice.hit5', 'retrieval.section.hit5', 'citation.notice', 'citation.section', 'keyFactRecall', 'answerCorrectness', 'refusal.recall'];

function categorySection(runs: RunRecord[]): string {
  const defs = CATEGORY_KEYS.map((k) => metricDef(k)!);
  const head = ['category', 'items', ...defs.flatMap((d) => runs.map((r) => `${d.label} · ${r.label}`))];
  const cats = CATEGORIES.filter((c) => runs.some((r) => r.byCategory[c]));
  const rows = cats.map((c) => [c, String(runs[0]?.byCategory[c]?.items ?? 0),
    ...defs.flatMap((d) => runs.map((r) => { const m = r.byCategory[c]; return m ? formatMetric(d, d.get(m)) : '—'; }))]);
  return `<h2>By category</h2>${table(head, rows, 'num')}`;
}

function why(o: ItemOutcome): string {
  if (o.error) return `error: ${o.error}`;
  if (!o.answerable) return 'answered although the documents are silent';
  if (o.refused) return 'refused although the documents answer it';
  const missing = o.keyFacts.filter((_, i) => !o.factsFound[i]);
  return `missing key facts: ${missing.join('；')}`;
}

function lines(items: string[]): Html {
  return raw(items.map((s) => esc(s)).join('<br>') || '<span class="muted">—</span>');
}

function failureRow(o: ItemOutcome): Array<string | Html> {
  const question = [...o.history.map((m) => `[${m.role}] ${m.content}`), o.question];
  const cited = o.cited.map((c) => `${c.notice ?? c.title} · ${c.section}`);
  const gold = o.gold.map((g) => `${g.doc} · ${g.section}`);
  const ranks = o.noticeRank === null ? '—' : `notice ${o.noticeRank || '✗'} / section ${o.sectionRank || '✗'}`;
  return [o.id, o.category, lines(question), o.refused ? raw(`<i>refused</i><br>${esc(o.answer)}`) : o.answer,
    o.expectedAnswer, lines(cited), lines(gold), ranks, why(o)];
}

function failuresSection(run: RunRecord, open: boolean): string {
  const fails = run.items.filter(failed);
  const head = ['id', 'category', 'question', 'answer', 'expected answer', 'cited', 'gold', 'retrieved rank', 'why'];
  return `<details${open ? ' open' : ''}><summary>${esc(run.label)}: ${fails.length} of ${run.items.length} items failed</summary>
${table(head, fails.map(failureRow), 'fail')}</details>`;
}

const DEFINITIONS = `<h2>How the figures are computed</h2><ul>
<li><b>Retrieval hit@k / MRR</b> over answerable items, from the response's debug hits: the rank of the first hit in a gold notice, and of the first hit in a gold section (its heading path holds the section or a descendant of it; a run-in heading also counts when the hit's lines overlap the paragraph it leads; a gold that names the notice itself needs a hit outside every heading).</li>
<li><b>Cited notice / section right</b> over answerable items the system did not refuse: some citation is in a gold notice / gold section (same rule as above).</li>
<li><b>Key-fact recall</b>: share of an item's key facts found in the answer, compared after width folding and whitespace removal; "|" separates alternatives; a number never matches inside a longer number ("10" not in "100", "2010" or "10.5").</li>
<li><b>Answer correctness</b> over answerable items: not refused and every key fact present.</li>
<li><b>Refusal precision / recall</b>: a refusal is <code>answerable: false</code>; the positives are the items the documents do not answer.</li>
<li><b>Latency</b>: wall time per item, nearest-rank p50/p95.</li></ul>`;

export function renderReport(report: ReportFile): string {
  const runs = report.runs;
  const systems = runs.map((r) => [r.label, r.system, r.startedAt, String(r.items.length)]);
  const body = `<h1>Evaluation · ${esc(report.set)} set</h1>
<p class="muted">${esc(report.createdAt)} · <code>${esc(report.command)}</code></p>
${table(['run', 'system', 'started', 'items'], systems)}
${overallSection(runs)}
${categorySection(runs)}
<h2>Failures</h2>
${runs.map((r, i) => failuresSection(r, i === 0)).join('\n')}
${DEFINITIONS}`;
  return page(`Evaluation · ${report.set}`, body);
}
