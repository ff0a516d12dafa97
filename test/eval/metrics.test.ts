// Metrics on hand-made responses: ranks, citation checks, key-fact recall, correctness, refusals, latency — exact numbers.

import { describe, expect, it } from 'vitest';
import { aggregate, aggregateByCategory, failed, inGoldSection, percentile, scoreItem } from '../../src/eval/metrics.js';
import type { ItemOutcome } from '../../src/eval/types.js';
import { cite, goldHeading, goldNotice, goldRunIn, goldTable, hit, item, response } from './fakes.js';

describe('inGoldSection', () => {
  it('counts a passage in the section or deeper in its subtree, not in its parent or another notice', () => {
    expect(inGoldSection({ noticeId: 'nA', path: ['申请与审核', '第五条  申请条件'], lines: null }, goldHeading)).toBe(true);
    expect(inGoldSection({ noticeId: 'nA', path: ['申请与审核', '第五条 申请条件', '（一）户籍'], lines: null }, goldHeading)).toBe(true);
    expect(inGoldSection({ noticeId: 'nA', path: ['申请与审核'], lines: null }, goldHeading)).toBe(false);
    expect(inGoldSection({ noticeId: 'nX', path: ['第五条  申请条件'], lines: null }, goldHeading)).toBe(false);
  });

  it('counts a run-in heading by its text or by lines overlapping the paragraph it leads', () => {
    const at = (a: number, b: number) => ({ noticeId: 'nC', path: ['二、重点任务'], lines: { file: 'f.txt', startLine: a, endLine: b } });
    expect(inGoldSection(at(95, 100), goldRunIn)).toBe(true);
    expect(inGoldSection(at(102, 110), goldRunIn)).toBe(true);
    expect(inGoldSection(at(103, 110), goldRunIn)).toBe(false);
    expect(inGoldSection({ ...at(100, 100), lines: { file: 'g.txt', startLine: 100, endLine: 100 } }, goldRunIn)).toBe(false);
  });

  it('counts a notice-level gold only for passages outside every heading of that notice', () => {
    expect(inGoldSection({ noticeId: 'nD', path: [], lines: null }, goldNotice)).toBe(true);
    expect(inGoldSection({ noticeId: 'nD', path: ['关于印发《南京西路功能区“十四五”规划》的通知'], lines: null }, goldNotice)).toBe(true);
    expect(inGoldSection({ noticeId: 'nD', path: ['一、发展基础'], lines: null }, goldNotice)).toBe(false);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([70, 10, 40, 20, 60, 30, 50], 50)).toBe(40);
    expect(percentile([70, 10, 40, 20, 60, 30, 50], 95)).toBe(70);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([], 50)).toBeNull();
  });
});

/** Seven items covering every case; the expected figures below are worked out by hand in the comments. */
function outcomes(): ItemOutcome[] {
  const sec = ['申请与审核', '第五条  申请条件'];
  return [
    // 1: notice and section both at rank 2, cited right, both facts present → correct
    scoreItem(item('i1', { category: 'eligibility', key_facts: ['低于15平方米', '1年以上|一年以上'] }), [goldHeading],
      { response: response('人均低于１５平方米，合同一年以上。', { citations: [cite('nA', sec)], debug: { hits: [hit('nX', ['其他']), hit('nA', sec)] } }), error: null, latencyMs: 10 }),
    // 2: notice at 1, section at 2 (the caption is the hit path's last element); cited the right notice, wrong section; "10" only inside "100"
    scoreItem(item('i2', { key_facts: ['10', '6-8'] }), [goldTable],
      { response: response('目标为100，另6-8%。', { citations: [cite('nB', ['第一章'])], debug: { hits: [hit('nB', ['其他']), hit('nB', ['二、目标', '大宁指标'])] } }), error: null, latencyMs: 20 }),
    // 3: refused although answerable; nothing retrieved
    scoreItem(item('i3', { category: 'date', key_facts: ['2021年10月8日'] }), [goldHeading],
      { response: response('文件中没有相关内容。', { answerable: false }), error: null, latencyMs: 30 }),
    // 4: the system failed on this item
    scoreItem(item('i4', { key_facts: ['某事实'] }), [goldHeading], { response: null, error: 'boom', latencyMs: 40 }),
    // 5: unanswerable and refused
    scoreItem(item('i5', { category: 'out_of_scope', answerable: false }), [], { response: response('没有规定。', { answerable: false }), error: null, latencyMs: 50 }),
    // 6: unanswerable but answered
    scoreItem(item('i6', { category: 'out_of_scope', answerable: false }), [], { response: response('每平米50元。'), error: null, latencyMs: 60 }),
    // 7: right answer and citation, but no debug hits → retrieval not measured
    scoreItem(item('i7', { key_facts: ['第五条'] }), [goldHeading],
      { response: response('见第五条。', { citations: [cite('nA', sec)], debug: undefined }), error: null, latencyMs: 70 }),
  ];
}

describe('scoreItem', () => {
  it('scores each item as worked out by hand', () => {
    const all = outcomes();
    const [o1, o2, o3, o4, o5, o6, o7] = all;
    expect(o1).toMatchObject({ noticeRank: 2, sectionRank: 2, citedNoticeRight: true, citedSectionRight: true, factsFound: [true, true], keyFactRecall: 1, correct: true, refused: false });
    expect(o2).toMatchObject({ noticeRank: 1, sectionRank: 2, citedNoticeRight: true, citedSectionRight: false, factsFound: [false, true], keyFactRecall: 0.5, correct: false });
    expect(o3).toMatchObject({ noticeRank: 0, sectionRank: 0, citedNoticeRight: null, citedSectionRight: null, keyFactRecall: 0, correct: false, refused: true });
    expect(o4).toMatchObject({ noticeRank: 0, sectionRank: 0, citedNoticeRight: false, citedSectionRight: false, keyFactRecall: 0, correct: false, error: 'boom', answer: '' });
    expect(o5).toMatchObject({ noticeRank: null, citedNoticeRight: null, keyFactRecall: null, correct: null, refused: true });
    expect(o6).toMatchObject({ noticeRank: null, correct: null, refused: false });
    expect(o7).toMatchObject({ noticeRank: null, sectionRank: null, citedNoticeRight: true, citedSectionRight: true, correct: true });
    expect(all.map(failed)).toEqual([false, true, true, true, false, true, false]);
  });
});

describe('aggregate', () => {
  it('gives the hand-computed figures', () => {
    const m = aggregate(outcomes());
    expect(m).toEqual({
      items: 7, answerable: 5, unanswerable: 2, errors: 1,
      retrieval: {
        // ranks 2, 1, 0, 0 (item 7 unmeasured): MRR (1/2 + 1)/4
        notice: { n: 4, hit1: 0.25, hit5: 0.5, mrr: 0.375 },
        // ranks 2, 2, 0, 0
        section: { n: 4, hit1: 0, hit5: 0.5, mrr: 0.25 },
      },
      // answered answerable items 1, 2, 4, 7: notices right in 1, 2, 7; sections in 1, 7
      citation: { n: 4, notice: 0.75, section: 0.5 },
      // recalls 1, 0.5, 0, 0, 1
      keyFactRecall: { n: 5, value: 0.5 },
      answerCorrectness: { n: 5, value: 0.4 },
      // refused 3 and 5; only 5 should have been
      refusal: { refused: 2, truePositives: 1, precision: 0.5, recall: 0.5 },
      latency: { p50: 40, p95: 70 },
    });
  });

  it('splits by category in the set-format order, with null where a measure has no items', () => {
    const by = aggregateByCategory(outcomes());
    expect(Object.keys(by)).toEqual(['eligibility', 'fact', 'date', 'out_of_scope']);
    expect(by.out_of_scope!.refusal).toEqual({ refused: 1, truePositives: 1, precision: 1, recall: 0.5 });
    expect(by.out_of_scope!.answerCorrectness).toEqual({ n: 0, value: null });
    expect(by.fact!.items).toBe(3);
  });

  it('leaves refusal precision undefined when nothing was refused', () => {
    const m = aggregate(outcomes().filter((o) => !o.refused));
    expect(m.refusal.precision).toBeNull();
    expect(m.refusal.recall).toBe(0);
  });
});
