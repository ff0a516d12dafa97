// Table records as citable evidence: the row as the source writes it, plus what merged cells above it carried.

import { describe, expect, it } from 'vitest';
import { Draft } from '../../src/answer/draft.js';
import { recordEvidence } from '../../src/answer/evidence.js';
import { createLookup } from '../../src/answer/lookup.js';
import type { Chunk } from '../../src/engine/types.js';
import { byTitle, seedCorpus } from '../helpers.js';

describe('record evidence', () => {
  it('quotes the cells a task row took from a merged cell above it, so an answer saying them stays grounded', async () => {
    const corpus = await seedCorpus();
    const notice = byTitle(corpus, '托育服务三年行动计划');
    const lookup = createLookup(corpus);
    // 序号 19 of the 任务分工方案: its 项目 ("…开展“4+N协商共育”系列行动") is written once, on an earlier row
    const r = notice.tables.find((t) => t.kind === 'task' && t.cells['序号'] === '19')!;
    expect(r.cells['项目']).toContain('4+N协商共育');
    const chunk = { id: 'c', noticeId: notice.id, path: r.path } as unknown as Chunk;
    const e = recordEvidence(lookup, chunk, notice, r);
    // seeds/001 lines 2086 and 2108: the 类别 and 项目 cells, written on the first row of their run
    expect(e.parts[0]).toBe('关注儿童成长四大领域，开展协商共育系列行动');
    expect(e.parts[1]).toBe('携手区域内0-3岁散居儿童家庭，开展“4+N协商共育”系列行动');
    expect(e.parts.at(-1)).toMatch(/^19 充分发挥区域托育服务指导中心/);
    // every part is verified against the source table before it can be cited
    expect(new Draft(lookup).cite(e)).toBe(1);
  });

  it('a personnel row carries nothing: its 类型 comes from the list header', async () => {
    const corpus = await seedCorpus();
    const lookup = createLookup(corpus);
    const notice = byTitle(corpus, '人事任免');
    const r = notice.tables.find((t) => t.kind === 'personnel' && t.cells['姓名'] === '孙中峰' && t.cells['类型'] === '任命')!;
    const e = recordEvidence(lookup, { id: 'c', noticeId: notice.id, path: r.path } as unknown as Chunk, notice, r);
    // the source row ends "…主任；": the closing punctuation is layout and stays out of the quote (rowCells)
    expect(e.parts).toEqual(['孙中峰 上海市静安区信息化委员会主任']);
  });
});

describe('section paragraphs', () => {
  it('a piece of a long article reads the whole article, its heading line included', async () => {
    const corpus = await seedCorpus();
    const lookup = createLookup(corpus);
    const { chunkCorpus } = await import('../../src/chunk/chunker.js');
    const { sectionParagraphs, chunkParagraphs } = await import('../../src/answer/evidence.js');
    const chunks = chunkCorpus(corpus).filter((c) => c.path.at(-1) === '第六条  住房面积的计算');
    // seeds/001 第六条 is cut in two: the lead and (一)(二) / the end of (二), (三) and the 2021年10月22日 clause
    expect(chunks.length).toBe(2);
    const whole = sectionParagraphs(lookup, chunks[0]!).map((p) => p.text.slice(0, 8));
    expect(whole).toEqual(sectionParagraphs(lookup, chunks[1]!).map((p) => p.text.slice(0, 8)));
    expect(whole).toEqual(['第六条  住房面', '申请人人均住房建', '（一）单身申请人', '（二）单身申请人', '（三）单身申请人', '2021年10月']);
    expect(chunkParagraphs(lookup, chunks[0]!).length).toBeLessThan(whole.length);
  });
});
