// Node edge: reads the seed folder into SourceFile objects for the web-standard ingest core.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFile } from '../ingest/types.js';

const SEED_EXT = /\.(txt|md|markdown)$/i;

export async function readSeedDir(dir: string): Promise<SourceFile[]> {
  const names = (await readdir(dir)).filter((n) => SEED_EXT.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}
