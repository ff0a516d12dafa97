// Child-process body of the live reindex (forked by reindex.ts): reads the seeds and rebuilds index/ if they changed,
// so the seconds of ingest, LSA fit and indexing never run on the thread that answers requests.

import { AppError, isAppError } from '../core/errors.js';
import type { Corpus } from '../ingest/types.js';
import type { Config } from './config.js';
import { loadCorpus } from './engine.js';
import { rebuildIndex, rebuildReason } from './index-store.js';
import type { BuildMessage } from './reindex.js';

async function build(config: Config, log: (line: string) => void): Promise<Corpus> {
  const corpus = await loadCorpus(config, log);
  // an emptied or misplaced seed folder must not replace a working index with an empty one
  if (corpus.notices.length === 0) {
    throw new AppError('SEED_NO_CONTENT', `${config.SEEDS_DIR} holds no notices (${corpus.issues.length} issues reported while reading it)`);
  }
  const why = rebuildReason(config, corpus);
  if (why) await rebuildIndex(config, corpus, why, { log });
  else log(`[index] ${config.INDEX_DIR} already fits the seeds: nothing to rebuild`);
  return corpus;
}

const post = (m: BuildMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

// The server sends the configuration it parsed at start-up (never through argv, where tokens would show in ps).
process.once('message', async ({ config }: { config: Config }) => {
  let end: BuildMessage;
  try {
    end = { type: 'done', corpus: await build(config, (line) => void post({ type: 'log', line })) };
  } catch (e) {
    end = { type: 'failed', code: isAppError(e) ? e.code : null, message: e instanceof Error ? e.message : String(e) };
  }
  await post(end);
  process.exit(0);
});
