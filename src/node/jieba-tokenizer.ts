// Node edge: jieba (native @node-rs/jieba) search-mode segmentation, injected into the core analyzer.

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { createAnalyzer, tagOf, type Segmenter, type Tokenizer } from '../index/tokenizer.js';

let shared: Jieba | null = null;

/** jieba's default dictionary, search mode, HMM on (finds names such as 熊建菁 that the dictionary lacks). */
export function createJiebaSegmenter(): Segmenter {
  // the dictionary takes ~0.15 s to load and is read-only afterwards, so one instance serves every caller
  shared ??= Jieba.withDict(dict);
  const jieba = shared;
  return {
    id: 'jieba-rs-2.0.2-default-search-hmm', cut: (text) => jieba.cutForSearch(text, true), tag: (w) => tagOf(jieba.tag(w, false)),
  };
}

export function createJiebaTokenizer(): Tokenizer {
  return createAnalyzer(createJiebaSegmenter());
}
