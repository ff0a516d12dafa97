// CLI: `npm run eval -- --set dev|test|probe|probe2…probe25|all [--url URL] [--out DIR] [--baseline] [--limit N]`, or `--compare a.json b.json`.

import cliProgress from 'cli-progress';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, isAppError } from '../core/errors.js';
import { compareReports } from '../eval/compare.js';
import { renderCompare } from '../eval/compare-html.js';
import { renderReport } from '../eval/report-html.js';
import { buildRun, chunkLookup, engineAsk, failureSummary, httpAsk, runItems, type Ask } from '../eval/run.js';
import type { ChunkLookup } from '../eval/metrics.js';
import { categoryTable, compareTable, metricsTable } from '../eval/text-table.js';
import type { EvalItem, ItemOutcome, ReportFile, ResolvedGold, RunRecord } from '../eval/types.js';
import { formatProblem } from '../eval/validate.js';
import type { Corpus } from '../ingest/types.js';
import { createBaseline } from '../node/baseline.js';
import { parseConfig, type Config } from '../node/config.js';
import { importEngineLoader, loadEval, readReport, writeText } from '../node/eval-files.js';
import { baselineEmbeddings } from '../node/baseline-embedder.js';

const USAGE = 'usage: npm run eval -- --set dev|test|probe|probe2…probe25|all [--url http://host:port] [--out eval/runs/NAME] [--baseline] [--limit N]\n' +
  '       npm run eval -- --compare a.json b.json [--out DIR]';

interface System {
  label: string;
  description: string;
  ask: Ask;
  chunkOf?: ChunkLookup;
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Asks every item with a progress bar on a terminal, and silently otherwise (CI logs stay readable). */
async function runSystem(sys: System, items: EvalItem[], gold: Map<string, ResolvedGold[]>, set: string): Promise<RunRecord> {
  const startedAt = new Date().toISOString();
  const tty = Boolean(process.stderr.isTTY);
  const bar = tty ? new cliProgress.SingleBar({ format: `${sys.label.padEnd(8)} {bar} {value}/{total} {id} {status}`, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(items.length, 0, { id: '', status: '' });
  const outcomes: ItemOutcome[] = await runItems(items, gold, sys.ask, {
    chunkOf: sys.chunkOf,
    onItem: (done, o) => bar?.update(done, { id: o.id, status: o.error ? 'error' : '' }),
  });
  bar?.stop();
  return buildRun(sys.label, sys.description, set, startedAt, outcomes);
}

async function productSystem(config: Config, url: string | undefined): Promise<System> {
  if (url) return { label: 'product', description: `server ${url}`, ask: httpAsk(url) };
  const loadEngine = await importEngineLoader();
  if (!loadEngine) throw new AppError('INTERNAL', 'src/node/engine.ts does not exist yet: run against a server with --url, or wait for the engine');
  const engine = await loadEngine(config, { log: (m) => console.error(m) });
  const info = engine.info();
  return {
    label: 'product',
    description: `in process · ${info.notices} notices · ${info.chunks} chunks · embedder ${info.embedder} · tokenizer ${info.tokenizer} · llm ${info.llm ?? 'off'}`,
    ask: engineAsk(engine),
    chunkOf: chunkLookup(engine.chunks),
  };
}

async function baselineSystem(config: Config, corpus: Corpus): Promise<System> {
  const { embeddings, name } = await baselineEmbeddings(config, corpus, (m) => console.error(m));
  const b = await createBaseline({ corpus, embeddings, embedderName: name });
  return { label: 'baseline', description: b.description, ask: b.ask, chunkOf: chunkLookup(b.passages) };
}

async function evaluate(values: Record<string, string | boolean | undefined>): Promise<number> {
  const config = parseConfig(process.env);
  const setName = String(values.set ?? 'dev');
  const { corpus, set, checked } = await loadEval(setName, { seedsDir: config.SEEDS_DIR });
  if (checked.problems.length) {
    for (const p of checked.problems) console.error(formatProblem(p));
    console.error(`${checked.problems.length} problem(s) in ${set.name}: fix them (npm run eval:check) before evaluating`);
    return 1;
  }
  const limit = values.limit === undefined ? set.items.length : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new AppError('EVAL_INPUT_INVALID', `--limit ${JSON.stringify(values.limit)}: expected a positive integer`);
  const items = set.items.slice(0, limit);
  const systems = [await productSystem(config, values.url as string | undefined)];
  if (values.baseline) systems.push(await baselineSystem(config, corpus));
  const runs: RunRecord[] = [];
  for (const sys of systems) runs.push(await runSystem(sys, items, checked.gold, setName));
  const report: ReportFile = { kind: 'jingan-eval', version: 1, createdAt: new Date().toISOString(),
    command: `npm run eval -- ${process.argv.slice(2).join(' ')}`, set: setName, runs };
  const out = String(values.out ?? join('eval', 'runs', `${setName}-${stamp()}`));
  await writeText(join(out, 'report.json'), JSON.stringify(report, null, 1));
  await writeText(join(out, 'report.html'), renderReport(report));
  console.log(`\n${metricsTable(runs)}\n\n${categoryTable(runs)}\n\nwrote ${join(out, 'report.json')} and ${join(out, 'report.html')}`);
  const failures = runs.map(failureSummary).filter((f): f is string => f !== null);
  for (const f of failures) console.error(`\n${f}`);
  return failures.length ? 1 : 0;
}

async function compare(paths: string[], out: string | undefined): Promise<number> {
  if (paths.length !== 2) throw new AppError('EVAL_INPUT_INVALID', `--compare needs two run files, got ${paths.length}\n${USAGE}`);
  const [a, b] = await Promise.all(paths.map(readReport));
  const comparisons = compareReports(a!, b!);
  for (const c of comparisons) console.log(`${compareTable(c)}\n`);
  const file = out ? join(out, 'compare.html') : join('eval', 'runs', `compare-${stamp()}.html`);
  await writeText(file, renderCompare(comparisons, [paths[0]!, paths[1]!]));
  console.log(`wrote ${file}`);
  return 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      set: { type: 'string', default: 'dev' }, url: { type: 'string' }, out: { type: 'string' },
      baseline: { type: 'boolean', default: false }, compare: { type: 'boolean', default: false },
      limit: { type: 'string' }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) { console.log(USAGE); return 0; }
  if (values.compare) return compare(positionals, values.out);
  if (positionals.length) throw new AppError('EVAL_INPUT_INVALID', `unexpected argument ${JSON.stringify(positionals[0])}\n${USAGE}`);
  return evaluate(values);
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  console.error(isAppError(e) ? `${e.code}: ${e.message}` : e);
  process.exitCode = 2;
});
