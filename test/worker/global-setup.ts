// Workers project setup (runs in Node): builds the Worker's assets from a test index, and the Node answers to compare.

import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createApp } from '../../src/http/app.js';
import { createAnalyzer } from '../../src/index/tokenizer.js';
import { FlatIndex } from '../../src/index/vector-index.js';
import { parseConfig } from '../../src/node/config.js';
import { loadCorpus, loadEngine } from '../../src/node/engine.js';
import { loadIndex } from '../../src/node/index-store.js';
import { createJiebaSegmenter } from '../../src/node/jieba-tokenizer.js';
import { composeEngine } from '../../src/worker/compose.js';
import { readFileSync } from 'node:fs';
import { buildWorkerAssets } from '../../scripts/worker-build.js';
import { ROOT, SEEDS } from '../helpers.js';
import { answerAll, type NodeReference } from './reference.js';
import { comparedTexts, evalQuestions } from './texts.js';

export default async function setup(project: TestProject): Promise<void> {
  // its own index folder, like the other real-engine tests: built on first use, reused while it fits the code
  const config = parseConfig({ SEEDS_DIR: SEEDS, INDEX_DIR: join(ROOT, 'test', 'artifacts', 'index-worker') });
  const dir = join(ROOT, 'test', 'artifacts', 'worker-assets');
  await buildWorkerAssets(config, dir);
  project.provide('workerAssetsDir', dir);

  const questions = evalQuestions();
  const service = await loadEngine(config);
  const segmenter = createJiebaSegmenter();
  const bundle = await loadIndex(config);
  const flatEngine = composeEngine({
    corpus: await loadCorpus(config, () => {}), chunks: bundle.chunks, keyword: bundle.keyword, embedder: bundle.embedder,
    tokenizer: bundle.tokenizer, segmenter, builtAt: bundle.manifest.builtAt,
    vectors: FlatIndex.deserialize(new Uint8Array(readFileSync(join(dir, 'index', 'vectors.flat')))),
  });
  const analyzer = createAnalyzer(segmenter);
  const app = createApp({ engine: service, config });
  const reference: NodeReference = {
    questions,
    service: await answerAll(service, questions),
    flat: await answerAll(flatEngine, questions),
    tokens: comparedTexts(service.corpus, 200).map((t) => [t, analyzer.tokenize(t)]),
    notices: await (await app.request('/api/notices')).json(),
  };
  project.provide('nodeReference', reference);
}
