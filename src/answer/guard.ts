// The grounding guard: every number and person name in an answer must occur in what it cites.

import { foldWidth } from '../core/text.js';
import type { Citation } from '../engine/types.js';

/** Numbers in a text, markers [n] excluded; "2021-2025" gives 2021 and 2025. */
export function answerNumbers(text: string): string[] {
  return foldWidth(text.replace(/\[\d+\]/g, '')).match(/\d+(?:\.\d+)?/g) ?? [];
}

function citedText(citations: Citation[]): string {
  return foldWidth(citations.map((c) => `${c.quote} ${c.notice ?? ''} ${c.title} ${c.section}`).join('\n'));
}

/** A number is grounded when it stands in the cited text as a whole number (not inside a longer one). */
function grounded(num: string, cited: string): boolean {
  const re = new RegExp(`(?<![\\d.])${num.replace('.', '\\.')}(?![\\d]|\\.\\d)`);
  return re.test(cited);
}

export interface GuardResult {
  ok: boolean;
  ungrounded: string[];
}

export function checkGrounding(text: string, citations: Citation[], persons: Iterable<string> = []): GuardResult {
  const cited = citedText(citations);
  const ungrounded = answerNumbers(text).filter((n) => !grounded(n, cited));
  for (const p of persons) if (text.includes(p) && !cited.includes(p)) ungrounded.push(p);
  return { ok: ungrounded.length === 0, ungrounded: [...new Set(ungrounded)] };
}

/** Drops the answer lines that carry ungrounded numbers or names; what is left is safe to show. */
export function dropUngrounded(text: string, citations: Citation[], persons: Iterable<string> = []): string {
  const names = [...persons];
  return text.split('\n').filter((line) => checkGrounding(line, citations, names).ok).join('\n');
}
