// The key-fact matcher: width folding, whitespace, "|" alternatives, and numbers never matched inside longer numbers.

import { describe, expect, it } from 'vitest';
import { containsKey, factAlternatives, factFound } from '../../src/eval/facts.js';

describe('factFound', () => {
  it('folds full-width digits, letters and punctuation both ways', () => {
    expect(factFound('人均住房建筑面积低于１５平方米', '低于15平方米')).toBe(true);
    expect(factFound('低于15平方米', '低于１５平方米')).toBe(true);
    expect(factFound('增长６－８％', '6-8%')).toBe(true);
    expect(factFound('ＡＩ产业', 'ai产业')).toBe(true);
  });

  it('ignores whitespace, including ideographic spaces and line breaks inside the answer', () => {
    expect(factFound('第五条\u3000 申请\n条件', '第五条  申请条件')).toBe(true);
    expect(factFound('2021年 10月 8日', '2021年10月8日')).toBe(true);
  });

  it('accepts any of the "|" alternatives and rejects when none occurs', () => {
    expect(factFound('面积为15㎡', '15平方米|15㎡')).toBe(true);
    expect(factFound('面积为15平方米', '15平方米 | 15㎡')).toBe(true);
    expect(factFound('面积为16平方米', '15平方米|15㎡')).toBe(false);
    expect(factAlternatives(' a | | b ')).toEqual(['a', 'b']);
  });

  it('does not match a number inside a longer number', () => {
    expect(factFound('目标为100', '10')).toBe(false);
    expect(factFound('截至2010年', '10')).toBe(false);
    expect(factFound('增长10.5%', '10')).toBe(false);
    expect(factFound('增长0.10个百分点', '10')).toBe(false);
    expect(factFound('2-3个公办托班', '3')).toBe(true);
    expect(factFound('目标为10%', '10')).toBe(true);
    expect(factFound('税收10，另有100', '10')).toBe(true);
    expect(factFound('第10条', '10')).toBe(true);
  });

  it('checks the boundary only where the fact begins or ends with a digit', () => {
    expect(factFound('累计不超过16年', '6年')).toBe(false);
    expect(factFound('累计不超过6年', '6年')).toBe(true);
    expect(factFound('第2021号文', '第2021')).toBe(true);
    expect(factFound('第20210号文', '第2021')).toBe(false);
    expect(factFound('共有160万平方米', '60万平方米')).toBe(false);
    expect(factFound('新增2.5万平方米', '5万平方米')).toBe(false);
  });

  it('finds a later occurrence when the first one sits inside a longer number', () => {
    expect(factFound('2010年以来，目标10', '10')).toBe(true);
    expect(containsKey('100,10', '10')).toBe(true);
  });

  it('never matches an empty fact', () => {
    expect(factFound('任何回答', '')).toBe(false);
    expect(factFound('任何回答', ' | ')).toBe(false);
  });
});
