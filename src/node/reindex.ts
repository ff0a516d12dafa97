// Live reindex for the Node server: the build runs in a child process; the serving thread only loads the fresh index
// and swaps the engine (a fraction of a second), so requests keep being answered while seeds are re-read and indexed.

import { fork } from 'node:child_process';
import { AppError, isAppError, type ErrorCode } from '../core/errors.js';
import type { Engine } from '../engine/types.js';
import type { Corpus } from '../ingest/types.js';
import type { Config } from './config.js';
import { openEngine } from './engine.js';

/** What the build process (reindex-build.ts) sends: log lines, then the corpus it indexed or why it failed. */
export type BuildMessage =
  | { type: 'log'; line: string }
  | { type: 'done'; corpus: Corpus }
  | { type: 'failed'; code: ErrorCode | null; message: string };

const BUILD_ENTRY = new URL('./reindex-build.ts', import.meta.url);
const KEPT = 'the previous index is still served';

/** A failure the build reports keeps its catalogue code (INDEX_MISMATCH, SEED_NO_CONTENT …); anything else is REINDEX_FAILED. */
function failure(code: ErrorCode | null, message: string): AppError {
  return new AppError(code && code !== 'INTERNAL' ? code : 'REINDEX_FAILED', `reindex failed: ${message}; ${KEPT}`);
}

/**
 * Runs the build in a child process and resolves, once it has ended, with the corpus it indexed. A process rather
 * than a worker thread: a thread's freed build memory stays in the server (glibc keeps its malloc arena; measured
 * 385 MB resident after a reindex instead of 300 MB), a process hands all of it back when it exits. It inherits
 * the server's node flags (`--import tsx`, the heap cap); the result comes back over IPC as a structured clone.
 */
export function buildInChild(config: Config, log: (line: string) => void): Promise<Corpus> {
  return new Promise((resolve, reject) => {
    const child = fork(BUILD_ENTRY, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let outcome: Exclude<BuildMessage, { type: 'log' }> | null = null;
    child.on('message', (m: BuildMessage) => (m.type === 'log' ? log(m.line) : (outcome = m)));
    child.on('error', (e) => (outcome ??= { type: 'failed', code: null, message: `build process: ${e.message}` }));
    // 'close' comes after the exit and after every message has been read off the channel
    child.on('close', (status, signal) => {
      const end = outcome ?? { type: 'failed', code: null, message: `build process ended (${signal ?? `status ${status}`}) without a result` };
      if (end.type === 'done') resolve(end.corpus);
      else reject(failure(end.code, end.message));
    });
    child.send({ config });
  });
}

/** POST /api/admin/reindex's work: build off-thread, then load and swap here; until the swap the old engine serves. */
export function createReindexer(config: Config, deps: { log: (line: string) => void; swap: (next: Engine) => void }): () => Promise<void> {
  return async () => {
    const started = Date.now();
    try {
      const corpus = await buildInChild(config, deps.log);
      const loading = Date.now();
      deps.swap(await openEngine(config, corpus, { log: deps.log }));
      deps.log(`[reindex] done in ${((Date.now() - started) / 1000).toFixed(1)} s (load and swap on the serving thread ${Date.now() - loading} ms)`);
    } catch (e) {
      const err = isAppError(e) ? e : failure(null, e instanceof Error ? e.message : String(e));
      deps.log(`[reindex] ${err.code}: ${err.message}`);
      throw err;
    }
  };
}
