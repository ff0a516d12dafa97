// CLI: `npm run index` builds index/ (chunks, BM25, vectors, fitted embedder, manifest) with a progress bar.

import cliProgress from 'cli-progress';
import { isAppError } from '../core/errors.js';
import type { Progress } from '../index/build.js';
import { parseConfig } from '../node/config.js';
import { loadCorpus } from '../node/engine.js';
import { buildIndexAtomic } from '../node/index-store.js';

const STAGE_NAMES: Record<Progress['stage'], string> = {
  chunk: 'chunking', fit: 'fitting embedder', embed: 'embedding', keyword: 'BM25 index', vector: 'vector index', write: 'writing',
};

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const log = (m: string) => console.error(m);
  const corpus = await loadCorpus(config, log);
  const bar = new cliProgress.SingleBar(
    { format: ' {stage} |{bar}| {value}/{total}', hideCursor: true, clearOnComplete: false, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let stage = '';
  bar.start(1, 0, { stage: 'starting'.padEnd(16) });
  const started = Date.now();
  const bundle = await buildIndexAtomic(config, corpus, {
    onProgress: (p) => {
      if (p.stage !== stage) {
        stage = p.stage;
        bar.setTotal(p.total);
      }
      bar.update(p.done, { stage: STAGE_NAMES[p.stage].padEnd(16) });
    },
  });
  bar.stop();
  const m = bundle.manifest;
  console.log(`index written to ${config.INDEX_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s: `
    + `${m.counts.chunks} chunks from ${m.counts.notices} notices; embedder ${m.embedder.id} (${m.embedder.dimension} dims); `
    + `tokenizer ${m.tokenizer}; vectors ${m.vectorIndex}`);
}

main().catch((e) => {
  console.error(isAppError(e) ? `error ${e.code}: ${e.message}` : e);
  process.exit(1);
});
