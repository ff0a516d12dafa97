// `npm run worker:build`: turns the index built by `npm run index` into the Worker's static assets (dist/worker-assets).

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { AppError, isAppError } from '../src/core/errors.js';
import { embedChunks } from '../src/index/build.js';
import { FlatIndex } from '../src/index/vector-index.js';
import { parseConfig, type Config } from '../src/node/config.js';
import { loadCorpus } from '../src/node/engine.js';
import { loadOrBuildIndex, type IndexBundle } from '../src/node/index-store.js';
import { ASSET_DIR, PART, WORKER_ASSETS_FORMAT, WORKER_MANIFEST, type WorkerManifest } from '../src/worker/index-assets.js';
import { vectorizeRecords } from '../src/worker/vectorize-index.js';

/** Workers static assets: no single file may exceed 25 MiB (limits page, checked when this was written). */
export const ASSET_FILE_LIMIT = 25 * 1024 * 1024;

export interface FileSize {
  name: string;
  bytes: number;
  gzip: number;
}

export interface WorkerBuild {
  dir: string;
  manifest: WorkerManifest;
  sizes: FileSize[];
  chunks: number;
  /** the shipped vectors, in chunk order (also what a Vectorize upload holds) */
  vectors: Float32Array[];
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * hnswlib keeps its vectors inside its own file format, which the Worker cannot read; the same vectors are
 * recomputed with the index's own (deterministic) embedder and checked against the HNSW index: each must find
 * itself (or an identical vector) at cosine ≈ 1, so a Worker never ships vectors the Node index does not hold.
 */
async function shippedVectors(bundle: IndexBundle): Promise<Float32Array[]> {
  const vectors = await embedChunks(bundle.chunks, bundle.embedder);
  vectors.forEach((v, i) => {
    const [top] = bundle.vectors.search(v, 1);
    if (!top || top.score < 0.9999) {
      throw new AppError('INDEX_CORRUPT', `chunk ${bundle.chunks[i]!.id}: its recomputed vector is not in the HNSW index (best cosine ${top?.score})`, { chunk: i });
    }
  });
  return vectors;
}

export async function buildWorkerAssets(config: Config, outDir: string, log: (m: string) => void = () => {}): Promise<WorkerBuild> {
  const corpus = await loadCorpus(config, log);
  const bundle = await loadOrBuildIndex(config, corpus, { log });
  if (bundle.manifest.embedder.kind !== 'lsa' && bundle.manifest.embedder.kind !== 'hash') {
    throw new AppError('INDEX_MISMATCH', `index in ${config.INDEX_DIR} uses embedder ${bundle.manifest.embedder.id}, which cannot run in a Worker; build it with EMBEDDER=lsa or hash`, {});
  }
  const vectors = await shippedVectors(bundle);
  const flat = new FlatIndex(bundle.embedder.dimension);
  flat.add(vectors);
  const indexDir = resolve(config.INDEX_DIR);
  const files: Record<string, Uint8Array> = {
    [PART.chunks]: readFileSync(join(indexDir, 'chunks.json')),
    [PART.keyword]: readFileSync(join(indexDir, 'keyword.json')),
    [PART.embedder]: readFileSync(join(indexDir, 'embedder.bin')),
    [PART.vectors]: flat.serialize(),
  };
  for (const s of bundle.manifest.seeds) files[`seeds/${s.name}`] = readFileSync(join(config.SEEDS_DIR, s.name));
  for (const p of ['answer.md', 'condense.md']) files[`prompts/${p}`] = readFileSync(join('prompts', p));
  // the copies must be the very bytes the Node index verified
  for (const [name, entry] of Object.entries(bundle.manifest.files)) {
    if (files[name] && sha256(files[name]!) !== entry.sha256) throw new AppError('INDEX_CORRUPT', `${indexDir}/${name} changed while it was copied`, { file: name });
  }
  const m = bundle.manifest;
  const manifest: WorkerManifest = {
    format: WORKER_ASSETS_FORMAT,
    builtAt: new Date().toISOString(),
    index: { builtAt: m.builtAt, embedder: m.embedder, tokenizer: m.tokenizer, keyword: { aliases: m.keyword.aliases }, seeds: m.seeds, counts: m.counts },
    files: Object.fromEntries(Object.entries(files).map(([n, b]) => [n, { sha256: sha256(b), bytes: b.length }])),
  };
  const sizes = Object.entries(files).map(([name, b]) => ({ name, bytes: b.length, gzip: gzipSync(b).length }));
  const tooBig = sizes.find((s) => s.bytes > ASSET_FILE_LIMIT);
  if (tooBig) throw new AppError('INDEX_MISMATCH', `${tooBig.name} is ${tooBig.bytes} bytes, over the 25 MiB Workers asset limit; move the vectors to Vectorize`, { file: tooBig.name });
  writeAtomically(resolve(outDir), files, manifest);
  return { dir: resolve(outDir), manifest, sizes, chunks: bundle.chunks.length, vectors };
}

/** Written beside, then swapped in: `wrangler dev` watching the folder never sees half an index. */
function writeAtomically(outDir: string, files: Record<string, Uint8Array>, manifest: WorkerManifest): void {
  const tmp = `${outDir}.building-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(tmp, ASSET_DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  writeFileSync(join(tmp, ASSET_DIR, WORKER_MANIFEST), JSON.stringify(manifest, null, 2));
  // an asset directory is public by default; run_worker_first in wrangler.toml keeps every path behind the Worker
  writeFileSync(join(tmp, '.assetsignore'), '.gitignore\n');
  writeFileSync(join(tmp, '.gitignore'), '*\n');
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

function report(b: WorkerBuild, log: (m: string) => void): void {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  for (const s of [...b.sizes].sort((x, y) => y.bytes - x.bytes)) log(`  ${s.name.padEnd(36)} ${kib(s.bytes).padStart(12)}  gzip ${kib(s.gzip).padStart(11)}`);
  const total = b.sizes.reduce((a, s) => a + s.bytes, 0);
  const gz = b.sizes.reduce((a, s) => a + s.gzip, 0);
  const perChunk = ['chunks.json', 'keyword.json', 'vectors.flat'].reduce((a, n) => a + b.manifest.files[n]!.bytes, 0) / b.chunks;
  log(`  total ${kib(total)} (gzip ${kib(gz)}) in ${b.sizes.length + 1} files; ${b.chunks} chunks, ${perChunk.toFixed(0)} bytes per chunk in chunks+keyword+vectors`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const config = parseConfig(process.env);
  const out = args.find((a) => !a.startsWith('--')) ?? 'dist/worker-assets';
  const log = (m: string) => console.log(m);
  const b = await buildWorkerAssets(config, out, log);
  log(`[worker] assets for ${b.manifest.index.embedder.id}, index built ${b.manifest.index.builtAt}, written to ${b.dir}`);
  report(b, log);
  const ndjson = args.find((a) => a.startsWith('--vectorize='))?.slice('--vectorize='.length);
  if (ndjson) {
    writeFileSync(ndjson, vectorizeRecords(JSON.parse(readFileSync(join(b.dir, ASSET_DIR, PART.chunks), 'utf8')).chunks, b.vectors));
    log(`[worker] ${b.chunks} vectors for \`wrangler vectorize insert <index> --file ${ndjson}\``);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(isAppError(e) ? `${e.code}: ${e.message}` : e);
    process.exit(1);
  });
}
