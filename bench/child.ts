// Bench child process: builds an index (timed, per stage) or loads the engine and times answers, so its peak memory is its own.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { messagesFor } from '../src/eval/run.js';
import type { ChatMessage } from '../src/engine/types.js';
import type { BuildStage } from '../src/index/build.js';
import { ingestCorpus } from '../src/ingest/corpus.js';
import { createBaseline } from '../src/node/baseline.js';
import { baselineEmbeddings } from '../src/node/baseline-embedder.js';
import { parseConfig, type Config } from '../src/node/config.js';
import { loadEngine } from '../src/node/engine.js';
import { readSet } from '../src/node/eval-files.js';
import { buildIndexAtomic } from '../src/node/index-store.js';
import { readSeedDir } from '../src/node/seeds.js';
import { memory, summarize, type Summary } from './stats.js';

export interface BuildResult {
  files: number;
  chars: number;
  notices: number;
  chunks: number;
  /** seed files read and parsed */
  ingestMs: number;
  /** chunk → fit → keyword → embed → vector → write, until the manifest is on disk */
  buildMs: number;
  stagesMs: Partial<Record<BuildStage, number>>;
  peakRssMB: number;
}

export interface QueryResult {
  questions: number;
  /** loadEngine from the index on disk (seeds parsed, index verified and loaded, answerer set up) */
  loadMs: number;
  /** whole answers; stagesMs: the engine's own timings per stage (mean over the same answers) */
  product: Summary & { stagesMs: Record<string, number> };
  baseline?: Summary & { buildMs: number; description: string; stagesMs: Record<string, number> };
  rssMB: number;
  peakRssMB: number;
}

async function build(config: Config): Promise<BuildResult> {
  const t0 = performance.now();
  const files = await readSeedDir(config.SEEDS_DIR);
  const corpus = ingestCorpus(files);
  const t1 = performance.now();
  const stagesMs: Partial<Record<BuildStage, number>> = {};
  const at: { stage: BuildStage | null; since: number } = { stage: null, since: t1 };
  const lap = (next: BuildStage | null) => {
    const now = performance.now();
    if (at.stage) stagesMs[at.stage] = now - at.since;
    Object.assign(at, { stage: next, since: now });
  };
  const bundle = await buildIndexAtomic(config, corpus, { onProgress: (p) => p.stage !== at.stage && lap(p.stage) });
  lap(null);
  const t2 = performance.now();
  return {
    files: files.length, chars: corpus.sources.reduce((n, s) => n + s.text.length, 0), notices: corpus.notices.length,
    chunks: bundle.chunks.length, ingestMs: t1 - t0, buildMs: t2 - t1, stagesMs, peakRssMB: memory().peakRssMB,
  };
}

type Ask = (m: ChatMessage[]) => Promise<{ timings: Record<string, number> }>;

async function time(ask: Ask, conversations: ChatMessage[][], passes: number, warmup: number): Promise<Summary & { stagesMs: Record<string, number> }> {
  for (const m of conversations.slice(0, warmup)) await ask(m);
  const ms: number[] = [];
  const stages: Record<string, number> = {};
  for (let p = 0; p < passes; p++) {
    for (const m of conversations) {
      const t = performance.now();
      const { timings } = await ask(m);
      ms.push(performance.now() - t);
      for (const [k, v] of Object.entries(timings)) stages[k] = (stages[k] ?? 0) + v;
    }
  }
  const stagesMs = Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round((v / ms.length) * 100) / 100]));
  return { ...summarize(ms), stagesMs };
}

async function query(config: Config, passes: number, warmup: number, withBaseline: boolean): Promise<QueryResult> {
  const items = [...(await readSet('eval', 'dev')).items, ...(await readSet('eval', 'test')).items];
  const conversations = items.map(messagesFor);
  const t0 = performance.now();
  const engine = await loadEngine(config);
  const loadMs = performance.now() - t0;
  const product = await time((m) => engine.chat(m), conversations, passes, warmup);
  const out: QueryResult = { questions: conversations.length, loadMs, product, rssMB: 0, peakRssMB: 0 };
  if (withBaseline) {
    const t1 = performance.now();
    const { embeddings, name } = await baselineEmbeddings(config, engine.corpus);
    const b = await createBaseline({ corpus: engine.corpus, embeddings, embedderName: name });
    const buildMs = performance.now() - t1;
    out.baseline = { ...(await time(b.ask, conversations, passes, warmup)), buildMs, description: b.description };
  }
  return { ...out, ...memory() };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string' }, seeds: { type: 'string' }, index: { type: 'string' }, out: { type: 'string' },
      passes: { type: 'string', default: '1' }, warmup: { type: 'string', default: '20' }, baseline: { type: 'boolean', default: false },
    },
  });
  const config = parseConfig({ SEEDS_DIR: values.seeds, INDEX_DIR: values.index, LOG_LEVEL: 'silent' });
  const result = values.mode === 'build'
    ? await build(config)
    : await query(config, Number(values.passes), Number(values.warmup), values.baseline ?? false);
  writeFileSync(values.out!, JSON.stringify(result));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
