// Worker edge: the index shipped as static assets — its manifest, checksummed parts, and the checks that it fits the code.

import { AppError } from '../core/errors.js';
import { HashEmbeddings } from '../embed/hash-embedder.js';
import { LsaEmbeddings } from '../embed/lsa-embedder.js';
import type { EmbedderKind, PolicyEmbeddings } from '../embed/types.js';
import type { Chunk } from '../engine/types.js';
import { loadKeywordIndex, type KeywordIndex } from '../index/keyword-index.js';
import { createAnalyzer, type Segmenter, type Tokenizer } from '../index/tokenizer.js';
import { FlatIndex } from '../index/vector-index.js';
import type { Prompts } from '../answer/llm.js';
import { ingestCorpus } from '../ingest/corpus.js';
import type { Alias, Corpus } from '../ingest/types.js';
import type { AssetsBinding } from './bindings.js';

/** Bumped when the layout written by scripts/worker-build.ts changes. */
export const WORKER_ASSETS_FORMAT = 1;
/** The folder inside the assets directory that holds the index, and the manifest's name in it. */
export const ASSET_DIR = 'index';
export const WORKER_MANIFEST = 'worker-manifest.json';

export const PART = { chunks: 'chunks.json', keyword: 'keyword.json', embedder: 'embedder.bin', vectors: 'vectors.flat' } as const;

/** What scripts/worker-build.ts writes beside the parts: the Node manifest's facts plus the shipped files' checksums. */
export interface WorkerManifest {
  format: number;
  builtAt: string;
  index: {
    builtAt: string;
    embedder: { kind: EmbedderKind; id: string; dimension: number };
    tokenizer: string;
    keyword: { aliases: string };
    seeds: Array<{ name: string; sha256: string }>;
    counts: { notices: number; chunks: number };
  };
  /** path relative to the index folder (chunks.json, seeds/<name>, prompts/answer.md …) → checksum and size */
  files: Record<string, { sha256: string; bytes: number }>;
}

/** Reads one shipped file by its path relative to the index folder; null when there is none. */
export type AssetReader = (name: string) => Promise<Uint8Array | null>;

export function assetReader(assets: AssetsBinding): AssetReader {
  return async (name) => {
    // the host is never contacted: the binding maps the path onto the uploaded files
    const res = await assets.fetch(new Request(`https://assets.local/${ASSET_DIR}/${name}`));
    if (res.status === 404) return null;
    if (!res.ok) throw new AppError('INDEX_CORRUPT', `asset ${ASSET_DIR}/${name}: HTTP ${res.status}`, { file: name });
    return new Uint8Array(await res.arrayBuffer());
  };
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface WorkerParts {
  manifest: WorkerManifest;
  corpus: Corpus;
  chunks: Chunk[];
  aliases: Alias[];
  keyword: KeywordIndex;
  tokenizer: Tokenizer;
  /** null when the vectors live in Vectorize */
  vectors: FlatIndex | null;
  /** the index's own embedder; null when queries are embedded by Workers AI */
  embedder: PolicyEmbeddings | null;
  prompts: Prompts | null;
}

export interface LoadPartsOptions {
  segmenter: Segmenter;
  /** load vectors.flat (false when VECTORS=vectorize: 1 KB per chunk stays out of the isolate's 128 MB) */
  vectors: boolean;
  /** restore the index's embedder (false when EMBEDDINGS=workers-ai) */
  embedder: boolean;
}

/** Loads and verifies everything; throws INDEX_MISSING, INDEX_CORRUPT or INDEX_MISMATCH like the Node store. */
export async function loadWorkerParts(read: AssetReader, opts: LoadPartsOptions): Promise<WorkerParts> {
  const manifest = await readManifest(read);
  const part = verifiedReader(read, manifest);
  const tokenizer = createAnalyzer(opts.segmenter);
  if (manifest.index.tokenizer !== tokenizer.id) {
    throw new AppError('INDEX_MISMATCH', `shipped index was built with tokenizer ${manifest.index.tokenizer}, the Worker tokenizes with ${tokenizer.id}`, { built: manifest.index.tokenizer, configured: tokenizer.id });
  }
  const corpus = await loadCorpus(part, manifest);
  const parsed = JSON.parse(new TextDecoder().decode(await part(PART.chunks))) as { chunks: Chunk[]; aliases: Alias[] };
  const keyword = loadKeywordIndex(await part(PART.keyword), tokenizer);
  const embedder = opts.embedder ? await restoreEmbedder(manifest, part) : null;
  const vectors = opts.vectors ? FlatIndex.deserialize(await part(PART.vectors)) : null;
  if (vectors && (vectors.size !== parsed.chunks.length || vectors.dimension !== manifest.index.embedder.dimension)) {
    throw new AppError('INDEX_CORRUPT', `shipped index: ${vectors.size} vectors of ${vectors.dimension} dims for ${parsed.chunks.length} chunks and a ${manifest.index.embedder.dimension}-dim embedder`, {});
  }
  const prompts = manifest.files['prompts/answer.md'] && manifest.files['prompts/condense.md']
    ? { answer: await text(part, 'prompts/answer.md'), condense: await text(part, 'prompts/condense.md') }
    : null;
  return { manifest, corpus, chunks: parsed.chunks, aliases: parsed.aliases, keyword, tokenizer, vectors, embedder, prompts };
}

async function readManifest(read: AssetReader): Promise<WorkerManifest> {
  const bytes = await read(WORKER_MANIFEST);
  if (!bytes) throw new AppError('INDEX_MISSING', `no ${ASSET_DIR}/${WORKER_MANIFEST} among the Worker's assets; run \`npm run worker:build\` before deploying`, { file: WORKER_MANIFEST });
  let m: WorkerManifest;
  try {
    m = JSON.parse(new TextDecoder().decode(bytes)) as WorkerManifest;
  } catch (e) {
    throw new AppError('INDEX_CORRUPT', `${ASSET_DIR}/${WORKER_MANIFEST} is unreadable (${(e as Error).message})`, { file: WORKER_MANIFEST });
  }
  if (m.format !== WORKER_ASSETS_FORMAT || !m.index || !m.files) {
    throw new AppError('INDEX_MISMATCH', `${ASSET_DIR}/${WORKER_MANIFEST} has format ${String(m.format)}, this Worker reads ${WORKER_ASSETS_FORMAT}; run \`npm run worker:build\``, { file: WORKER_MANIFEST });
  }
  return m;
}

/** Every part is checked against the manifest's size and sha256: assets from another build are refused. */
function verifiedReader(read: AssetReader, m: WorkerManifest): (name: string) => Promise<Uint8Array> {
  return async (name) => {
    const entry = m.files[name];
    if (!entry) throw new AppError('INDEX_CORRUPT', `${WORKER_MANIFEST} does not list ${name}`, { file: name });
    const bytes = await read(name);
    if (!bytes) throw new AppError('INDEX_CORRUPT', `asset ${ASSET_DIR}/${name} is missing`, { file: name });
    if (bytes.length !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
      throw new AppError('INDEX_CORRUPT', `asset ${ASSET_DIR}/${name} failed its checksum (${bytes.length} bytes, expected ${entry.bytes})`, { file: name });
    }
    return bytes;
  };
}

async function text(part: (name: string) => Promise<Uint8Array>, name: string): Promise<string> {
  return new TextDecoder().decode(await part(name));
}

/**
 * The corpus is ingested from the shipped seed files by the same code as in Node, then checked against what the
 * index was built from: the seed texts, and the alias table (data/aliases.json is bundled into the Worker's code,
 * so an edit deployed without rebuilding the index would otherwise go unnoticed).
 */
async function loadCorpus(part: (name: string) => Promise<Uint8Array>, m: WorkerManifest): Promise<Corpus> {
  const files = await Promise.all(m.index.seeds.map(async (s) => ({ name: s.name, bytes: await part(`seeds/${s.name}`) })));
  const corpus = ingestCorpus(files);
  const shipped = await Promise.all(corpus.sources.map(async (s) => ({ name: s.name, sha256: await sha256Hex(s.text) })));
  shipped.sort((a, b) => a.name.localeCompare(b.name));
  if (JSON.stringify(shipped) !== JSON.stringify(m.index.seeds)) {
    throw new AppError('INDEX_MISMATCH', 'the shipped seed texts differ from those the index was built from; run `npm run worker:build`', {});
  }
  if ((await sha256Hex(JSON.stringify(corpus.aliases))) !== m.index.keyword.aliases) {
    throw new AppError('INDEX_MISMATCH', 'the alias table bundled into the Worker differs from the one the index was built with; rebuild with `npm run index && npm run worker:build`', {});
  }
  return corpus;
}

async function restoreEmbedder(m: WorkerManifest, part: (name: string) => Promise<Uint8Array>): Promise<PolicyEmbeddings> {
  const { kind, id } = m.index.embedder;
  if (kind !== 'lsa' && kind !== 'hash') {
    throw new AppError('INDEX_MISMATCH', `the shipped index was embedded by ${id}, which cannot run inside a Worker; build it with EMBEDDER=lsa or hash, or set EMBEDDINGS=workers-ai with Vectorize`, { embedder: id });
  }
  const state = await part(PART.embedder);
  const embedder = kind === 'lsa' ? LsaEmbeddings.load(state) : HashEmbeddings.load(state);
  if (embedder.id !== id) {
    throw new AppError('INDEX_MISMATCH', `shipped embedder state is ${embedder.id}, the manifest says ${id}`, { built: id, loaded: embedder.id });
  }
  return embedder;
}
