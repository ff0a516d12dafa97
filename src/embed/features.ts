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
    const chars = Array.from(m[0]);
    for (let n = minN; n <= maxN; n++) {
      // the n-gram by concatenation: a slice-and-join per n-gram was a third of the features' cost in garbage
      for (let i = 0; i + n <= chars.length; i++) {
        let gram = `${n}:${chars[i]}`;
        for (let k = 1; k < n; k++) gram += chars[i + k]!;
        add(gram);
      }
    }
  }
  for (const t of identifierTokens(norm)) add(`#${t}`);
  return out;
}

/** Sublinear term frequency: a word said five times is not five times as relevant. */
export function tfWeight(count: number): number {
  return 1 + Math.log(count);
}
