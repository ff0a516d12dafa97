// Bench results: the file format, the targets of issue 7 judged against them, and the markdown table for the README.

import type { BuildResult, QueryResult } from './child.js';
import type { HttpRun } from './http.js';
import type { Summary } from './stats.js';

export interface BenchResults {
  kind: 'jingan-bench';
  version: 1;
  createdAt: string;
  command: string;
  machine: { cpus: number; cpu: string; memoryGB: number; node: string; platform: string };
  seeds: { build: BuildResult; inProcess: QueryResult };
  coldStart: { listeningMs: number; firstAnswerMs: number };
  http: HttpRun[];
  memory: { idleMB: number; peakServingMB: number; beforeSoakMB: number; afterSoakMB: number; afterIdleMB: number; driftMB: number; hwmMB: number };
  soak: HttpRun;
  synthetic: { copies: number; method: string; files: number; chars: number; generateMs: number; build: BuildResult; inProcess: QueryResult };
  targets: Target[];
  totalSeconds: number;
}

export interface Target {
  name: string;
  target: string;
  value: string;
  pass: boolean;
}

const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)} ms`;
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;

export function judge(r: Omit<BenchResults, 'targets' | 'totalSeconds'>): Target[] {
  const p = r.seeds.inProcess.product;
  const c16 = r.http.find((h) => h.concurrency === 16);
  const seedsMs = r.seeds.build.ingestMs + r.seeds.build.buildMs;
  const synthMs = r.synthetic.build.ingestMs + r.synthetic.build.buildMs;
  return [
    { name: 'in-process answer p50 (seeds, eval questions)', target: '≤ 10 ms', value: ms(p.p50), pass: p.p50 <= 10 },
    { name: 'in-process answer p95', target: '≤ 30 ms', value: ms(p.p95), pass: p.p95 <= 30 },
    { name: 'answered requests/s at concurrency 16', target: '≥ 300', value: String(c16?.answeredPerS ?? 0), pass: (c16?.answeredPerS ?? 0) >= 300 },
    { name: 'seeds indexed (read + parse + build)', target: '≤ 5 s', value: s(seedsMs), pass: seedsMs <= 5000 },
    { name: `${r.synthetic.copies}× corpus indexed`, target: '≤ 5 min', value: s(synthMs), pass: synthMs <= 300_000 },
    { name: `${r.synthetic.copies}× corpus answer p50`, target: '≤ 50 ms', value: ms(r.synthetic.inProcess.product.p50), pass: r.synthetic.inProcess.product.p50 <= 50 },
    { name: 'resident memory serving the seeds (highest RSS sampled under load)', target: '≤ 300 MB', value: `${r.memory.peakServingMB} MB`, pass: r.memory.peakServingMB <= 300 },
  ];
}

const stages = (t: Record<string, number>) => Object.entries(t).map(([k, v]) => `${k.replace(/Ms$/, '')} ${ms(v)}`).join(', ');
const lat = (x: Summary) => `${ms(x.p50)} / ${ms(x.p95)} / ${ms(x.p99)}`;

export function markdown(r: BenchResults): string {
  const q = r.seeds.inProcess;
  const b = q.baseline;
  const ratio = (a: number, c: number) => (c > 0 ? `${(a / c).toFixed(1)}×` : '—');
  const rows: Array<[string, string]> = [
    ['seeds: files / notices / chunks', `${r.seeds.build.files} / ${r.seeds.build.notices} / ${r.seeds.build.chunks}`],
    ['seeds: index build (read + parse, then build)', `${s(r.seeds.build.ingestMs + r.seeds.build.buildMs)} (${s(r.seeds.build.ingestMs)} + ${s(r.seeds.build.buildMs)}), peak RSS ${r.seeds.build.peakRssMB} MB`],
    ['seeds: build stages', Object.entries(r.seeds.build.stagesMs).map(([k, v]) => `${k} ${s(v)}`).join(', ')],
    [`${r.synthetic.copies}× corpus: files / notices / chunks`, `${r.synthetic.files} / ${r.synthetic.build.notices} / ${r.synthetic.build.chunks} (${(r.synthetic.chars / 1e6).toFixed(1)} M characters)`],
    [`${r.synthetic.copies}× corpus: index build`, `${s(r.synthetic.build.ingestMs + r.synthetic.build.buildMs)}, peak RSS ${r.synthetic.build.peakRssMB} MB`],
    [`${r.synthetic.copies}× corpus: build stages`, Object.entries(r.synthetic.build.stagesMs).map(([k, v]) => `${k} ${s(v)}`).join(', ')],
    [`${r.synthetic.copies}× corpus: engine load / answer p50 / p95 / p99`, `${s(r.synthetic.inProcess.loadMs)} / ${lat(r.synthetic.inProcess.product)}, RSS ${r.synthetic.inProcess.rssMB} MB`],
    [`${r.synthetic.copies}× corpus: mean time per answer stage`, stages(r.synthetic.inProcess.product.stagesMs)],
    ['cold start (spawn → listening / → first answer)', `${s(r.coldStart.listeningMs)} / ${s(r.coldStart.firstAnswerMs)}`],
    [`in-process answer p50 / p95 / p99 (${q.questions} eval questions × ${q.product.n / q.questions})`, lat(q.product)],
    ['seeds: mean time per answer stage', stages(q.product.stagesMs)],
    ['LangChain baseline, same questions, p50 / p95 / p99', b ? `${lat(b)} (built in ${s(b.buildMs)})` : '—'],
    ['baseline ÷ product latency (p50 / p95 / p99)', b ? `${ratio(b.p50, q.product.p50)} / ${ratio(b.p95, q.product.p95)} / ${ratio(b.p99, q.product.p99)}` : '—'],
    ...r.http.map((h): [string, string] => [
      `HTTP POST /api/chat, concurrency ${h.concurrency} (${h.seconds} s)`,
      `${h.answeredPerS} answered/s, p50 ${ms(h.latencyMs.p50)}, p90 ${ms(h.latencyMs.p90)}, p99 ${ms(h.latencyMs.p99)}, errors ${h.errors + h.timeouts}, non-2xx ${h.non2xx}`,
    ]),
    [`soak: ${r.soak.requests.toLocaleString('en')} requests at concurrency ${r.soak.concurrency}`, `${r.soak.answeredPerS} answered/s, p99 ${ms(r.soak.latencyMs.p99)}, errors ${r.soak.errors + r.soak.timeouts}, non-2xx ${r.soak.non2xx}`],
    ['server RSS: idle after first answer / before soak / after soak / after 3 s idle', `${r.memory.idleMB} / ${r.memory.beforeSoakMB} / ${r.memory.afterSoakMB} / ${r.memory.afterIdleMB} MB (drift over the soak ${r.memory.driftMB >= 0 ? '+' : ''}${r.memory.driftMB} MB; peak ${r.memory.hwmMB} MB)`],
  ];
  const table = ['| measure | value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
  const targets = ['| target | goal | measured | |', '|---|---|---|---|', ...r.targets.map((t) => `| ${t.name} | ${t.target} | ${t.value} | ${t.pass ? 'pass' : '**FAIL**'} |`)].join('\n');
  const m = r.machine;
  return `${m.cpus} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}; ${r.createdAt}; whole run ${Math.round(r.totalSeconds)} s\n\n${table}\n\n${targets}\n`;
}
