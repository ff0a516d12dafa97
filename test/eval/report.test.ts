// The HTML report and compare mode: everything escaped, nothing external, Chinese intact, failures and deltas shown.

import { describe, expect, it } from 'vitest';
import { compareReports, compareRuns } from '../../src/eval/compare.js';
import { renderCompare } from '../../src/eval/compare-html.js';
import { scoreItem } from '../../src/eval/metrics.js';
import { renderReport } from '../../src/eval/report-html.js';
import { buildRun } from '../../src/eval/run.js';
import { compareTable, metricsTable } from '../../src/eval/text-table.js';
import type { ReportFile, RunRecord } from '../../src/eval/types.js';
import { cite, goldHeading, item, response } from './fakes.js';

const evil = item('x1', { question: '<script>alert("公租房")</script>能申请吗？', key_facts: ['低于15平方米'], expected_answer: '可以 & 应当' });
const fine = item('x2', { question: '外地户口能申请吗？', key_facts: ['居住证'] });

function run(label: string, answers: [string, string], startedAt = '2025-01-01T00:00:00Z'): RunRecord {
  const outcomes = [
    scoreItem(evil, [goldHeading], { response: response(answers[0], { citations: [cite('nA', ['<b>第五条</b>'])] }), error: null, latencyMs: 12 }),
    scoreItem(fine, [goldHeading], { response: response(answers[1], { citations: [cite('nA', ['第五条  申请条件'])] }), error: null, latencyMs: 30 }),
  ];
  return buildRun(label, `${label} system`, 'dev', startedAt, outcomes);
}

const report = (runs: RunRecord[]): ReportFile => ({ kind: 'jingan-eval', version: 1, createdAt: '2025-01-01T00:00:00Z', command: 'npm run eval -- --set dev', set: 'dev', runs });

describe('renderReport', () => {
  const html = renderReport(report([run('product', ['答案<img src=x onerror=alert(1)>', '需持居住证']), run('baseline', ['无关段落', '无关'])]));

  it('escapes every string from questions, answers, expected answers and citations', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;公租房&quot;)&lt;/script&gt;能申请吗？');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('答案&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('可以 &amp; 应当');
    expect(html).toContain('&lt;b&gt;第五条&lt;/b&gt;');
  });

  it('is one self-contained file: inline style and SVG, no scripts or external assets', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=["']|href=["']http/i);
  });

  it('shows both runs side by side and lists the failures with cited vs gold', () => {
    expect(html).toContain('<th>product</th><th>baseline</th>');
    expect(html).toContain('product: 1 of 2 items failed');
    expect(html).toContain('baseline: 2 of 2 items failed');
    expect(html).toContain('静安区公共租赁住房申请供应和租后管理办法（2021版） · 第五条  申请条件');
    expect(html).toContain('missing key facts: 低于15平方米');
  });
});

describe('compare', () => {
  const a = run('product', ['无', '无'], '2025-01-01T00:00:00Z');
  const b = run('product', ['低于15平方米', '无'], '2025-02-01T00:00:00Z');

  it('computes deltas and the items that flipped', () => {
    const c = compareRuns('product', a, b);
    const row = c.rows.find((r) => r.def.key === 'answerCorrectness')!;
    expect([row.a, row.b, row.direction]).toEqual([0, 0.5, 'better']);
    expect(c.rows.find((r) => r.def.key === 'latency.p50')!.direction).toBe('same');
    expect(c.fixed).toEqual(['x1']);
    expect(c.broken).toEqual([]);
    expect(c.categories).toEqual([{ category: 'fact', a: 0, b: 0.5 }]);
  });

  it('pairs runs by label and prints a diff table', () => {
    const cs = compareReports(report([a, run('baseline', ['无', '无'])]), report([b]));
    expect(cs.map((c) => c.label)).toEqual(['product']);
    const text = compareTable(cs[0]!);
    expect(text).toMatch(/answer correctness\s+0\.0%\s+50\.0%\s+\+50\.0 pt ▲/);
    expect(text).toContain('fixed in b (1): x1');
    expect(text).toContain('broken in b (0): —');
  });

  it('compares runs over different items on the items both hold', () => {
    const short = { ...b, items: b.items.filter((o) => o.id === 'x1') };
    const c = compareRuns('product', a, buildRun('product', 'p', 'dev', 't', short.items));
    expect(c.sharedOnly).toEqual({ shared: 1, onlyA: 1, onlyB: 0 });
    // over x1 alone: a failed it (0%), b answered it (100%) — not a's 0 of 2 against b's 1 of 1
    const row = c.rows.find((r) => r.def.key === 'answerCorrectness')!;
    expect([row.a, row.b]).toEqual([0, 1]);
    expect(compareTable(c)).toContain('compared on the 1 both hold (1 only in a, 0 only in b left out)');
  });

  it('falls back to first-with-first when no label is shared', () => {
    const cs = compareReports(report([a]), report([{ ...b, label: 'tuned' }]));
    expect(cs.map((c) => c.label)).toEqual(['product → tuned']);
  });

  it('writes an escaped side-by-side page', () => {
    const html = renderCompare(compareReports(report([a]), report([b])), ['runs/<a>.json', 'runs/b.json']);
    expect(html).toContain('runs/&lt;a&gt;.json');
    expect(html).toContain('<span class="better">+50.0 pt</span>');
    expect(html).toContain('<h3>Fixed in b (1)</h3>');
    expect(html).toContain('&lt;script&gt;alert');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('metricsTable', () => {
  it('prints one column per run with the item counts', () => {
    const t = metricsTable([run('product', ['低于15平方米', '居住证'])]);
    expect(t).toMatch(/answer correctness\s+100\.0% \(n=2\)/);
    expect(t).toMatch(/refusal precision\s+— \(n=0\)/);
  });
});
