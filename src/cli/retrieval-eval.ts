// Retrieval-only measurement for tuning: hit@1/hit@5/MRR of gold notice and gold section, per stage and embedder.
// Usage: npm exec tsx src/cli/retrieval-eval.ts [-- --sets dev,test --embedders lsa,hash --misses dev]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chunkCorpus } from '../chunk/chunker.js';
import type { Chunk } from '../engine/types.js';
import { HashEmbeddings } from '../embed/hash-embedder.js';
import { LsaEmbeddings } from '../embed/lsa-embedder.js';
import type { PolicyEmbeddings } from '../embed/types.js';
import { inGoldSection } from '../eval/metrics.js';
import { resolveGold } from '../eval/gold.js';
import { parseEvalSet } from '../eval/set.js';
import type { EvalItem, ResolvedGold } from '../eval/types.js';
import { buildParts } from '../index/build.js';
import { FlatIndex } from '../index/vector-index.js';
import { ingestCorpus } from '../ingest/corpus.js';
import type { Corpus } from '../ingest/types.js';
import { createJiebaTokenizer } from '../node/jieba-tokenizer.js';
import { readSeedDir } from '../node/seeds.js';
import { createRetriever, type PolicyRetriever, type RetrievalMode } from '../retrieve/retriever.js';

interface Row {
  label: string;
  n: number;
  notice1: number;
  notice5: number;
  section1: number;
  section5: number;
  mrr: number;
}

function goldOf(corpus: Corpus, item: EvalItem): ResolvedGold[] {
  return item.citations.flatMap((c) => {
    const r = resolveGold(corpus, c);
    if (!r.ok) console.error(`  ${item.id}: gold unresolved — ${r.message}`);
    return r.ok ? [r.gold] : [];
  });
}

const inSection = (c: Chunk, g: ResolvedGold) => inGoldSection({ noticeId: c.noticeId, path: c.path, lines: c.span }, g);

async function measure(label: string, r: PolicyRetriever, items: Array<{ item: EvalItem; gold: ResolvedGold[] }>, misses: boolean): Promise<Row> {
  const row: Row = { label, n: items.length, notice1: 0, notice5: 0, section1: 0, section5: 0, mrr: 0 };
  for (const { item, gold } of items) {
    const res = await r.retrieve(item.question, { k: 10, history: item.history });
    const chunks = res.hits.map((h) => h.chunk);
    const nRank = chunks.findIndex((c) => gold.some((g) => g.noticeId === c.noticeId)) + 1;
    const sRank = chunks.findIndex((c) => gold.some((g) => inSection(c, g))) + 1;
    if (nRank === 1) row.notice1++;
    if (nRank >= 1 && nRank <= 5) row.notice5++;
    if (sRank === 1) row.section1++;
    if (sRank >= 1 && sRank <= 5) row.section5++;
    if (sRank >= 1) row.mrr += 1 / sRank;
    if (misses && !(sRank >= 1 && sRank <= 5)) {
      console.log(`  miss ${item.id} [${item.category}] ${item.question} → ${res.query.rewritten !== item.question ? `«${res.query.rewritten}» ` : ''}`
        + `want ${gold.map((g) => g.section).join(' | ')}; got ${chunks.slice(0, 3).map((c) => c.path.at(-1)?.slice(0, 20)).join(' | ')}`);
    }
  }
  return row;
}

function pct(x: number, n: number): string {
  return n ? `${((100 * x) / n).toFixed(1)}%` : '—';
}

function print(set: string, rows: Row[]): void {
  console.log(`\n${set}: answerable items ${rows[0]?.n ?? 0}`);
  console.log('| stage | notice@1 | notice@5 | section@1 | section@5 | section MRR@10 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.label} | ${pct(r.notice1, r.n)} | ${pct(r.notice5, r.n)} | ${pct(r.section1, r.n)} | ${pct(r.section5, r.n)} | ${(r.mrr / r.n).toFixed(3)} |`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    sets: { type: 'string', default: 'dev,test' },
    embedders: { type: 'string', default: 'lsa,hash' },
    misses: { type: 'string', default: '' },
  } });
  const corpus = ingestCorpus(await readSeedDir('seeds'));
  const chunks = chunkCorpus(corpus);
  const tokenizer = createJiebaTokenizer();
  const fitted: Record<string, () => PolicyEmbeddings> = {
    lsa: () => LsaEmbeddings.fit(chunks.map((c) => c.indexText)),
    hash: () => HashEmbeddings.fit(chunks.map((c) => c.indexText)),
  };
  const systems: Array<{ label: string; r: PolicyRetriever }> = [];
  for (const name of values.embedders!.split(',')) {
    const embedder = fitted[name]!();
    const parts = await buildParts(chunks, embedder, tokenizer, (d) => new FlatIndex(d), undefined, corpus.aliases);
    const modes: RetrievalMode[] = systems.length === 0 ? ['bm25', 'vector', 'hybrid', 'rerank'] : ['vector', 'hybrid', 'rerank'];
    for (const mode of modes) {
      const label = mode === 'bm25' ? 'BM25 only' : `${mode === 'vector' ? 'vector only' : mode === 'hybrid' ? 'hybrid (RRF)' : 'hybrid + rerank'} [${name}]`;
      systems.push({ label, r: createRetriever({ ...parts, chunks, embedder, tokenizer, aliases: corpus.aliases }, { mode }) });
    }
  }
  for (const set of values.sets!.split(',')) {
    const loaded = parseEvalSet(set, readFileSync(join('eval', `${set}.jsonl`), 'utf8'));
    const items = loaded.items.filter((i) => i.answerable).map((item) => ({ item, gold: goldOf(corpus, item) }));
    const rows: Row[] = [];
    for (const s of systems) rows.push(await measure(s.label, s.r, items, values.misses!.split(',').includes(set) && s.label.startsWith('hybrid +')));
    print(set, rows);
  }
}

await main();
