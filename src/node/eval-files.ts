// Node edge of the eval: reading sets from eval/*.jsonl with the parsed seed corpus, and reading/writing run files.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../core/errors.js';
import type { Engine } from '../engine/types.js';
import { concatSets, parseEvalSet, type LoadedSet } from '../eval/set.js';
import type { ReportFile } from '../eval/types.js';
import { checkSet, type CheckedSet } from '../eval/validate.js';
import { ingestCorpus } from '../ingest/corpus.js';
import type { Corpus } from '../ingest/types.js';
import type { Config } from './config.js';
import { readSeedDir } from './seeds.js';

export const SET_NAMES = ['dev', 'test'] as const;
/**
 * Further development sets, written from the seeds (the notices dev asks least about) rather than from failures: a
 * check that a rule tuned on dev carries over before test is looked at. Not part of "all".
 */
export const PROBE_SETS = ['probe', 'probe2', 'probe3', 'probe4', 'probe5', 'probe6', 'probe7', 'probe8', 'probe9', 'probe10', 'probe11', 'probe12', 'probe13', 'probe14', 'probe15', 'probe16', 'probe17', 'probe18', 'probe19', 'probe20', 'probe21', 'probe22', 'probe23', 'probe24', 'probe25'] as const;
const KNOWN_SETS: readonly string[] = [...SET_NAMES, ...PROBE_SETS];

/** "dev", "test", "probe" … "probe25", or "all" (dev and test, in that order). */
export function setNames(name: string): string[] {
  if (name === 'all') return [...SET_NAMES];
  if (KNOWN_SETS.includes(name)) return [name];
  throw new AppError('EVAL_INPUT_INVALID', `--set ${JSON.stringify(name)}: expected dev, test, probe, probe2, probe3, probe4, probe5, probe6, probe7, probe8, probe9, probe10, probe11, probe12, probe13, probe14, probe15, probe16, probe17, probe18, probe19, probe20, probe21, probe22, probe23, probe24, probe25 or all`, { set: name });
}

export async function readSet(evalDir: string, name: string): Promise<LoadedSet> {
  const path = join(evalDir, `${name}.jsonl`);
  return parseEvalSet(`${name}.jsonl`, await readFile(path, 'utf8'));
}

export interface LoadedEval {
  corpus: Corpus;
  set: LoadedSet;
  checked: CheckedSet;
}

/** Seeds parsed, set(s) read and validated against them. */
export async function loadEval(name: string, opts: { seedsDir?: string; evalDir?: string; corpus?: Corpus } = {}): Promise<LoadedEval> {
  const corpus = opts.corpus ?? ingestCorpus(await readSeedDir(opts.seedsDir ?? 'seeds'));
  const sets = await Promise.all(setNames(name).map((n) => readSet(opts.evalDir ?? 'eval', n)));
  const set = sets.length === 1 ? sets[0]! : concatSets(name, sets);
  return { corpus, set, checked: checkSet(set, corpus) };
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
}

export async function readReport(path: string): Promise<ReportFile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new AppError('EVAL_INPUT_INVALID', `${path}: not a readable JSON file (${(e as Error).message})`, { path });
  }
  const r = data as Partial<ReportFile>;
  if (r?.kind !== 'jingan-eval' || r.version !== 1 || !Array.isArray(r.runs) || !r.runs.length) {
    throw new AppError('EVAL_INPUT_INVALID', `${path}: not an eval run file written by npm run eval (kind/version/runs missing)`, { path });
  }
  return r as ReportFile;
}

export type LoadEngine = (config: Config, opts?: { log?: (msg: string) => void }) => Promise<Engine>;

/**
 * The in-process engine's loader from src/node/engine.ts, or null while that module does not exist yet. Only a
 * missing engine module counts as absent; any other failure to import it (a broken dependency, a syntax error) throws.
 */
export async function importEngineLoader(specifier = './engine.js'): Promise<LoadEngine | null> {
  try {
    const mod = (await import(specifier)) as { loadEngine?: LoadEngine };
    if (typeof mod.loadEngine !== 'function') throw new AppError('INTERNAL', `${specifier} does not export loadEngine`);
    return mod.loadEngine;
  } catch (e) {
    if (isMissingModule(e, specifier)) return null;
    throw e;
  }
}

/** "Cannot find module '<the module itself>'" — not "Cannot find package 'x' imported from <the module>". */
function isMissingModule(e: unknown, specifier: string): boolean {
  const err = e as { code?: string; message?: string };
  if (err.code !== 'ERR_MODULE_NOT_FOUND') return false;
  const missing = /Cannot find module '([^']+)'/.exec(err.message ?? '')?.[1];
  const stem = (p: string) => p.replace(/^.*[\\/]/, '').replace(/\.(js|ts)$/, '');
  return missing !== undefined && stem(missing) === stem(specifier);
}
