// CLI: `npm run search -- "问题" [--k 5] [--history "上一问"] [--mode bm25|vector|hybrid|rerank]` prints ranked
// passages with their score at every retrieval stage.

import { parseArgs } from 'node:util';
import { isAppError } from '../core/errors.js';
import type { ChatMessage, Hit } from '../engine/types.js';
import { parseConfig } from '../node/config.js';
import { loadCorpus } from '../node/engine.js';
import { loadOrBuildIndex } from '../node/index-store.js';
import { createRetriever, type RetrievalMode } from '../retrieve/retriever.js';

const fmt = (x: number | undefined, d = 3) => (x === undefined ? '—' : x.toFixed(d));

function describe(h: Hit, i: number): string {
  const s = h.stages;
  const features = Object.entries(s.features ?? {}).filter(([, v]) => v !== 0).map(([k, v]) => `${k}=${fmt(v, 2)}`).join(' ');
  const lines = [
    `#${i + 1}  score ${fmt(h.score)}  ${h.chunk.docNo ?? h.chunk.shortTitle}  §  ${h.chunk.path.join(' > ')}`,
    `    bm25 ${fmt(s.bm25, 2)} (#${s.bm25Rank ?? '—'})  vector ${fmt(s.vector)} (#${s.vectorRank ?? '—'})  rrf ${fmt(s.rrf, 4)}  rerank ${fmt(s.rerank)}${features ? `  [${features}]` : ''}`,
    `    ${h.chunk.id}  ${h.chunk.span.file}:${h.chunk.span.startLine}-${h.chunk.span.endLine}`,
    `    ${h.chunk.text.replace(/\n/g, ' ').slice(0, 160)}`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { k: { type: 'string', default: '5' }, history: { type: 'string', multiple: true }, mode: { type: 'string', default: 'rerank' } },
  });
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error('usage: npm run search -- "问题" [--k 5] [--history "上一问"]… [--mode bm25|vector|hybrid|rerank]');
    process.exit(2);
  }
  const config = parseConfig(process.env);
  const log = (m: string) => console.error(m);
  const corpus = await loadCorpus(config, log);
  const index = await loadOrBuildIndex(config, corpus, { log });
  const retriever = createRetriever({ ...index, aliases: corpus.aliases }, { mode: values.mode as RetrievalMode });
  const history: ChatMessage[] = (values.history ?? []).map((content) => ({ role: 'user', content }));
  const res = await retriever.retrieve(question, { k: Number(values.k), history });
  if (res.query.rewritten !== question) console.log(`rewritten: ${res.query.rewritten}`);
  console.log(res.hits.map(describe).join('\n\n'));
  console.log(`\n${Object.entries(res.timings).map(([k, v]) => `${k} ${v.toFixed(2)} ms`).join(', ')}`);
}

main().catch((e) => {
  console.error(isAppError(e) ? `error ${e.code}: ${e.message}` : e);
  process.exit(1);
});
