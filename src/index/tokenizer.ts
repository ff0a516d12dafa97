// Keyword tokenisation: identifiers kept whole, words from an injected segmenter, CJK character bigrams.

import { closeCjkGaps, foldWidth } from '../core/text.js';
import { identifierTokens } from './identifiers.js';

/** What the keyword index and the query side share; behaviour is fully determined by the input and the id. */
export interface Tokenizer {
  id: string;
  tokenize(text: string): string[];
}

/** Word segmentation (jieba search mode in Node, its WebAssembly build in a Worker), injected into the analyzer. */
export interface Segmenter {
  id: string;
  cut(text: string): string[];
  /** the dictionary's part of speech for one word ("n", "v", "d" …), "x" when unknown; absent: every word is "x" */
  tag?(word: string): string;
}

/** One word's part of speech from a tagger's output; a word the dictionary cuts in pieces has none of its own. */
export function tagOf(tags: Array<{ tag: string }>): string {
  return tags.length === 1 ? tags[0]!.tag : 'x';
}

/** Bumped whenever analyzer rules change, so old indexes are rebuilt. */
const ANALYZER_VERSION = 1;

/** Function words and question words: they say how something is asked, not what. */
const STOP_WORDS = new Set(
  ('的 了 是 在 和 与 及 或 也 都 就 还 要 会 能 有 没有 这个 那个 这 那 里 中 对 为 被 把 给 让 等 吗 呢 吧 啊 么 呀 '
    + '什么 多少 哪些 哪个 哪里 哪儿 哪 怎么 怎样 如何 是否 可以 能否 能不能 可不可以 请问 一下 我 我们 你 你们 他 她 它 '
    + '其 之 以 于 及其 并 而 但 如果 因为 所以 现在 一个 这些 那些 几 啥 谁 时候 什么样 怎么样 那么').split(' '),
);
/** Characters that make a bigram useless ("的税", "吗？"). */
const STOP_CHARS = /[的了吗呢吧啊么呀是在和与或也都就还]/;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;
/** Segmenter words must hold a letter; numbers come (canonically) from identifierTokens. */
const HAS_LETTER = /\p{L}/u;

/** Normal form both sides see: width-folded, spaces inside Chinese removed, lower-case. */
export function normalizeForIndex(text: string): string {
  return closeCjkGaps(foldWidth(text)).toLowerCase();
}

function bigrams(text: string, out: string[]): void {
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) {
      const bg = run.slice(i, i + 2);
      if (!STOP_CHARS.test(bg) && !STOP_WORDS.has(bg)) out.push(bg);
    }
  }
}

function keepWord(w: string): boolean {
  if (!HAS_LETTER.test(w) || STOP_WORDS.has(w)) return false;
  // single characters are covered (better) by bigrams; single digits are list numbering
  return [...w].length >= 2;
}

/** Combines identifiers, segmenter words and bigrams into one token stream (duplicates kept: they are term counts). */
export function createAnalyzer(segmenter: Segmenter): Tokenizer {
  return {
    id: `analyzer-v${ANALYZER_VERSION}(${segmenter.id}+ids+bigrams)`,
    tokenize(text: string): string[] {
      const norm = normalizeForIndex(text);
      const out = identifierTokens(norm);
      for (const w of segmenter.cut(norm)) {
        const t = w.trim();
        if (keepWord(t)) out.push(t);
      }
      bigrams(norm, out);
      return out;
    },
  };
}

/** A segmenter that finds no words (bigrams and identifiers only): for tests and as the dependency-free baseline. */
export const noWordSegmenter: Segmenter = { id: 'none', cut: () => [] };
