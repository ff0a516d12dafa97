// Chunking generated notices under random size settings: pieces cover their section in order, overlap little, stay in bounds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkCorpus, defaultChunkOptions, type ChunkOptions } from '../../src/chunk/chunker.js';
import type { Chunk } from '../../src/engine/types.js';
import { ingestCorpus } from '../../src/ingest/corpus.js';
import type { Corpus, Notice, Paragraph } from '../../src/ingest/types.js';
import { seedCorpus } from '../helpers.js';
import { encode, longSections, seedText } from './notice-arbitrary.js';

const options: fc.Arbitrary<ChunkOptions> = fc.record({
  maxChars: fc.integer({ min: 40, max: 700 }),
  overlapChars: fc.integer({ min: 0, max: 120 }),
  minTextChars: fc.integer({ min: 10, max: 300 }),
});

/**
 * Can the pieces be laid over `target` left to right, each one starting where the last ended — or repeating at most
 * `overlap` characters of it, or after the "\n" that separates two paragraphs — and together end exactly at its end?
 */
function tiles(pieces: string[], target: string, overlap: number): boolean {
  const go = (k: number, pos: number): boolean => {
    if (k === pieces.length) return pos === target.length;
    const starts = new Set<number>();
    if (k === 0) starts.add(0);
    else {
      for (let carry = 0; carry <= Math.min(overlap, pos); carry++) starts.add(pos - carry);
      if (target[pos] === '\n') starts.add(pos + 1);
    }
    return [...starts].some((s) => target.startsWith(pieces[k]!, s) && go(k + 1, s + pieces[k]!.length));
  };
  return go(0, 0);
}

/** Text chunks of one section: c-<first paragraph id>, or c-<id>-1 … c-<id>-k when it was split. */
function sections(chunks: Chunk[]): Chunk[][] {
  const out: Chunk[][] = [];
  for (const c of chunks) {
    const base = c.id.replace(/-\d+$/, '');
    const last = out[out.length - 1];
    if (last && last[0]!.id.replace(/-\d+$/, '') === base) last.push(c);
    else out.push([c]);
  }
  return out;
}

function checkNotice(n: Notice, chunks: Chunk[], o: ChunkOptions): void {
  const mine = chunks.filter((c) => c.noticeId === n.id);
  // one chunk per table record, in the notice's order
  expect(mine.filter((c) => c.recordId !== null).map((c) => c.recordId)).toEqual(n.tables.map((t) => t.id));
  const text = mine.filter((c) => c.recordId === null);
  const index = new Map(n.paragraphs.map((p, i) => [p.id, i]));
  const seen = new Map<string, number>();
  let lastPara = -1;
  for (const [g, pieces] of sections(text).entries()) {
    // size bound: the text gets what maxChars leaves after the context line, but never less than minTextChars
    for (const c of pieces) expect(c.text.length).toBeLessThanOrEqual(Math.max(o.minTextChars, o.maxChars - c.contextLine.length - 1));
    if (pieces.length > 1) expect(pieces.map((c) => c.id.match(/-(\d+)$/)![1])).toEqual(pieces.map((_, i) => String(i + 1)));
    const ids = [...new Set(pieces.flatMap((c) => c.paragraphIds))];
    const paras = ids.map((id) => n.paragraphs[index.get(id)!]!) as Paragraph[];
    // a section's paragraphs follow each other in the notice, and sections come in the notice's order
    const at = ids.map((id) => index.get(id)!);
    expect(at[0]!).toBeGreaterThan(lastPara);
    for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThan(at[i - 1]!);
    lastPara = at[at.length - 1]!;
    for (const id of ids) seen.set(id, g);
    const target = paras.map((p) => p.text).join('\n');
    expect(tiles(pieces.map((c) => c.text), target, o.overlapChars), `${pieces.map((c) => c.id).join(', ')} do not tile their section`).toBe(true);
    for (const c of pieces) expect(c.path).toEqual(pieces[0]!.path);
  }
  // every body paragraph lands in a chunk (headings are the chunks' paths; meta lines are captions or the header)
  for (const p of n.paragraphs) if (p.role !== 'heading' && p.role !== 'meta') expect(seen.has(p.id), `${p.id} ${p.text.slice(0, 30)}`).toBe(true);
}

function checkCorpus(corpus: Corpus, o: ChunkOptions): void {
  const chunks = chunkCorpus(corpus, o);
  expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  for (const n of corpus.notices) checkNotice(n, chunks, o);
}

describe('chunk properties', () => {
  it('holds on the seeds with the default settings and with random ones', async () => {
    const corpus = await seedCorpus();
    checkCorpus(corpus, defaultChunkOptions);
    fc.assert(fc.property(options, (o) => checkCorpus(corpus, o)), { numRuns: 8 });
  });

  it('holds on generated notices with long sections and long sentences', () => {
    fc.assert(fc.property(longSections, options, (text, o) => checkCorpus(ingestCorpus([{ name: 'c.txt', bytes: encode(text) }]), o)), { numRuns: 150 });
  });

  it('holds on generated notices of every kind (tables, personnel, junk lines)', () => {
    fc.assert(fc.property(seedText, options, (text, o) => checkCorpus(ingestCorpus([{ name: 'c.txt', bytes: encode(text) }]), o)), { numRuns: 150 });
  });
});
