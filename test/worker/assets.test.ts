// The Worker's shipped index: built from index/ by scripts/worker-build.ts, loaded and verified by src/worker/index-assets.ts.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkerAssets, type WorkerBuild } from '../../scripts/worker-build.js';
import { noWordSegmenter } from '../../src/index/tokenizer.js';
import { parseConfig } from '../../src/node/config.js';
import { loadIndex } from '../../src/node/index-store.js';
import { ASSET_DIR, loadWorkerParts, PART, sha256Hex, WORKER_MANIFEST, type AssetReader, type WorkerManifest } from '../../src/worker/index-assets.js';
import { createWasmSegmenter } from '../../src/worker/wasm-segmenter.js';
import { ROOT, SEEDS } from '../helpers.js';
import { jiebaWasmModule } from './wasm.js';

const config = parseConfig({ SEEDS_DIR: SEEDS, INDEX_DIR: join(ROOT, 'test', 'artifacts', 'index-worker-assets') });
const OUT = join(ROOT, 'test', 'artifacts', 'worker-assets-node');
const all = { vectors: true, embedder: true };

function reader(patch: Record<string, Uint8Array | null> = {}): AssetReader {
  return async (name) => {
    if (name in patch) return patch[name]!;
    const path = join(OUT, ASSET_DIR, name);
    return existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
  };
}

const manifestBytes = () => readFileSync(join(OUT, ASSET_DIR, WORKER_MANIFEST), 'utf8');
const patchedManifest = (edit: (m: WorkerManifest) => void) => {
  const m = JSON.parse(manifestBytes()) as WorkerManifest;
  edit(m);
  return new TextEncoder().encode(JSON.stringify(m));
};

describe('Worker assets', () => {
  let build: WorkerBuild;
  const segmenter = () => createWasmSegmenter(jiebaWasmModule());
  beforeAll(async () => {
    build = await buildWorkerAssets(config, OUT);
  }, 120_000);

  it('ship the index as built: same chunks, keyword index tokenizer and embedder, vectors found by both indexes alike', async () => {
    const node = await loadIndex(config);
    const parts = await loadWorkerParts(reader(), { segmenter: segmenter(), ...all });
    expect(parts.chunks).toEqual(node.chunks);
    expect(parts.keyword.tokenizerId).toBe(node.tokenizer.id);
    expect(parts.embedder!.id).toBe(node.embedder.id);
    expect(parts.corpus.notices).toHaveLength(node.manifest.counts.notices);
    expect(parts.prompts!.answer).toBe(readFileSync(join(ROOT, 'prompts', 'answer.md'), 'utf8'));
    // the flat copy holds the HNSW index's vectors: same nearest chunks for a real query
    const q = await node.embedder.queryVector('公共租赁住房的申请条件');
    expect(parts.vectors!.search(q, 10).map((h) => h.index)).toEqual(node.vectors.search(q, 10).map((h) => h.index));
    expect(build.sizes.map((s) => s.name)).toEqual(expect.arrayContaining([PART.chunks, PART.keyword, PART.embedder, PART.vectors, 'prompts/condense.md']));
  });

  it('leave the vectors and the embedder out when Vectorize and Workers AI stand in for them', async () => {
    const parts = await loadWorkerParts(reader(), { segmenter: segmenter(), vectors: false, embedder: false });
    expect(parts.vectors).toBeNull();
    expect(parts.embedder).toBeNull();
  });

  it('are refused when missing, tampered with, of another format, or tokenised otherwise', async () => {
    const load = (r: AssetReader, s = segmenter()) => loadWorkerParts(r, { segmenter: s, ...all });
    await expect(load(reader({ [WORKER_MANIFEST]: null }))).rejects.toMatchObject({ code: 'INDEX_MISSING' });
    const keyword = new Uint8Array(readFileSync(join(OUT, ASSET_DIR, PART.keyword)));
    keyword[100] = keyword[100]! ^ 1;
    await expect(load(reader({ [PART.keyword]: keyword }))).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('keyword.json failed its checksum') });
    await expect(load(reader({ [PART.vectors]: null }))).rejects.toMatchObject({ code: 'INDEX_CORRUPT', message: expect.stringContaining('vectors.flat is missing') });
    await expect(load(reader({ [WORKER_MANIFEST]: patchedManifest((m) => { m.format = 99; }) }))).rejects.toMatchObject({ code: 'INDEX_MISMATCH' });
    await expect(load(reader(), noWordSegmenter)).rejects.toMatchObject({ code: 'INDEX_MISMATCH', message: expect.stringContaining('tokenizes with analyzer-v1(none') });
  });

  it('are refused when the shipped seeds are not the ones indexed, even with matching checksums', async () => {
    const name = build.manifest.index.seeds[0]!.name;
    const seed = new TextEncoder().encode(`${readFileSync(join(SEEDS, name), 'utf8')}\n附件：补充说明。\n`);
    const sha = await sha256Hex(seed);
    const manifest = patchedManifest((m) => { m.files[`seeds/${name}`] = { sha256: sha, bytes: seed.length }; });
    await expect(loadWorkerParts(reader({ [WORKER_MANIFEST]: manifest, [`seeds/${name}`]: seed }), { segmenter: segmenter(), ...all }))
      .rejects.toMatchObject({ code: 'INDEX_MISMATCH', message: expect.stringContaining('seed texts differ') });
  });

  it('are refused when embedded by a model a Worker cannot run', async () => {
    const manifest = patchedManifest((m) => { m.index.embedder = { kind: 'bge', id: 'bge-small-zh', dimension: 512 }; });
    await expect(loadWorkerParts(reader({ [WORKER_MANIFEST]: manifest }), { segmenter: segmenter(), ...all }))
      .rejects.toMatchObject({ code: 'INDEX_MISMATCH', message: expect.stringContaining('cannot run inside a Worker') });
  });
});
