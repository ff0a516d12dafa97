// The grounding guard: every number and person name in an answer must occur in what it cites.

import { foldWidth } from '../core/text.js';
import type { Citation } from '../engine/types.js';
import { DOC_NO_RE } from '../ingest/doc-number.js';

/** Numbers in a text, markers [n] excluded; "2021-2025" gives 2021 and 2025. */
export function answerNumbers(text: string): string[] {
  return foldWidth(text.replace(/\[\d+\]/g, '')).match(/\d+(?:\.\d+)?/g) ?? [];
}

function citedText(citations: Citation[]): string {
  return foldWidth(citations.map((c) => c.quote).join('\n'));
}

/**
 * Names of what is cited (《titles》, 文号, section headings) may carry numbers of their own (静府发〔2021〕12号);
 * they are set aside before the facts are checked, so "12%" is not grounded by the notice's number.
 */
function withoutNames(text: string, citations: Citation[]): string {
  let out = text.replace(/《[^》]*》/g, '《》').replace(DOC_NO_RE, '文号');
  for (const c of citations) for (const s of [c.notice, c.title, c.section, ...c.sectionPath]) if (s) out = out.split(s).join('');
  return out;
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
  const ungrounded = answerNumbers(withoutNames(text, citations)).filter((n) => !grounded(n, cited));
  for (const p of persons) if (text.includes(p) && !cited.includes(p)) ungrounded.push(p);
  return { ok: ungrounded.length === 0, ungrounded: [...new Set(ungrounded)] };
}

/** Drops the answer lines that carry ungrounded numbers or names; what is left is safe to show. */
export function dropUngrounded(text: string, citations: Citation[], persons: Iterable<string> = []): string {
  const names = [...persons];
  return text.split('\n').filter((line) => checkGrounding(line, citations, names).ok).join('\n');
}
