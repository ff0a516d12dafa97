// Sentence splitting for Chinese policy text, and a small overlap score for picking the sentences that answer.

import { foldWidth } from '../core/text.js';
import type { Paragraph } from '../ingest/types.js';

/** Splits after 。！？；, keeping the punctuation; a parenthetical note stays with its sentence. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const parts = line.match(/[^。！？；!?;]+(?:[。！？；!?;]+[”’）)]*|$)/g) ?? [];
    for (const p of parts) if (p.trim()) out.push(p.trim());
  }
  return out;
}

/** The first sentence of the paragraphs that passes the test, with the paragraph it stands in. */
export function findSentence(paragraphs: Paragraph[], test: (s: string) => boolean): { paragraph: Paragraph; sentence: string } | null {
  for (const paragraph of paragraphs) {
    const sentence = splitSentences(paragraph.text).find(test);
    if (sentence) return { paragraph, sentence };
  }
  return null;
}

/** Character bigrams of the CJK/alphanumeric content: cheap, tokenizer-free overlap for sentence choice. */
export function bigrams(s: string): Set<string> {
  const t = foldWidth(s).replace(/[^\p{Script=Han}A-Za-z0-9%]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2));
  return out;
}

const STOP = new Set(['什么', '怎么', '多少', '哪些', '哪个', '是否', '可以', '能否', '请问', '一下', '这个', '那个', '我们', '你们', '的是', '是什', '么时', '时候']);

/** How a question is asked, not what it asks about. */
const QUESTION_PHRASES = /请问|是多少|有多少|多少|是什么|什么|怎么样|怎么|怎样|如何|哪些|哪个|哪里|哪儿|哪家|是否|能不能|能否|可不可以|可以|有没有|吗|呢|吧|啊|呀|一下|知道|告诉我|想问|我想/g;

export function questionBigrams(q: string): Set<string> {
  const b = bigrams(q.replace(QUESTION_PHRASES, '，'));
  for (const s of STOP) b.delete(s);
  return b;
}

/** Share of the question's bigrams that the text contains (0–1). */
export function coverage(q: Set<string>, text: string): number {
  if (!q.size) return 0;
  const t = bigrams(text);
  let hit = 0;
  for (const g of q) if (t.has(g)) hit++;
  return hit / q.size;
}
