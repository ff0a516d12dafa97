// Placing a span of seed lines in the corpus: which notice it belongs to and under which headings (for the baseline's passages).

import type { Corpus, Notice } from '../ingest/types.js';
import type { LineRange } from './types.js';

export interface Placement {
  notice: Notice | null;
  /** heading path of the first paragraph or table row the lines touch; [] in a preamble or outside any notice */
  path: string[];
}

function overlap(a: LineRange, b: { file: string; startLine: number; endLine: number }): number {
  if (a.file !== b.file) return 0;
  return Math.max(0, Math.min(a.endLine, b.endLine) - Math.max(a.startLine, b.startLine) + 1);
}

/** The notice sharing most lines with the range (a passage can straddle two notices; the larger share wins). */
export function placeLines(corpus: Corpus, range: LineRange): Placement {
  let best: Notice | null = null;
  let bestLines = 0;
  for (const n of corpus.notices) {
    const lines = n.sources.reduce((s, src) => s + overlap(range, src), 0);
    if (lines > bestLines) { best = n; bestLines = lines; }
  }
  if (!best) return { notice: null, path: [] };
  const parts = [
    ...best.paragraphs.map((p) => ({ span: p.span, path: p.path })),
    ...best.tables.map((t) => ({ span: t.span, path: t.path })),
  ].filter((x) => overlap(range, x.span) > 0);
  parts.sort((a, b) => a.span.startLine - b.span.startLine);
  return { notice: best, path: parts[0]?.path ?? [] };
}
