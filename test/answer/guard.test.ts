// The grounding guard, marker renumbering and quote verification on hand-made inputs.

import { describe, expect, it } from 'vitest';
import { answerNumbers, checkGrounding, dropUngrounded } from '../../src/answer/guard.js';
import { renumber } from '../../src/answer/extractive.js';
import { verifyQuote } from '../../src/answer/quote.js';
import { lineStarts } from '../../src/ingest/source.js';
import type { Citation } from '../../src/engine/types.js';

const cite = (n: number, quote: string): Citation => ({
  n, notice: '静府发〔2021〕12号', title: '关于印发《大宁功能区“十四五”规划》的通知', kind: '规划', sectionPath: ['（二）发展目标'],
  section: '（二）发展目标', quote, source: { file: 'f.txt', startLine: 1, endLine: 1 }, noticeId: 'n1', chunkId: 'c1',
});

describe('grounding guard', () => {
  it('reads numbers but not the [n] markers', () => {
    expect(answerNumbers('目标为10%[1]，区间8~10[2]。')).toEqual(['10', '8', '10']);
  });

  it('a number is grounded only as a whole number of the cited text', () => {
    const c = [cite(1, '税收收入年均增长率 预期性 % 10')];
    expect(checkGrounding('目标为10%[1]。', c).ok).toBe(true);
    // "1" is not grounded by "10", nor "0" by "10"
    expect(checkGrounding('目标为1%[1]。', c).ungrounded).toEqual(['1']);
    // a notice number or title in the answer is a name, not a fact: its digits are set aside…
    expect(checkGrounding('见静府发〔2021〕12号[1]。', c).ok).toBe(true);
    // …but they never ground a fact: 12 stands in 静府发〔2021〕12号, not in the quote
    expect(checkGrounding('静府发〔2021〕12号规定目标为12%[1]。', c).ungrounded).toEqual(['12']);
    expect(checkGrounding('目标为100%[1]。', c).ungrounded).toEqual(['100']);
  });

  it('person names must be in the cited text too', () => {
    const c = [cite(1, '李卿 上海市静安区房屋征收中心主任')];
    expect(checkGrounding('李卿任主任[1]。', c, ['李卿', '曲直']).ok).toBe(true);
    expect(checkGrounding('曲直任主任[1]。', c, ['李卿', '曲直']).ungrounded).toEqual(['曲直']);
  });

  it('drops only the lines that carry ungrounded facts', () => {
    const c = [cite(1, '年均新增战略性新兴产业企业20家。')];
    expect(dropUngrounded('年均新增企业20家[1]。\n另有30家在建[1]。', c)).toBe('年均新增企业20家[1]。');
  });
});

describe('renumbering', () => {
  it('keeps the citations the text uses, renumbered by first use; unknown markers vanish', () => {
    const cs = [cite(1, 'a'), cite(2, 'b'), cite(3, 'c')];
    const r = renumber('先说c[3]，再说a[1]，又说c[3]，[9]不存在。', cs);
    expect(r.text).toBe('先说c[1]，再说a[2]，又说c[1]，不存在。');
    expect(r.citations.map((c) => [c.n, c.quote])).toEqual([[1, 'c'], [2, 'a']]);
  });
});

describe('quote verification', () => {
  const text = '第五条  申请条件\n申请人应符合以下条件之一：\n（一）具有本市常住\n户口；\n\t1\n\t税收收入\n年均增长率\n\t10\n';
  const src = { name: 'f.txt', text, lineStarts: lineStarts(text) };
  const span = (a: string, b: string) => ({ file: 'f.txt', startLine: 1, endLine: 1, start: text.indexOf(a), end: text.indexOf(b) + b.length });

  it('prose: verbatim within the span, line breaks of wrapped lines ignored', () => {
    expect(verifyQuote('（一）具有本市常住户口；', src, [span('（一）', '户口；')])).toBe(true);
    expect(verifyQuote('（一）具有本区常住户口；', src, [span('（一）', '户口；')])).toBe(false);
  });

  it('a quote outside the cited span is refused even if it occurs elsewhere in the file', () => {
    expect(verifyQuote('申请人应符合以下条件之一：', src, [span('（一）', '户口；')])).toBe(false);
  });

  it('table rows: cells in order, layout whitespace ignored; every part must verify', () => {
    const row = span('\t1', '\t10');
    expect(verifyQuote('1 税收收入年均增长率 10', src, [row])).toBe(true);
    expect(verifyQuote('1 税收收入年均增长率 12', src, [row])).toBe(false);
    expect(verifyQuote('1 税收收入年均增长率 10 … 不存在', src, [row])).toBe(false);
  });
});
