// Start-up of the real server on a damaged index/: the manifest's checksums catch it, a log line says so, it rebuilds and serves.

import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/node/config.js';
import { buildIndexAtomic, type Manifest } from '../../src/node/index-store.js';
import { SEEDS, seedCorpus } from '../helpers.js';
import { spawnServer } from './spawn-server.js';

let root: string;
let chunks: number;
/** The hash embedder builds in a moment; the load, check and rebuild path is the same for every embedder. */
const settings = (dir: string) => ({ SEEDS_DIR: SEEDS, INDEX_DIR: dir, EMBEDDER: 'hash', MODELS_DIR: join(root, 'no-models') });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jaq-corrupt-'));
  const built = await buildIndexAtomic(parseConfig(settings(join(root, 'good'))), await seedCorpus());
  chunks = built.chunks.length;
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const damages: Array<[string, (dir: string) => void, RegExp]> = [
  ['one byte changed in vectors.hnsw (same size: only the checksum can tell)', (dir) => {
    const path = join(dir, 'vectors.hnsw');
    const bytes = readFileSync(path);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(path, bytes);
  }, /vectors\.hnsw failed its checksum \((\d+) bytes, expected \1\)/],
  ['chunks.json cut in half', (dir) => {
    const path = join(dir, 'chunks.json');
    writeFileSync(path, readFileSync(path).subarray(0, readFileSync(path).length >> 1));
  }, /chunks\.json failed its checksum \(\d+ bytes, expected \d+\)/],
  ['manifest.json truncated', (dir) => {
    const path = join(dir, 'manifest.json');
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200));
  }, /manifest\.json is unreadable/],
];

describe('corrupt index at start-up', () => {
  it.each(damages)('%s: detected, logged, rebuilt, served', async (name, damage, reason) => {
    const dir = join(root, name.replace(/\W+/g, '-'));
    cpSync(join(root, 'good'), dir, { recursive: true });
    damage(dir);
    const server = await spawnServer(settings(dir));
    try {
      const line = server.logs.find((l) => l.startsWith('[index] index is corrupt ('));
      expect(line, server.logs.join('\n')).toMatch(reason);
      expect(line).toMatch(new RegExp(`: building ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} with embedder hash$`));
      expect(server.logs.some((l) => /^\[index\] built \d+ chunks in/.test(l))).toBe(true);
      const health = (await (await fetch(`${server.url}/healthz`)).json()) as { ok: boolean; chunks: number };
      expect(health).toMatchObject({ ok: true, chunks });
      const res = await fetch(`${server.url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content: '公租房的申请条件是什么？' }] }) });
      expect(res.status).toBe(200);
    } finally {
      await server.stop();
    }
    // the rebuilt index on disk passes its own checksums
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    for (const [file, { sha256: want, bytes }] of Object.entries(m.files)) {
      const have = readFileSync(join(dir, file));
      expect([file, have.length, sha256(have)]).toEqual([file, bytes, want]);
    }
  }, 120_000);
});
