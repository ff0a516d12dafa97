// Sparse text features shared by the offline embedders: character n-grams within word runs, plus identifiers.

import { identifierTokens } from '../index/identifiers.js';
import { normalizeForIndex } from '../index/tokenizer.js';

const RUN = /[\p{L}\p{N}%]+/gu;

/**
 * Feature counts of a text: character n-grams (orders minN..maxN, never across punctuation) and the identifier
 * tokens (文号, 第5条, 15平方米, dates). The prefix keeps the kinds apart ("2:申请" vs "#第5条").
 */
export function charFeatures(text: string, minN: number, maxN: number): Map<string, number> {
  const norm = normalizeForIndex(text);
  const out = new Map<string, number>();
  const add = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  for (const m of norm.matchAll(RUN)) {
    const chars = [...m[0]];
    for (let n = minN; n <= maxN; n++) {
      for (let i = 0; i + n <= chars.length; i++) add(`${n}:${chars.slice(i, i + n).join('')}`);
    }
  }
  for (const t of identifierTokens(norm)) add(`#${t}`);
  return out;
}

/** Sublinear term frequency: a word said five times is not five times as relevant. */
export function tfWeight(count: number): number {
  return 1 + Math.log(count);
}
