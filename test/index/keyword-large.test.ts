// A very large keyword index leaves the commonest query words out of scoring (speed at 100× the seeds).

import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/engine/types.js';
import { buildKeywordIndex, LARGE_INDEX } from '../../src/index/keyword-index.js';
import type { Tokenizer } from '../../src/index/tokenizer.js';

const spaces: Tokenizer = { id: 'spaces', tokenize: (s) => s.split(/\s+/).filter(Boolean) };

function chunk(text: string): Chunk {
  return {
    id: text, noticeId: 'n', docNo: null, noticeTitle: 't', shortTitle: 't', noticeKind: '其他', noticeStatus: 'normal',
    type: 'text', path: [], text, contextLine: 'ctx', indexText: `ctx\n${text}`,
    span: { file: 'f', startLine: 1, endLine: 1, start: 0, end: 1 }, paragraphIds: [], recordId: null, cells: null,
  };
}

describe('keyword index above LARGE_INDEX passages', () => {
  it('scores only the rarest words and words in at most 5% of passages', () => {
    const chunks: Chunk[] = [];
    for (let i = 0; i < LARGE_INDEX; i++) chunks.push(chunk(`common filler${i % 7}`));
    chunks.push(chunk('common alpha'), chunk('common beta'), chunk('common gamma'), chunk('common delta'));
    const index = buildKeywordIndex(chunks, spaces);
    const hits = index.search('common alpha beta gamma delta', 10);
    // "common" is in every passage: dropped, so no filler passage is scored at all
    expect(hits.map((h) => chunks[h.index]!.text).sort()).toEqual(['common alpha', 'common beta', 'common delta', 'common gamma']);
  });

  it('below LARGE_INDEX every word is scored', () => {
    const chunks = [chunk('common filler'), chunk('common alpha')];
    const hits = buildKeywordIndex(chunks, spaces).search('common alpha beta gamma', 10);
    expect(hits).toHaveLength(2);
  });
});
