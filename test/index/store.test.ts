// index/ on disk: build → write → load round trip, stale and mismatched manifests, corrupt parts, atomic rebuilds.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/ingest/types.js';
import { parseConfig, type Config } from '../../src/node/config.js';
import { buildIndexAtomic, loadIndex, loadOrBuildIndex, rebuildReason, type IndexBundle } from '../../src/node/index-store.js';
import { createRetriever } from '../../src/retrieve/retriever.js';
import { seedCorpus } from '../helpers.js';

let root: string;
let corpus: Corpus;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jaq-index-'));
  corpus = await seedCorpus();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The hash embedder fits in a fraction of a second, which keeps these tests quick; the code path is the same. */
function config(dir: string, over: Record<string, string> = {}): Config {
  return parseConfig({ INDEX_DIR: join(root, dir), EMBEDDER: 'hash', MODELS_DIR: join(root, 'no-models'), ...over });
}

async function top(b: IndexBundle, q: string): Promise<Array<[string, number]>> {
  const res = await createRetriever({ ...b, aliases: corpus.aliases }).retrieve(q, { k: 5 });
  return res.hits.map((h) => [h.chunk.id, h.score]);
}

describe('index store', () => {
  it('reports a missing index, and builds one when asked to load-or-build', async () => {
    const cfg = config('fresh');
    await expect(loadIndex(cfg)).rejects.toMatchObject({ code: 'INDEX_MISSING' });
    const log: string[] = [];
    const b = await loadOrBuildIndex(cfg, corpus, { log: (m) => log.push(m) });
    expect(log[0]).toMatch(/no index yet: building/);
    expect(readdirSync(cfg.INDEX_DIR).sort()).toEqual(['chunks.json', 'embedder.bin', 'keyword.json', 'manifest.json', 'vectors.hnsw']);
    const m = JSON.parse(readFileSync(join(cfg.INDEX_DIR, 'manifest.json'), 'utf8'));
    expect(m).toMatchObject({
      formatVersion: 1,
      embedder: { kind: 'hash', id: b.embedder.id, dimension: 2048 },
      tokenizer: b.tokenizer.id,
      vectorIndex: 'hnsw',
      chunking: { maxChars: 480, overlapChars: 80, version: 2 },
      counts: { notices: corpus.notices.length, chunks: b.chunks.length },
    });
    expect(m.seeds.map((s: { name: string }) => s.name)).toEqual(corpus.sources.map((s) => s.name).sort());
    expect(Object.keys(m.files).sort()).toEqual(['chunks.json', 'embedder.bin', 'keyword.json', 'vectors.hnsw']);
  });

  it('round-trips: what is loaded retrieves exactly what was built', async () => {
    const cfg = config('roundtrip');
    const built = await buildIndexAtomic(cfg, corpus);
    const loaded = await loadIndex(cfg);
    expect(loaded.chunks).toEqual(built.chunks);
    expect(loaded.manifest).toEqual(built.manifest);
    expect(loaded.embedder.id).toBe(built.embedder.id);
    for (const q of ['公租房拖欠租金多久会被清退？', '静府发〔2021〕15号新增星级酒店', '郭强挂职担任什么职务？']) {
      expect(await top(loaded, q)).toEqual(await top(built, q));
    }
    const log: string[] = [];
    const again = await loadOrBuildIndex(cfg, corpus, { log: (m) => log.push(m) });
    expect(log.join('\n')).toMatch(/loaded \d+ chunks/);
    expect(again.manifest.builtAt).toBe(built.manifest.builtAt);
  });

  it('refuses an index built for another embedder than the configured one', async () => {
    const cfg = config('mismatch');
    await buildIndexAtomic(cfg, corpus);
    const lsa = { ...cfg, EMBEDDER: 'lsa' as const };
    await expect(loadOrBuildIndex(lsa, corpus)).rejects.toMatchObject({
      code: 'INDEX_MISMATCH',
      message: expect.stringMatching(/built with embedder "hash".*EMBEDDER=lsa/),
    });
    await expect(loadIndex(lsa)).rejects.toMatchObject({ code: 'INDEX_MISMATCH' });
  });

  it('rebuilds a stale index when a seed file changed', async () => {
    const cfg = config('stale');
    const first = await buildIndexAtomic(cfg, corpus);
    const changed: Corpus = { ...corpus, sources: corpus.sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n补充` } : s)) };
    const log: string[] = [];
    const b = await loadOrBuildIndex(cfg, changed, { log: (m) => log.push(m) });
    expect(log[0]).toMatch(/stale \(seed files changed\)/);
    expect(b.manifest.seeds).not.toEqual(first.manifest.seeds);
  });

  it('rebuilds when the same seeds give other passages (changed ingest or chunking code)', async () => {
    const cfg = config('passages');
    await buildIndexAtomic(cfg, corpus);
    // the unchanged corpus loads the index as it is
    const same: string[] = [];
    await loadOrBuildIndex(cfg, corpus, { log: (m) => same.push(m) });
    expect(same.join('\n')).toMatch(/loaded \d+ chunks/);
    // what a change to the heading parser does: same seed bytes, passages under another heading path
    const moved: Corpus = { ...corpus, notices: corpus.notices.map((n) => ({ ...n, paragraphs: n.paragraphs.map((p) => ({ ...p, path: ['另一个标题', ...p.path] })) })) };
    const log: string[] = [];
    await loadOrBuildIndex(cfg, moved, { log: (m) => log.push(m) });
    expect(log[0]).toMatch(/stale \(passages changed \(ingest or chunking code\)\)/);
  });

  it('detects a truncated part by its checksum, and start-up rebuilds it', async () => {
    const cfg = config('corrupt');
    await buildIndexAtomic(cfg, corpus);
    const path = join(cfg.INDEX_DIR, 'keyword.json');
    writeFileSync(path, readFileSync(path).subarray(0, 1000));
    await expect(loadIndex(cfg)).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('keyword.json') });
    const log: string[] = [];
    const b = await loadOrBuildIndex(cfg, corpus, { log: (m) => log.push(m) });
    expect(log[0]).toMatch(/corrupt.*keyword\.json.*building/);
    expect((await loadIndex(cfg)).chunks).toHaveLength(b.chunks.length);
  });

  it('treats an unreadable manifest as corrupt', async () => {
    const cfg = config('badmanifest');
    await buildIndexAtomic(cfg, corpus);
    writeFileSync(join(cfg.INDEX_DIR, 'manifest.json'), '{"formatVersion":');
    await expect(loadIndex(cfg)).rejects.toMatchObject({ code: 'INDEX_CORRUPT' });
  });

  it('leaves the previous index untouched and no temporary folder when a build fails', async () => {
    const cfg = config('atomic');
    await buildIndexAtomic(cfg, corpus);
    const before = readFileSync(join(cfg.INDEX_DIR, 'manifest.json'), 'utf8');
    // bge without model files fails midway through the build (after chunking, at the embedder)
    const failing = { ...cfg, EMBEDDER: 'bge' as const };
    await expect(buildIndexAtomic(failing, corpus)).rejects.toMatchObject({ code: 'MODEL_MISSING' });
    expect(readFileSync(join(cfg.INDEX_DIR, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(root).filter((n) => n.includes('.atomic.'))).toEqual([]);
    expect(existsSync(join(cfg.INDEX_DIR, 'keyword.json'))).toBe(true);
  });

  it('says why a rebuild is due without loading anything (the live reindex asks before building)', async () => {
    const cfg = config('reason');
    expect(rebuildReason(cfg, corpus)).toBe('no index yet');
    await buildIndexAtomic(cfg, corpus);
    expect(rebuildReason(cfg, corpus)).toBeNull();
    const changed: Corpus = { ...corpus, sources: corpus.sources.map((s, i) => (i === 0 ? { ...s, text: `${s.text}\n补充` } : s)) };
    expect(rebuildReason(cfg, changed)).toBe('index is stale (seed files changed)');
    expect(() => rebuildReason({ ...cfg, EMBEDDER: 'lsa' }, corpus)).toThrow(expect.objectContaining({ code: 'INDEX_MISMATCH' }));
    // same size, one byte flipped: only the checksum can tell
    const path = join(cfg.INDEX_DIR, 'vectors.hnsw');
    const bytes = readFileSync(path);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(path, bytes);
    expect(rebuildReason(cfg, corpus)).toMatch(/^index is corrupt \(.*vectors\.hnsw failed its checksum/);
  });
});
