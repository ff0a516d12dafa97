// Key-fact matching: width- and whitespace-insensitive containment, "|" alternatives, no number matched inside a longer number.

import { matchKey } from '../core/text.js';

/** The alternatives of one key fact ("15平方米|15㎡" → two), trimmed, empty ones dropped. */
export function factAlternatives(fact: string): string[] {
  return fact.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
}

const DIGIT = /[0-9]/;

/** A digit at `i`, or a decimal point between digits ("1.5"), continues the number that touches the match. */
function continuesNumber(key: string, i: number, step: 1 | -1): boolean {
  const c = key[i];
  if (c === undefined) return false;
  if (DIGIT.test(c)) return true;
  return c === '.' && DIGIT.test(key[i + step] ?? '');
}

/** Whether `needle` (already a match key) occurs in `hay` (a match key) without splitting a number on either side. */
export function containsKey(hay: string, needle: string): boolean {
  if (!needle) return false;
  const startsWithDigit = DIGIT.test(needle[0]!);
  const endsWithDigit = DIGIT.test(needle[needle.length - 1]!);
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (startsWithDigit && continuesNumber(hay, at - 1, -1)) continue;
    if (endsWithDigit && continuesNumber(hay, at + needle.length, 1)) continue;
    return true;
  }
  return false;
}

/** Returns a tester for one text: fact → found (any alternative matches). Normalises the text once. */
export function createFactMatcher(text: string): (fact: string) => boolean {
  const hay = matchKey(text);
  return (fact) => factAlternatives(fact).some((alt) => containsKey(hay, matchKey(alt)));
}

export function factFound(text: string, fact: string): boolean {
  return createFactMatcher(text)(fact);
}
