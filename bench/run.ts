// `npm run bench`: index builds (seeds, synthetic 100×), cold start, in-process and HTTP latency, soak, baseline → bench/results/.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { messagesFor } from '../src/eval/run.js';
import { readSet } from '../src/node/eval-files.js';
import type { BuildResult, QueryResult } from './child.js';
import { chatRequests, load, type HttpRun } from './http.js';
import { judge, markdown, type BenchResults } from './report.js';
import { sampleRss, startServer } from './server.js';
import { procMemory } from './stats.js';
import { SYNTH_METHOD, writeSynthCorpus } from './synth.js';

const USAGE = 'usage: npm run bench [-- --copies 100 --seconds 10 --soak 20000 --keep]';
const started = performance.now();
const say = (msg: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

/** Runs bench/child.ts in its own process (its peak memory is then the build's or the engine's alone). */
function child<T>(args: string[], out: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', 'bench/child.ts', ...args, '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
    p.once('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(out, 'utf8')) as T) : reject(new Error(`bench/child.ts ${args.join(' ')} exited with ${code}`))));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      copies: { type: 'string', default: '100' }, seconds: { type: 'string', default: '10' }, soak: { type: 'string', default: '20000' },
      keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const copies = Number(values.copies);
  const seconds = Number(values.seconds);
  const soakAmount = Number(values.soak);
  const tmp = mkdtempSync(join(tmpdir(), 'jaq-bench-'));
  const conversations = [...(await readSet('eval', 'dev')).items, ...(await readSet('eval', 'test')).items].map(messagesFor);

  say('seeds: building the index in a child process');
  const seedsIndex = join(tmp, 'index-seeds');
  const seedsBuild = await child<BuildResult>(['--mode', 'build', '--seeds', 'seeds', '--index', seedsIndex], join(tmp, 'seeds-build.json'));
  say(`seeds: in-process latency over ${conversations.length} eval questions (3 passes), then the LangChain baseline`);
  const seedsQuery = await child<QueryResult>(['--mode', 'query', '--seeds', 'seeds', '--index', seedsIndex, '--passes', '3', '--warmup', '20', '--baseline'], join(tmp, 'seeds-query.json'));

  say('cold start: spawning the server');
  const server = await startServer({ SEEDS_DIR: 'seeds', INDEX_DIR: seedsIndex, RATE_LIMIT_PER_MIN: '100000000' }, conversations[0]!.at(-1)!.content);
  const pid = server.child.pid!;
  const idleMB = procMemory(pid)!.rssMB;
  const requests = chatRequests(conversations);
  const rss = sampleRss(pid);
  const http: HttpRun[] = [];
  let soak: HttpRun;
  let beforeSoakMB: number, afterSoakMB: number, afterIdleMB: number, hwmMB: number;
  try {
    say('HTTP: warming up (3 s at concurrency 16)');
    await load(server.url, requests, 16, { seconds: 3 });
    for (const c of [1, 16, 64]) {
      say(`HTTP: concurrency ${c} for ${seconds} s`);
      http.push(await load(server.url, requests, c, { seconds }));
    }
    beforeSoakMB = procMemory(pid)!.rssMB;
    say(`soak: ${soakAmount} requests at concurrency 16`);
    soak = await load(server.url, requests, 16, { amount: soakAmount });
    afterSoakMB = procMemory(pid)!.rssMB;
    await sleep(3000);
    afterIdleMB = procMemory(pid)!.rssMB;
    hwmMB = procMemory(pid)!.peakRssMB;
  } finally {
    rss.stop();
    await server.stop();
  }

  say(`synthetic corpus: ${copies} copies of the seeds`);
  const synthDir = join(tmp, 'synth-seeds');
  const g0 = performance.now();
  const written = writeSynthCorpus('seeds', synthDir, copies);
  const generateMs = performance.now() - g0;
  say(`synthetic corpus: ${written.files} files, ${(written.chars / 1e6).toFixed(1)} M characters; building its index`);
  const synthIndex = join(tmp, 'index-synth');
  const synthBuild = await child<BuildResult>(['--mode', 'build', '--seeds', synthDir, '--index', synthIndex], join(tmp, 'synth-build.json'));
  say('synthetic corpus: loading the engine and answering the eval questions once');
  const synthQuery = await child<QueryResult>(['--mode', 'query', '--seeds', synthDir, '--index', synthIndex, '--passes', '1', '--warmup', '10'], join(tmp, 'synth-query.json'));

  const base = {
    kind: 'jingan-bench' as const, version: 1 as const, createdAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim() ?? '?', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
    seeds: { build: seedsBuild, inProcess: seedsQuery },
    coldStart: { listeningMs: Math.round(server.listeningMs), firstAnswerMs: Math.round(server.firstAnswerMs) },
    http,
    memory: { idleMB, peakServingMB: Math.max(...rss.samples), beforeSoakMB, afterSoakMB, afterIdleMB, driftMB: afterSoakMB - beforeSoakMB, hwmMB },
    soak,
    synthetic: { copies, method: SYNTH_METHOD, files: written.files, chars: written.chars, generateMs: Math.round(generateMs), build: synthBuild, inProcess: synthQuery },
  };
  const results: BenchResults = { ...base, targets: judge(base), totalSeconds: (performance.now() - started) / 1000 };
  mkdirSync(join('bench', 'results'), { recursive: true });
  const file = join('bench', 'results', `${results.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 1)}\n`);
  console.log(`\n${markdown(results)}\nwrote ${file}`);
  if (values.keep) say(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
