// Quotes: cut from paragraph or record text, and verified against the source file inside the cited span.

import type { SourceSpan, SourceText } from '../ingest/types.js';

/** Parts of a quote that stand apart in the source (a table header and a row) are joined with this. */
export const QUOTE_GAP = ' … ';

/** Source text of a span with line breaks and line-edge spaces removed: how paragraph text is made. */
function proseOf(src: SourceText, span: SourceSpan): string {
  return src.text.slice(span.start, span.end).split('\n').map((l) => l.trim()).join('');
}

/** Layout between table cells (tabs, line breaks, pipe separators) is not text. */
const squash = (s: string) => s.replace(/[\s|]+/g, '');

/**
 * True when every part of the quote occurs in the span: verbatim (modulo line breaks) for prose,
 * ignoring layout whitespace (tabs, cell breaks) for table rows.
 */
export function verifyQuote(quote: string, src: SourceText, spans: SourceSpan[]): boolean {
  const regions = spans.map((s) => proseOf(src, s));
  const wide = spans.length ? [{ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) }] : [];
  const squashed = wide.map((w) => squash(src.text.slice(w.start, w.end)));
  return quote.split(QUOTE_GAP).every((part) => {
    const p = part.trim();
    if (!p) return false;
    return regions.some((r) => r.includes(p)) || squashed.some((r) => r.includes(squash(p)));
  });
}
