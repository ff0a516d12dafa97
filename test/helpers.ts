// Shared test fixtures: the seed corpus parsed once per test file, and small builders for hand-made inputs.

import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestCorpus } from '../src/ingest/corpus.js';
import { readSeedDir } from '../src/node/seeds.js';
import type { Corpus, Notice, SourceFile } from '../src/ingest/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEEDS = join(ROOT, 'seeds');

let cached: Promise<Corpus> | null = null;
export function seedCorpus(): Promise<Corpus> {
  cached ??= readSeedDir(SEEDS).then((files) => ingestCorpus(files));
  return cached;
}

export function byDocNo(c: Corpus, docNo: string): Notice {
  const n = c.notices.find((x) => x.docNoNorm === docNo || x.docNo === docNo);
  if (!n) throw new Error(`no notice ${docNo}`);
  return n;
}

export function byTitle(c: Corpus, part: string): Notice {
  const n = c.notices.find((x) => x.title.includes(part));
  if (!n) throw new Error(`no notice titled …${part}…`);
  return n;
}

export function textFile(name: string, text: string): SourceFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

export function fixture(name: string): SourceFile {
  return { name, bytes: new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', name))) };
}
