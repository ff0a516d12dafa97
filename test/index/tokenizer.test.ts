import { describe, expect, it } from 'vitest';
import { identifierTokens, numberSet } from '../../src/index/identifiers.js';
import { createAnalyzer, noWordSegmenter, type Segmenter } from '../../src/index/tokenizer.js';
import { createJiebaTokenizer } from '../../src/node/jieba-tokenizer.js';

describe('identifier tokens', () => {
  it('normalise every written form of a notice number to one token', () => {
    for (const written of ['静府发〔2021〕15号', '静府发[2021]15号', '静府发【2021】15号', '静府发（2021）15号', '静府发〔2021〕第15号']) {
      expect(identifierTokens(written)).toContain('静府发〔2021〕15号');
    }
  });

  it('write article numbers in Arabic numerals', () => {
    expect(identifierTokens('第五条  申请条件')).toContain('第5条');
    expect(identifierTokens('第二十二条')).toContain('第22条');
    expect(identifierTokens('第22条')).toContain('第22条');
    expect(identifierTokens('第一部分')).toContain('第1部分');
  });

  it('keep numbers with their units, one spelling per unit', () => {
    expect(identifierTokens('低于15平方米')).toContain('15平方米');
    expect(identifierTokens('人均15平米')).toContain('15平方米');
    expect(identifierTokens('15㎡')).toContain('15平方米');
    expect(identifierTokens('１５％')).toContain('15%');
    expect(identifierTokens('年均增长6-8%')).toContain('6-8%');
    expect(identifierTokens('新增2-3个公办托班')).toContain('2-3个');
    expect(identifierTokens('4.2平方公里')).toContain('4.2平方公里');
  });

  it('write dates as ISO forms', () => {
    expect(identifierTokens('2021年10月8日')).toContain('2021-10-08');
    expect(identifierTokens('2021年10月08日')).toContain('2021-10-08');
    expect(identifierTokens('2020年3月至4月')).toContain('2020-03');
  });

  it('leave single digits (list numbering) alone but keep longer bare numbers', () => {
    expect(identifierTokens('1．区级')).not.toContain('1');
    expect(identifierTokens('电话62665300')).toContain('62665300');
  });

  it('give the reranker each number with its unit and bare (so 15 meets 15平方米), but no ISO dates', () => {
    expect([...numberSet('2021年10月8日起，人均15平方米，72课时')].sort())
      .toEqual(['10', '10月', '15', '15平方米', '2021', '2021年', '72', '72课时', '8日'].sort());
  });
});

describe('analyzer', () => {
  const fixed: Segmenter = { id: 'fixed', cut: (t) => t.match(/公租房|申请|是|什么|\d+/g) ?? [] };

  it('combines identifiers, segmenter words and CJK bigrams, dropping stop words', () => {
    // 是/什么 are stop words, so are the bigrams holding them; 15 comes once, from the identifier rules
    const tokens = createAnalyzer(fixed).tokenize('公租房申请是什么15');
    expect(tokens).toEqual(['15', '公租房', '申请', '公租', '租房', '房申', '申请']);
  });

  it('folds width and case, and closes spaces a PDF left inside Chinese', () => {
    const t = createAnalyzer(noWordSegmenter);
    expect(t.tokenize('ＡＢＣ 数 字化')).toEqual(t.tokenize('abc 数字化'));
  });

  it('names its segmenter in its id so an index built with another one is noticed', () => {
    expect(createAnalyzer(fixed).id).toContain('fixed');
    expect(createAnalyzer(noWordSegmenter).id).not.toEqual(createAnalyzer(fixed).id);
  });

  it('with jieba: keeps identifiers whole and finds names the dictionary lacks', () => {
    const t = createJiebaTokenizer();
    const tokens = t.tokenize('熊建菁被任命，见静府发〔2021〕15号第五条，人均低于15平米');
    expect(tokens).toEqual(expect.arrayContaining(['熊建菁', '静府发〔2021〕15号', '第5条', '15平方米', '任命']));
    expect(t.tokenize('熊建菁被任命')).toEqual(t.tokenize('熊建菁被任命'));
    expect(tokens).not.toContain('被');
  });
});
