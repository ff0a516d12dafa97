// Tokenisation is a function of the text: the same tokens on every call, in any order, from a second jieba instance too.

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index/tokenizer.js';
import { createJiebaSegmenter, createJiebaTokenizer } from '../../src/node/jieba-tokenizer.js';
import { seedCorpus } from '../helpers.js';

/** Chinese policy text with numbers, 文号, full-width forms and spaces mixed in, and anything at all. */
const text = fc.oneof(
  fc.array(fc.constantFrom('公共租赁住房', '申请', '条件', '静府发〔2021〕15号', '第五条', '15平方米', '１２３', 'ＡＢＣ', '，', '。', ' ', '\u3000',
    '大宁功能区', '熊建菁', '“十四五”', '2025年', '%', 'GDP', '区发展改革委', '的', '吗？', '\n'), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('tokenizer properties', () => {
  // an independently loaded dictionary: determinism must not depend on the shared instance or its history
  const other = Jieba.withDict(dict);
  const second = createAnalyzer({ id: createJiebaSegmenter().id, cut: (t) => other.cutForSearch(t, true) });

  it('gives the same tokens for the same text, whatever was tokenised before and by which instance', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
      const tokenizer = createJiebaTokenizer();
      const first = texts.map((t) => tokenizer.tokenize(t));
      expect(texts.map((t) => createJiebaTokenizer().tokenize(t))).toEqual(first);
      expect([...texts].reverse().map((t) => second.tokenize(t)).reverse()).toEqual(first);
      expect(second.id).toBe(tokenizer.id);
    }), { numRuns: 200 });
  });

  it('gives the same tokens for every seed paragraph on a second pass, in reverse order', async () => {
    const paragraphs = (await seedCorpus()).notices.flatMap((n) => n.paragraphs.map((p) => p.text));
    const tokenizer = createJiebaTokenizer();
    const first = paragraphs.map((p) => tokenizer.tokenize(p));
    expect(first.flat().length).toBeGreaterThan(10_000);
    expect([...paragraphs].reverse().map((p) => second.tokenize(p)).reverse()).toEqual(first);
  });
});
