// Node edge: index/ on disk — manifest, checksummed parts, atomic rebuilds, and the load-or-build start-up path.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CHUNKER_VERSION, chunkCorpus, defaultChunkOptions, type ChunkOptions } from '../chunk/chunker.js';
import { AppError, isAppError } from '../core/errors.js';
import type { EmbedderKind, PolicyEmbeddings } from '../embed/types.js';
import type { Chunk } from '../engine/types.js';
import { buildParts, type OnProgress } from '../index/build.js';
import { defaultKeywordParams, KEYWORD_INDEX_VERSION, loadKeywordIndex, type KeywordIndex, type KeywordParams } from '../index/keyword-index.js';
import type { Tokenizer } from '../index/tokenizer.js';
import type { VectorIndex } from '../index/vector-index.js';
import type { Alias, Corpus } from '../ingest/types.js';
import type { Config } from './config.js';
import { createEmbedder, expectedEmbedderId, restoreEmbedder } from './embedders.js';
import { HnswIndex } from './hnsw-index.js';
import { createJiebaTokenizer } from './jieba-tokenizer.js';

/** Bumped when the layout of index/ changes. */
export const INDEX_FORMAT_VERSION = 1;

const FILES = { chunks: 'chunks.json', keyword: 'keyword.json', vectors: 'vectors.hnsw', embedder: 'embedder.bin' } as const;
const MANIFEST = 'manifest.json';

export interface Manifest {
  formatVersion: number;
  builtAt: string;
  embedder: { kind: EmbedderKind; id: string; dimension: number };
  tokenizer: string;
  keyword: { version: number; params: KeywordParams; aliases: string };
  vectorIndex: string;
  chunking: ChunkOptions & { version: number };
  /** sha256 of each seed file's decoded text: a change makes the index stale */
  seeds: Array<{ name: string; sha256: string }>;
  /** sha256 and size of each part: a mismatch means the file is corrupt or truncated */
  files: Record<string, { sha256: string; bytes: number }>;
  counts: { notices: number; chunks: number };
}

export interface IndexBundle {
  chunks: Chunk[];
  aliases: Alias[];
  keyword: KeywordIndex;
  vectors: VectorIndex;
  embedder: PolicyEmbeddings;
  tokenizer: Tokenizer;
  manifest: Manifest;
}

export interface StoreOptions {
  onProgress?: OnProgress;
  log?: (msg: string) => void;
  /** defaults to config.INDEX_DIR */
  dir?: string;
}

type StoreConfig = Pick<Config, 'INDEX_DIR' | 'EMBEDDER' | 'MODELS_DIR' | 'BGE_MODEL'>;

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** What the keyword index was built with: its code version, its parameters, the alias table it folded in. */
function keywordStamp(corpus: Corpus): Manifest['keyword'] {
  return { version: KEYWORD_INDEX_VERSION, params: defaultKeywordParams, aliases: sha256(JSON.stringify(corpus.aliases)) };
}

export function seedChecksums(corpus: Corpus): Manifest['seeds'] {
  return corpus.sources.map((s) => ({ name: s.name, sha256: sha256(s.text) })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Builds the whole index into a temporary sibling folder, then swaps it into place with renames, so a crash at
 * any point leaves either the old index or none — never a half-written one. Returns the loaded bundle.
 */
export async function buildIndexAtomic(config: StoreConfig, corpus: Corpus, opts: StoreOptions = {}): Promise<IndexBundle> {
  const dir = resolve(opts.dir ?? config.INDEX_DIR);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(dirname(dir), `.${basename(dir)}.building-${stamp}`);
  mkdirSync(tmp, { recursive: true });
  try {
    const bundle = await buildInto(tmp, config, corpus, opts.onProgress);
    const old = join(dirname(dir), `.${basename(dir)}.old-${stamp}`);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
    return bundle;
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

async function buildInto(dir: string, config: StoreConfig, corpus: Corpus, onProgress?: OnProgress): Promise<IndexBundle> {
  onProgress?.({ stage: 'chunk', done: 0, total: 1 });
  const chunks = chunkCorpus(corpus, defaultChunkOptions);
  onProgress?.({ stage: 'chunk', done: 1, total: 1 });
  const tokenizer = createJiebaTokenizer();
  onProgress?.({ stage: 'fit', done: 0, total: 1 });
  const embedder = await createEmbedder(config, chunks);
  onProgress?.({ stage: 'fit', done: 1, total: 1 });
  const { keyword, vectors } = await buildParts(chunks, embedder, tokenizer, (d) => new HnswIndex(d), onProgress, corpus.aliases);
  const parts: Record<string, Uint8Array> = {
    [FILES.chunks]: chunksPart(corpus, chunks),
    [FILES.keyword]: keyword.serialize(),
    [FILES.vectors]: vectors.serialize(),
  };
  const state = embedder.serialize();
  if (state) parts[FILES.embedder] = state;
  const names = Object.keys(parts);
  names.forEach((name, i) => {
    writeFileSync(join(dir, name), parts[name]!);
    onProgress?.({ stage: 'write', done: i + 1, total: names.length + 1 });
  });
  const manifest: Manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    builtAt: new Date().toISOString(),
    embedder: { kind: embedder.kind, id: embedder.id, dimension: embedder.dimension },
    tokenizer: tokenizer.id,
    keyword: keywordStamp(corpus),
    vectorIndex: vectors.kind,
    chunking: { ...defaultChunkOptions, version: CHUNKER_VERSION },
    seeds: seedChecksums(corpus),
    files: Object.fromEntries(names.map((n) => [n, { sha256: sha256(parts[n]!), bytes: parts[n]!.length }])),
    counts: { notices: corpus.notices.length, chunks: chunks.length },
  };
  // the manifest goes last: a folder without one is never taken for an index
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  onProgress?.({ stage: 'write', done: names.length + 1, total: names.length + 1 });
  return { chunks, aliases: corpus.aliases, keyword, vectors, embedder, tokenizer, manifest };
}

export function readManifest(dir: string): Manifest {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) throw new AppError('INDEX_MISSING', `no index in ${dir} (${MANIFEST} not found); run \`npm run index\``, { dir });
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    if (typeof m.formatVersion !== 'number' || !m.embedder || !m.files) throw new Error('fields missing');
    return m;
  } catch (e) {
    throw new AppError('INDEX_CORRUPT', `${path} is unreadable (${(e as Error).message})`, { file: path });
  }
}

/** Refuses an index built for another embedder than the one configured: silently rebuilding would hide a mistake. */
export function checkEmbedder(m: Manifest, config: StoreConfig, dir: string): void {
  if (m.embedder.kind !== config.EMBEDDER) {
    throw new AppError('INDEX_MISMATCH',
      `index in ${dir} was built with embedder "${m.embedder.kind}" (${m.embedder.id}), but EMBEDDER=${config.EMBEDDER}; `
      + `rebuild it with \`EMBEDDER=${config.EMBEDDER} npm run index\` or set EMBEDDER=${m.embedder.kind}`,
      { built: m.embedder.kind, configured: config.EMBEDDER });
  }
}

/** Why an index no longer fits the code or the seeds (null when it does). */
export function staleReason(m: Manifest, config: StoreConfig, corpus: Corpus): string | null {
  if (m.formatVersion !== INDEX_FORMAT_VERSION) return `format version ${m.formatVersion}, expected ${INDEX_FORMAT_VERSION}`;
  const wantEmbedder = expectedEmbedderId(config);
  if (m.embedder.id !== wantEmbedder) return `embedder ${m.embedder.id}, expected ${wantEmbedder}`;
  const tokenizer = createJiebaTokenizer().id;
  if (m.tokenizer !== tokenizer) return `tokenizer ${m.tokenizer}, expected ${tokenizer}`;
  if (m.chunking?.version !== CHUNKER_VERSION || m.chunking.maxChars !== defaultChunkOptions.maxChars
    || m.chunking.overlapChars !== defaultChunkOptions.overlapChars || m.chunking.minTextChars !== defaultChunkOptions.minTextChars) {
    return 'chunking parameters changed';
  }
  if (JSON.stringify(m.keyword) !== JSON.stringify(keywordStamp(corpus))) return 'keyword index parameters or aliases changed';
  const now = JSON.stringify(seedChecksums(corpus));
  if (JSON.stringify(m.seeds) !== now) return 'seed files changed';
  // the same seeds read by changed ingest or chunking code give other passages (paths, spans, ids): chunking is
  // cheap (~0.2 s on the seeds), so the passages are compared, not only the code's version numbers
  if (m.files[FILES.chunks]?.sha256 !== sha256(chunksPart(corpus))) return 'passages changed (ingest or chunking code)';
  return null;
}

/** chunks.json as a build writes it. */
function chunksPart(corpus: Corpus, chunks = chunkCorpus(corpus, defaultChunkOptions)): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ chunks, aliases: corpus.aliases }));
}

function readPart(dir: string, m: Manifest, name: string): Uint8Array {
  const entry = m.files[name];
  const path = join(dir, name);
  if (!entry) throw new AppError('INDEX_CORRUPT', `${MANIFEST} in ${dir} does not list ${name}`, { file: path });
  if (!existsSync(path)) throw new AppError('INDEX_CORRUPT', `${path} is missing`, { file: path });
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) {
    throw new AppError('INDEX_CORRUPT', `${path} failed its checksum (${bytes.length} bytes, expected ${entry.bytes})`, { file: path });
  }
  return bytes;
}

/** Loads index/ as built, verifying every part; throws INDEX_MISSING, INDEX_MISMATCH or INDEX_CORRUPT. */
export async function loadIndex(config: StoreConfig, opts: { dir?: string } = {}): Promise<IndexBundle> {
  const dir = resolve(opts.dir ?? config.INDEX_DIR);
  const manifest = readManifest(dir);
  checkEmbedder(manifest, config, dir);
  const tokenizer = createJiebaTokenizer();
  const parsed = JSON.parse(new TextDecoder().decode(readPart(dir, manifest, FILES.chunks))) as { chunks: Chunk[]; aliases: Alias[] };
  const keyword = loadKeywordIndex(readPart(dir, manifest, FILES.keyword), tokenizer);
  const vectors = HnswIndex.deserialize(readPart(dir, manifest, FILES.vectors));
  const state = manifest.files[FILES.embedder] ? readPart(dir, manifest, FILES.embedder) : null;
  const embedder = await restoreEmbedder(config, manifest.embedder.kind, state);
  if (vectors.size !== parsed.chunks.length || vectors.dimension !== embedder.dimension) {
    throw new AppError('INDEX_CORRUPT', `index in ${dir}: ${vectors.size} vectors of ${vectors.dimension} dims for ${parsed.chunks.length} chunks and a ${embedder.dimension}-dim embedder`, { dir });
  }
  return { chunks: parsed.chunks, aliases: parsed.aliases, keyword, vectors, embedder, tokenizer, manifest };
}

/** Builds index/ afresh for a stated reason, with a log line before (the reason) and after (size and time). */
export async function rebuildIndex(config: StoreConfig, corpus: Corpus, why: string, opts: StoreOptions = {}): Promise<IndexBundle> {
  const log = opts.log ?? (() => {});
  const dir = resolve(opts.dir ?? config.INDEX_DIR);
  log(`[index] ${why}: building ${dir} with embedder ${config.EMBEDDER}`);
  const started = Date.now();
  const b = await buildIndexAtomic(config, corpus, { ...opts, dir });
  log(`[index] built ${b.chunks.length} chunks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return b;
}

/**
 * Why index/ must be rebuilt for this corpus — missing, stale, or a part failing its checksum — or null when it is
 * current. Reads and checksums every part but parses none. Throws INDEX_MISMATCH for another embedder, as loading does.
 */
export function rebuildReason(config: StoreConfig, corpus: Corpus, opts: { dir?: string } = {}): string | null {
  const dir = resolve(opts.dir ?? config.INDEX_DIR);
  try {
    const manifest = readManifest(dir);
    checkEmbedder(manifest, config, dir);
    const stale = staleReason(manifest, config, corpus);
    if (stale) return `index is stale (${stale})`;
    const parts = new Set([FILES.chunks, FILES.keyword, FILES.vectors, ...Object.keys(manifest.files)]);
    for (const name of parts) readPart(dir, manifest, name);
    return null;
  } catch (e) {
    if (isAppError(e) && e.code === 'INDEX_MISSING') return 'no index yet';
    if (isAppError(e) && e.code === 'INDEX_CORRUPT') return `index is corrupt (${e.message})`;
    throw e;
  }
}

/**
 * Start-up path: loads index/ when it fits the seeds and the code, builds it when missing or stale, rebuilds it
 * when a part is corrupt (with a log line saying so), and refuses one built for another embedder (INDEX_MISMATCH).
 */
export async function loadOrBuildIndex(config: StoreConfig, corpus: Corpus, opts: StoreOptions = {}): Promise<IndexBundle> {
  const log = opts.log ?? (() => {});
  const dir = resolve(opts.dir ?? config.INDEX_DIR);
  const rebuild = (why: string) => rebuildIndex(config, corpus, why, { ...opts, dir });
  let manifest: Manifest;
  try {
    manifest = readManifest(dir);
  } catch (e) {
    if (isAppError(e) && e.code === 'INDEX_MISSING') return rebuild('no index yet');
    if (isAppError(e) && e.code === 'INDEX_CORRUPT') return rebuild(`index is corrupt (${e.message})`);
    throw e;
  }
  checkEmbedder(manifest, config, dir);
  const stale = staleReason(manifest, config, corpus);
  if (stale) return rebuild(`index is stale (${stale})`);
  try {
    const b = await loadIndex(config, { dir });
    log(`[index] loaded ${b.chunks.length} chunks from ${dir} (embedder ${b.embedder.id}, built ${manifest.builtAt})`);
    return b;
  } catch (e) {
    if (isAppError(e) && e.code === 'INDEX_CORRUPT') return rebuild(`index is corrupt (${e.message})`);
    throw e;
  }
}
