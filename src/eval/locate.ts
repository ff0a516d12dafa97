// Placing a stretch of a seed file in the corpus: which notice it belongs to and under which headings (for the baseline).

import type { Corpus, Notice, SourceSpan } from '../ingest/types.js';

/** [start, end) UTF-16 offsets in one seed file. */
export interface CharRange {
  file: string;
  start: number;
  end: number;
}

export interface Placement {
  notice: Notice | null;
  /** the heading path under which most of the range lies; [] outside any notice */
  path: string[];
}

function overlap(a: CharRange, b: SourceSpan): number {
  if (a.file !== b.file) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function largest<T>(items: T[], size: (x: T) => number): T | null {
  let best: T | null = null;
  let bestSize = 0;
  for (const x of items) {
    const s = size(x);
    if (s > bestSize) { best = x; bestSize = s; }
  }
  return best;
}

/** A passage may straddle notices or sections; it is placed where most of its characters lie (summed per section). */
export function placeRange(corpus: Corpus, range: CharRange): Placement {
  const notice = largest(corpus.notices, (n) => n.sources.reduce((s, src) => s + overlap(range, src), 0));
  if (!notice) return { notice: null, path: [] };
  const bySection = new Map<string, { path: string[]; chars: number }>();
  for (const part of [...notice.paragraphs, ...notice.tables]) {
    const chars = overlap(range, part.span);
    if (!chars) continue;
    const key = part.path.join('\u0000');
    const entry = bySection.get(key) ?? { path: part.path, chars: 0 };
    entry.chars += chars;
    bySection.set(key, entry);
  }
  return { notice, path: largest([...bySection.values()], (e) => e.chars)?.path ?? [] };
}

/** Where a passage's text sits in its file: searched from the start of its first line (as LangChain's loc reports it). */
export function passageRange(corpus: Corpus, file: string, fromLine: number, text: string): CharRange {
  const src = corpus.sources.find((s) => s.name === file);
  const lineStart = src?.lineStarts[fromLine - 1] ?? 0;
  const at = src ? src.text.indexOf(text, lineStart) : -1;
  const start = at >= 0 ? at : lineStart;
  return { file, start, end: start + text.length };
}
