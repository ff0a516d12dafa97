// Ingest on random, generated and truncated notices: it never throws, and every character lands somewhere.

import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/corpus.js';
import type { Corpus } from '../../src/ingest/types.js';
import { SEEDS } from '../helpers.js';
import { account } from './accounting.js';
import { encode, seedText } from './notice-arbitrary.js';

const seeds = readdirSync(SEEDS).sort().map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));

function ingestOne(name: string, bytes: Uint8Array): Corpus {
  const corpus = ingestCorpus([{ name, bytes }]);
  // a file that could not be parsed at all would lose everything in it
  expect(corpus.issues.filter((i) => i.code === 'SEED_PARSE_FAILED')).toEqual([]);
  return corpus;
}

/** Every non-whitespace character is in exactly one paragraph, table record or debris entry (see accounting.ts). */
function expectAllAccounted(corpus: Corpus, name: string): void {
  const src = corpus.sources.find((s) => s.name === name);
  if (!src) {
    // refused files (empty, binary) are reported by name
    expect(corpus.issues.some((i) => i.file === name && i.severity === 'error')).toBe(true);
    return;
  }
  const a = account(corpus, src);
  expect(a.lost).toEqual([]);
  expect(a.doubled).toEqual([]);
  expect(a.mismatched.map((m) => m.reason)).toEqual([]);
}

describe('ingest properties', () => {
  it('accounts for every character of each real seed file', () => {
    for (const s of seeds) expectAllAccounted(ingestOne(s.name, encode(s.text)), s.name);
  });

  it('accounts for every character of generated notices (headers, headings, prose, tables, personnel, debris, junk)', () => {
    fc.assert(fc.property(seedText, (text) => expectAllAccounted(ingestOne('gen.txt', encode(text)), 'gen.txt')), { numRuns: 150 });
  });

  it('accounts for every character of a seed cut at random points (mid-line, mid-table, mid-notice)', () => {
    const cut = fc.tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 12_000 }));
    fc.assert(fc.property(cut, ([f, from, len]) => {
      const text = seeds[f]!.text;
      const start = from % text.length;
      expectAllAccounted(ingestOne('cut.txt', encode(text.slice(start, start + len))), 'cut.txt');
    }), { numRuns: 40 });
  });

  it('never throws on generated notices truncated mid-character (invalid UTF-8 falls back to GB18030, reported)', () => {
    fc.assert(fc.property(seedText, fc.nat(), (text, at) => {
      const bytes = encode(text);
      const cut = bytes.subarray(0, at % (bytes.length + 1));
      expectAllAccounted(ingestOne('trunc.txt', cut), 'trunc.txt');
    }), { numRuns: 60 });
  });

  it('never throws on arbitrary strings and bytes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => expectAllAccounted(ingestOne('any.txt', encode(s)), 'any.txt')), { numRuns: 150 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => expectAllAccounted(ingestOne('bytes.txt', b), 'bytes.txt')), { numRuns: 100 });
  });
});

/** Inputs the properties above found losing or doubling text, kept as plain examples of the fixed behaviour. */
describe('cases found by the properties', () => {
  const parse = (text: string) => {
    const c = ingestOne('case.txt', encode(text));
    expectAllAccounted(c, 'case.txt');
    return c;
  };

  it('a pipe table with a header and no rows is kept as text, its separator as markup (it used to fail the whole file)', () => {
    const c = parse('关于印发《测试规划》的通知\n一、总体要求\n正文内容。\n| 指标 | 目标 |\n|---|---|\n后面的正文。\n');
    expect(c.notices[0]!.paragraphs.map((p) => p.text)).toEqual(['关于印发《测试规划》的通知', '一、总体要求', '正文内容。', '| 指标 | 目标 |', '后面的正文。']);
    expect(c.debris).toEqual([expect.objectContaining({ reason: 'markup', text: '|---|---|' })]);
  });

  it('two columns with the same name keep both cells (the second used to overwrite the first)', () => {
    const c = parse('关于印发《测试规划》的通知\n一、发展目标\n| 指标 | 目标 | 目标 |\n|---|---|---|\n| 税收 | 9 | 10 |\n');
    expect(c.notices[0]!.tables.map((t) => t.cells)).toEqual([{ 指标: '税收', 目标: '9', '目标（2）': '10' }]);
  });

  it('a table at the end of a notice stops at the web-page debris (it used to take the debris in as a wrapped cell)', () => {
    const c = parse('关于印发《测试规划》的通知\n一、发展目标\n\t指标\n\t目标\n\n\t税收\n\t9\n留言咨询\n纠错\n您的姓名:*');
    expect(c.notices[0]!.tables.map((t) => t.cells)).toEqual([{ 指标: '税收', 目标: '9' }]);
    expect(c.debris.map((d) => d.text)).toEqual(['留言咨询\n纠错\n您的姓名:*']);
  });

  it('two identical personnel rows get two ids (they used to share one, so their chunks did too)', () => {
    const c = parse('区政府人事任免事项\n姓  名                           任命职务\n孙中峰                  区科委主任；\n孙中峰                  区科委主任；\n');
    const ids = c.notices[0]!.tables.map((t) => t.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });

  it('a stray tab-led line and a personnel header with no names under it stay as text (they used to vanish)', () => {
    // the unterminated line is continued by the next one, as any wrapped line is
    expect(parse('关于印发《测试规划》的通知\n一、总体要求\n正文内容。\n\t孤立的一格\n后面的正文。\n').notices[0]!.paragraphs.map((p) => p.text))
      .toEqual(['关于印发《测试规划》的通知', '一、总体要求', '正文内容。', '孤立的一格后面的正文。']);
    expect(parse('区政府人事任免事项\n姓  名   任命职务\n').notices[0]!.paragraphs.map((p) => p.text)).toContain('姓  名   任命职务');
  });
});
