// Bad seed files: each gets a clear message naming the file (and line), and the other files still ingest.

import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/ingest/corpus.js';
import { fixture, textFile } from '../helpers.js';

const good = () => fixture('new-number-after-title.txt');

describe('bad seed files', () => {
  it('an empty file is reported and skipped', () => {
    const c = ingestCorpus([textFile('empty.txt', ''), good()]);
    expect(c.issues).toContainEqual(expect.objectContaining({ file: 'empty.txt', code: 'SEED_EMPTY', severity: 'error' }));
    expect(c.notices).toHaveLength(1);
  });

  it('a whitespace-only file counts as empty', () => {
    const c = ingestCorpus([textFile('blank.txt', '  \n\t\n'), good()]);
    expect(c.issues[0]).toMatchObject({ file: 'blank.txt', code: 'SEED_EMPTY' });
  });

  it('a binary file is refused by name', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const c = ingestCorpus([{ name: 'logo.png.txt', bytes }, good()]);
    expect(c.issues[0]).toMatchObject({ file: 'logo.png.txt', code: 'SEED_BINARY' });
    expect(c.issues[0]!.message).toContain('logo.png.txt');
    expect(c.notices).toHaveLength(1);
  });

  it('GBK bytes are reported with the line of the first bad byte, decoded, and still ingested', () => {
    // "第一行\n关于印发《测试规划》的通知" in GBK: the first line is ASCII-safe only up to the newline
    const text = '\n关于印发《静安区测试规划》的通知\n一、总体要求\n正文内容。';
    const gbk = encodeGbk(text);
    const c = ingestCorpus([{ name: 'gbk.txt', bytes: gbk }, good()]);
    const issue = c.issues.find((i) => i.file === 'gbk.txt')!;
    expect(issue).toMatchObject({ code: 'SEED_ENCODING', line: 2, severity: 'warning' });
    expect(issue.message).toContain('gbk.txt');
    expect(c.notices.map((n) => n.title)).toContain('关于印发《静安区测试规划》的通知');
  });

  it('a 1 MB single line is reported with its line number; the rest of the file still ingests', () => {
    const long = '很长'.repeat(500_000);
    const body = new TextDecoder().decode(good().bytes);
    const c = ingestCorpus([textFile('long.txt', `${body}\n${long}\n`)]);
    const issue = c.issues.find((i) => i.code === 'SEED_LINE_TOO_LONG')!;
    expect(issue).toMatchObject({ file: 'long.txt', line: body.split('\n').length + 1 });
    expect(c.notices[0]!.docNo).toBe('静府办发〔2022〕7号');
  });

  it('a file of prose with no notice structure still becomes one notice named from its text', () => {
    const c = ingestCorpus([textFile('note.txt', '静安区持续优化营商环境，推动经济高质量发展。\n')]);
    expect(c.notices).toHaveLength(1);
    expect(c.notices[0]!.title).toBe('静安区持续优化营商环境');
  });
});

/** Minimal GBK encoder for the characters in the test, via the platform's decoder (TextEncoder only does UTF-8). */
function encodeGbk(s: string): Uint8Array {
  const dec = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...table.get(ch)!);
  }
  return new Uint8Array(out);
}
